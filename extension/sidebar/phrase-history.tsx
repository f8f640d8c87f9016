import { useMemo, useState } from 'preact/hooks';
import { useCatalog } from '../../shared/ui/catalog';
import { commonPhrases, countByYear, phraseHistory } from '../../shared/dataset/relations';
import { readerLanguage, t } from '../../shared/ui/i18n';
import { eventTitle } from '../../shared/dataset/localize';

/** Which exchanges used a phrase, by year: the picture analysts otherwise build by hand. */
export function PhraseHistory({ onOpen }: { onOpen: (id: string) => void }) {
  const EVENTS = useCatalog().events;
  const [query, setQuery] = useState('');
  const suggestions = useMemo(() => commonPhrases(EVENTS), []);
  const uses = useMemo(() => phraseHistory(query, EVENTS), [query]);
  const years = countByYear(uses);
  const max = Math.max(1, ...years.map((y) => y.count));
  return (
    <section aria-labelledby="phrase-heading" data-testid="phrase-history">
      <h2 id="phrase-heading">{t('phraseHistory')}</h2>
      <label class="small" for="phrase-input">{t('phrasePrompt')}</label>
      <input id="phrase-input" list="phrase-suggestions" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} placeholder="new situation" />
      <datalist id="phrase-suggestions">{suggestions.map((s) => <option value={s} key={s} />)}</datalist>
      {query.trim().length >= 2 && (
        <>
          <p class="small muted" aria-live="polite">{t('phraseCount', uses.length)}</p>
          {years.length > 0 && (
            <div class="chart" role="img" aria-label={years.map((y) => `${y.year}: ${y.count}`).join(', ')}>
              {years.map((y) => (
                <div class="bar-col" key={y.year} title={`${y.year}: ${y.count}`}>
                  <div class="chart-bar" style={{ height: `${(y.count / max) * 48}px` }} />
                  <span class="small">{String(y.year).slice(2)}</span>
                </div>
              ))}
            </div>
          )}
          <ul class="plain">
            {uses.map((u) => (
              <li key={u.event.id}>
                <button type="button" class="link" onClick={() => onOpen(u.event.id)}>{u.event.date} · {eventTitle(u.event, readerLanguage())}</button>{' '}
                <span class="muted small">({u.sources.join(', ')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
