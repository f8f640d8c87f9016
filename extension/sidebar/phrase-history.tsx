import { useEffect, useMemo, useState } from 'preact/hooks';
import { useCatalog } from '../../shared/ui/catalog';
import { commonPhrases, countByYear, phraseHistory } from '../../shared/dataset/relations';
import { formatDay } from '../../shared/ui/format';
import { formatLocale, readerLanguage, t } from '../../shared/ui/i18n';
import { eventTitle } from '../../shared/dataset/localize';
import { readerName } from '../../shared/dataset/source-texts';
import { useActions } from './actions';

/**
 * Which exchanges used a phrase, by year: the picture analysts otherwise build by hand.
 * A quote chip can fill it in (`prefill`, a new `n` each time).
 */
export function PhraseHistory({ prefill }: { prefill: { text: string; n: number } | null }) {
  const EVENTS = useCatalog().events;
  const { open } = useActions();
  const [query, setQuery] = useState('');
  useEffect(() => {
    if (prefill) setQuery(prefill.text);
  }, [prefill?.n]);
  const suggestions = useMemo(() => commonPhrases(EVENTS), [EVENTS]);
  const uses = useMemo(() => phraseHistory(query, EVENTS), [query, EVENTS]);
  const years = countByYear(uses);
  const max = Math.max(1, ...years.map((y) => y.count));
  const locale = formatLocale();
  return (
    <section aria-labelledby="phrase-heading" data-testid="phrase-history">
      <h2 id="phrase-heading" tabIndex={-1}>{t('phraseHistory')}</h2>
      <label class="field-label" for="phrase-input">{t('phrasePrompt')}</label>
      <input id="phrase-input" list="phrase-suggestions" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} placeholder="new situation" />
      <datalist id="phrase-suggestions">{suggestions.map((s) => <option value={s} key={s} />)}</datalist>
      {query.trim().length >= 2 && (
        <>
          <p class="aside" aria-live="polite">{t('phraseCount', uses.length)}</p>
          {years.length > 0 && (
            <div class="chart" role="img" aria-label={years.map((y) => `${y.year}: ${y.count}`).join(', ')}>
              {years.map((y) => (
                <div class="bar-col" key={y.year} title={`${y.year}: ${y.count}`}>
                  <div class="chart-bar" style={{ height: `${(y.count / max) * 48}px` }} />
                  <span class="bar-label">{String(y.year).slice(2)}</span>
                </div>
              ))}
            </div>
          )}
          <ul class="plain phrase-uses">
            {uses.map((u) => (
              <li key={u.event.id}>
                <time dateTime={u.event.date}>{formatDay(u.event.date, locale)}</time>{' '}
                <button type="button" class="link" onClick={() => open(u.event.id)}>{eventTitle(u.event, readerLanguage())}</button>{' '}
                <span class="aside">({u.sources.map(readerName).join(', ')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
