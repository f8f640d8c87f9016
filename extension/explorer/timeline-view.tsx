/**
 * The record as a timeline: exchanges per year by who wrote, then every exchange placed
 * by occasion and year, one row per series (an occasion, a direction, messages or the
 * replies to them). A year in which a recurring occasion came round without a message
 * on record is a dashed, empty cell: the silences are part of the story.
 */
import { useMemo } from 'preact/hooks';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { OCCASIONS } from '../../shared/dataset/schema';
import { eventTitle } from '../../shared/dataset/localize';
import { byYear, recordSpan, seriesOf, type Series } from '../../shared/dataset/occasion-gaps';
import { readerLanguage, t } from '../../shared/ui/i18n';
import { formatDay, formatDayInYear } from './format';
import { directionShort, senderSide } from './labels';
import { YearChart } from './year-chart';
import type { Route } from '../../shared/ui/explorer-route';

/** Links shown in one cell before the rest are summed up in a "+N" link. */
const PER_CELL = 3;

interface Props {
  /** What the filters let through. */
  events: readonly ExchangeEvent[];
  /** The same filters without the year range: each series whole, so its cadence and gaps are right. */
  series: readonly ExchangeEvent[];
  /** The whole record: no gap is claimed outside its first and last report. */
  record: readonly ExchangeEvent[];
  years: [number, number];
  route: Route;
  hrefFor: (id: string) => string;
  seriesLabel: (s: Series) => string;
  listHref: (route: Route) => string;
}

export function TimelineView({ events, series, record, years, route, hrefFor, seriesLabel, listHref }: Props) {
  const [from, to] = years;
  const chart = useMemo(() => {
    const rows = new Map<number, number[]>();
    for (let y = from; y <= to; y++) rows.set(y, [0, 0, 0]);
    for (const e of events) {
      const values = rows.get(Number(e.date.slice(0, 4)));
      if (values) values[e.direction === 'kim-to-xi' ? 0 : e.direction === 'xi-to-kim' ? 1 : 2]!++;
    }
    return [...rows].map(([year, values]) => ({ year, values }));
  }, [events, from, to]);
  const lanes = useMemo(
    // A series with neither a message nor a gap in the years shown would be an empty row.
    () => seriesOf(series, recordSpan(record), OCCASIONS).filter((s) => byYear(s, from, to).some((c) => c.gap || c.events.length)),
    [series, record, from, to],
  );
  const lang = readerLanguage();
  const columns: number[] = [];
  for (let y = from; y <= to; y++) columns.push(y);

  return (
    <section aria-labelledby="timeline-heading" data-testid="timeline-view">
      <h2 id="timeline-heading">{t('explorerTimelineHeading')}</h2>
      <YearChart
        id="per-year"
        caption={t('explorerPerYearCaption')}
        unit={t('explorerAxisExchanges')}
        series={[
          { label: directionShort('kim-to-xi'), className: 'side-dprk' },
          { label: directionShort('xi-to-kim'), className: 'side-prc' },
          { label: directionShort('both'), className: 'side-both' },
        ]}
        data={chart}
      />
      <h3 id="lanes-heading">{t('explorerLanesHeading')}</h3>
      <p class="small legend-line">
        <span class="ex-swatch side-dprk" aria-hidden="true" /> {t('explorerFromKim')} <span class="ex-swatch side-prc" aria-hidden="true" /> {t('explorerFromXi')}{' '}
        <span class="ex-swatch side-both" aria-hidden="true" /> {t('explorerBothWays')} <span class="gap-swatch" aria-hidden="true" /> {t('explorerGapLegend')}
      </p>
      {lanes.length === 0 ? (
        <p class="muted">{t('explorerNothingMatches')}</p>
      ) : (
        <div class="lanes-scroll" tabIndex={0} role="region" aria-labelledby="lanes-heading">
          <table class="lanes" data-testid="lanes">
            <thead>
              <tr>
                <th scope="col">{t('explorerSeriesColumn')}</th>
                {columns.map((y) => <th scope="col" key={y}>{y}</th>)}
              </tr>
            </thead>
            <tbody>
              {lanes.map((lane) => (
                <tr key={`${lane.occasion}|${lane.direction}|${lane.replies}`}>
                  <th scope="row">{seriesLabel(lane)}</th>
                  {byYear(lane, from, to).map((cell) => (
                    <td key={cell.year} class={cell.gap ? 'gap' : undefined} data-testid={cell.gap ? 'gap-cell' : undefined}>
                      {cell.gap && <span class="visually-hidden">{t('explorerNoMessage')}</span>}
                      {cell.events.slice(0, cell.events.length > PER_CELL ? PER_CELL - 1 : PER_CELL).map((e) => (
                        <a key={e.id} class={`mark side-${senderSide(e.direction)}`} href={hrefFor(e.id)} data-event-id={e.id} title={`${formatDay(e.date)} · ${eventTitle(e, lang)}`}>
                          {formatDayInYear(e.date)}
                          <span class="visually-hidden">: {eventTitle(e, lang)}</span>
                        </a>
                      ))}
                      {cell.events.length > PER_CELL && (
                        <a class="mark ex-more" href={listHref({ ...route, view: 'list', filter: { ...route.filter, occasion: lane.occasion, direction: lane.direction, from: cell.year, to: cell.year, ...(lane.replies ? { kind: 'reply' } : {}) } })}>
                          {t('explorerMoreInCell', String(cell.events.length - PER_CELL + 1))}
                        </a>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
