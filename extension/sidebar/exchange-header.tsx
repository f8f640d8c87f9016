/**
 * The first thing read: how sure we are (in words, differently for each level), what makes
 * this exchange this one, who wrote to whom, labelled dates, and our summary. When we are
 * not sure, the two or three candidates are one click apart.
 */
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { eventTitle, localize, localizedLanguage } from '../../shared/dataset/localize';
import { useCatalog } from '../../shared/ui/catalog';
import { formatDay } from '../../shared/ui/format';
import { directionText, formatLocale, kindLabel, occasionLabel, readerLanguage, t } from '../../shared/ui/i18n';
import { tx } from '../../shared/ui/rich';
import { ReaderMark } from './library/reader-mark';

export type HeaderMode = 'clear' | 'probable' | 'picked' | 'browsing';

const EYEBROW: Record<HeaderMode, string> = { clear: 'certaintyClear', probable: 'certaintyProbable', picked: 'certaintyPicked', browsing: 'certaintyBrowsing' };

function Dates({ event }: { event: ExchangeEvent }) {
  const locale = formatLocale();
  const sent = event.sentDate && event.sentDate !== event.date ? event.sentDate : undefined;
  return (
    <p class="dates" data-testid="dates">
      {tx('dateReported', <time dateTime={event.date}>{formatDay(event.date, locale)}</time>)}
      {sent && (
        <>
          {' · '}
          {tx(event.kind === 'meeting' ? 'dateHeld' : 'dateSent', <time dateTime={sent}>{formatDay(sent, locale, sent.slice(0, 4) !== event.date.slice(0, 4))}</time>)}
        </>
      )}
    </p>
  );
}

function CandidatePicker({ candidates, current, picked, onPick }: { candidates: string[]; current: string; picked: boolean; onPick: (id: string) => void }) {
  const catalog = useCatalog();
  const lang = readerLanguage();
  return (
    <fieldset class="picker" data-testid="picker">
      <legend>{t('pickerLegend')}</legend>
      {candidates.map((id) => {
        const e = catalog.byId(id);
        if (!e) return null;
        return (
          <label class="candidate" key={id}>
            <input type="radio" name="candidate" value={id} checked={id === current} onChange={() => onPick(id)} />
            <span>
              <span class="candidate-title">{eventTitle(e, lang)}</span>
              <span class="candidate-meta">{kindLabel(e.kind)} · {formatDay(e.date, formatLocale())}</span>
            </span>
          </label>
        );
      })}
      {picked && <p class="aside" role="status">{t('pickerRemembered')}</p>}
    </fieldset>
  );
}

export function ExchangeHeader({ event, mode, candidates, onPick }: { event: ExchangeEvent; mode: HeaderMode; candidates?: string[] | undefined; onPick: (id: string) => void }) {
  const lang = readerLanguage();
  const titleText = localize(event.title, lang) ? event.title : event.occasionDetail;
  const summary = localize(event.summary, lang);
  return (
    <section class="exchange-head" aria-labelledby="top" data-testid="exchange" data-event-id={event.id}>
      <p class={`eyebrow certainty-${mode}`} data-testid="certainty" data-level={mode}>{t(EYEBROW[mode])}</p>
      <h1 id="top" tabIndex={-1} data-testid="exchange-title" lang={localizedLanguage(titleText, lang)}>{eventTitle(event, lang)}</h1>
      <p class="who" data-testid="who">
        {directionText(event.direction)} · {kindLabel(event.kind)} · {occasionLabel(event.occasion)} <ReaderMark event={event} />
      </p>
      <Dates event={event} />
      {candidates && candidates.length > 1 && <CandidatePicker candidates={candidates} current={event.id} picked={mode === 'picked'} onPick={onPick} />}
      {event.unconfirmed && (
        <p class="unconfirmed" data-testid="unconfirmed">
          <strong>{t('unconfirmed')}:</strong> <span lang={localizedLanguage(event.unconfirmed, lang)}>{localize(event.unconfirmed, lang)}</span>
        </p>
      )}
      {summary && <p class="summary" data-testid="summary" lang={localizedLanguage(event.summary, lang)}>{summary}</p>}
    </section>
  );
}
