/**
 * The list view's rows: exchanges in the chosen order, each year opened by a heading,
 * and, when one recurring occasion is filtered, the years it passed without a message
 * as rows of their own (gaps are data).
 */
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { yearOf, type SortOrder } from '../../shared/dataset/exchange-filter';
import { occasionYear, type Series } from '../../shared/dataset/occasion-gaps';

export type ListRow =
  | { type: 'exchange'; key: string; year: number; event: ExchangeEvent; heading: boolean }
  | { type: 'gap'; key: string; year: number; series: Series; heading: boolean };

/**
 * `events` already filtered and sorted; `gapSeries` the series whose gaps to show, `from`–`to`
 * the years shown. With gaps, exchanges are grouped by the year whose occasion they mark (a New
 * Year card sent on 31 December belongs to the next year, as its gap would), else by report year.
 */
export function listRows(events: readonly ExchangeEvent[], sort: SortOrder, gapSeries: readonly Series[] = [], from = -Infinity, to = Infinity): ListRow[] {
  const yearFor = gapSeries.length ? occasionYear : yearOf;
  const gaps: ListRow[] = gapSeries.flatMap((series) =>
    series.gaps.filter((y) => y >= from && y <= to).map((year) => ({ type: 'gap' as const, key: `gap-${year}-${series.occasion}-${series.direction}-${series.replies}`, year, series, heading: false })),
  );
  const rows: ListRow[] = events.map((event) => ({ type: 'exchange', key: event.id, year: yearFor(event), event, heading: false }));
  if (gaps.length) {
    // Stable merge by year: a year's gaps come after its exchanges in either order.
    const before = (a: number, b: number) => (sort === 'newest' ? a > b : a < b);
    gaps.sort((a, b) => (sort === 'newest' ? b.year - a.year : a.year - b.year));
    const merged: ListRow[] = [];
    let g = 0;
    for (const row of rows) {
      while (g < gaps.length && before(gaps[g]!.year, row.year)) merged.push(gaps[g++]!);
      merged.push(row);
    }
    while (g < gaps.length) merged.push(gaps[g++]!);
    rows.splice(0, rows.length, ...merged);
  }
  let previous: number | null = null;
  for (const row of rows) {
    row.heading = row.year !== previous;
    previous = row.year;
  }
  return rows;
}

/** How many rows of each kind a year holds, for its heading. */
export function yearCounts(rows: readonly ListRow[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.type === 'exchange') counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  return counts;
}
