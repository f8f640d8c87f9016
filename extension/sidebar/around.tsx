/**
 * Before and after: the same occasion in earlier years, with the years it passed in silence
 * as gaps, and a short timeline of the relationship around this exchange (this one
 * highlighted, its reply chain however far away). Each exchange appears once, and a later
 * one only ever under "Later".
 */
import type { Around, TimelineItem } from '../../shared/dataset/relations';
import type { YearSlot } from '../../shared/dataset/occasion-calendar';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { eventTitle } from '../../shared/dataset/localize';
import { formatDay } from '../../shared/ui/format';
import { directionShort, formatLocale, kindLabel, plural, readerLanguage, t } from '../../shared/ui/i18n';
import { useActions } from './actions';
import { ReaderMark } from './library/reader-mark';

const senderSide = (e: ExchangeEvent) => (e.direction === 'xi-to-kim' ? 'prc' : e.direction === 'kim-to-xi' ? 'dprk' : 'both');

/** "Reply: 76th founding anniversary…", without saying the kind twice when the title already does. */
export function kindAndTitle(event: ExchangeEvent): string {
  const kind = kindLabel(event.kind);
  const title = eventTitle(event, readerLanguage());
  return title.toLowerCase().startsWith(kind.toLowerCase()) ? title : `${kind}: ${title}`;
}

function Entry({ event }: { event: ExchangeEvent }) {
  const { open } = useActions();
  return (
    <>
      <span class={`dir side-${senderSide(event)}`}>{directionShort(event.direction)}</span>{' '}
      <button type="button" class="link" onClick={() => open(event.id)} data-event-id={event.id}>
        {kindAndTitle(event)}
      </button>{' '}
      <ReaderMark event={event} />
    </>
  );
}

const RELATION_KEY: Record<NonNullable<TimelineItem['relation']>, string> = { answers: 'relationAnswers', 'answered-by': 'relationAnsweredBy', related: 'relationRelated' };

function Timeline({ items }: { items: TimelineItem[] }) {
  const locale = formatLocale();
  const out = [];
  let label: TimelineItem['position'] | null = null;
  for (const [i, item] of items.entries()) {
    if (item.skipped > 0) out.push(<li key={`gap-${i}`} class="skipped">⋯ {plural('skippedBetween', item.skipped)}</li>);
    if (item.position !== label && item.position !== 'this') out.push(<li key={`label-${i}`} class="period" aria-hidden="true">{t(item.position === 'before' ? 'timelineEarlier' : 'timelineLater')}</li>);
    label = item.position;
    out.push(
      item.position === 'this' ? (
        <li key={item.event.id} class="this" aria-current="true" data-position="this">
          <time dateTime={item.event.date}>{formatDay(item.event.date, locale)}</time>{' '}
          <strong>{t('timelineThis')}: {eventTitle(item.event, readerLanguage())}</strong>
        </li>
      ) : (
        <li key={item.event.id} data-position={item.position}>
          <span class="visually-hidden">{t(item.position === 'before' ? 'timelineEarlier' : 'timelineLater')}: </span>
          <time dateTime={item.event.date}>{formatDay(item.event.date, locale)}</time> <Entry event={item.event} />
          {item.relation && <span class="relation"> · {t(RELATION_KEY[item.relation])}</span>}
        </li>
      ),
    );
  }
  return <ol class="timeline" data-testid="timeline">{out}</ol>;
}

/** Consecutive silent years folded into one line. */
function foldGaps(slots: YearSlot[]): ({ gap: number[] } | YearSlot)[] {
  const out: ({ gap: number[] } | YearSlot)[] = [];
  for (const s of slots) {
    const last = out[out.length - 1];
    if (!s.events.length && last && 'gap' in last) last.gap.push(s.year);
    else out.push(s.events.length ? s : { gap: [s.year] });
  }
  return out;
}

function EarlierYears({ slots }: { slots: YearSlot[] }) {
  const locale = formatLocale();
  if (!slots.some((s) => s.events.length)) return <p class="muted" data-testid="earlier-years">{t('earlierYearsNone')}</p>;
  return (
    <ol class="years" data-testid="earlier-years">
      {foldGaps(slots).map((s) =>
        'gap' in s ? (
          <li key={`gap-${s.gap[0]}`} class="gap" data-testid="gap">
            <span class="year">{s.gap.length > 1 ? `${Math.min(...s.gap)}–${Math.max(...s.gap)}` : s.gap[0]}</span> {t('noKnownMessage')}
          </li>
        ) : (
          <li key={s.year}>
            <span class="year">{s.year}</span>
            {s.events.map((e) => (
              <span class="year-entry" key={e.id}>
                {' '}<time dateTime={e.date}>{formatDay(e.date, locale, e.date.slice(0, 4) !== String(s.year))}</time> <Entry event={e} />
              </span>
            ))}
          </li>
        ),
      )}
    </ol>
  );
}

export function AroundView({ around }: { around: Around }) {
  return (
    <section aria-labelledby="around-heading" data-testid="around">
      <h2 id="around-heading" tabIndex={-1}>{t('aroundHeading')}</h2>
      <h3>{t('timelineHeading')}</h3>
      <Timeline items={around.timeline} />
      <h3>{t('earlierYearsHeading')}</h3>
      <EarlierYears slots={around.earlierYears} />
    </section>
  );
}
