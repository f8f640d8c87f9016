/**
 * The explorer's view of the record: which exchanges a reader's filters let through, in
 * which order. Pure, so the same rules serve the list, the timeline, the phrase search,
 * the Markdown copy and the unit tests.
 */
import { DIRECTIONS, KINDS, OCCASIONS, type Direction, type ExchangeEvent, type Kind, type Occasion } from './schema';

/** Which state media carried the exchange: has a DPRK readout, a Chinese one, both, one side only, neither. */
export const READOUT_FILTERS = ['dprk', 'prc', 'both', 'dprk-only', 'prc-only', 'neither'] as const;
export type ReadoutFilter = (typeof READOUT_FILTERS)[number];

export const SORT_ORDERS = ['newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface ExchangeFilter {
  /** First and last year of the report date, inclusive. */
  from?: number;
  to?: number;
  occasion?: Occasion;
  kind?: Kind;
  direction?: Direction;
  readouts?: ReadoutFilter;
  /** Only exchanges the reader has written notes on. */
  withNotes?: boolean;
}

export const isOccasion = (v: string): v is Occasion => (OCCASIONS as readonly string[]).includes(v);
export const isKind = (v: string): v is Kind => (KINDS as readonly string[]).includes(v);
export const isDirection = (v: string): v is Direction => (DIRECTIONS as readonly string[]).includes(v);
export const isReadoutFilter = (v: string): v is ReadoutFilter => (READOUT_FILTERS as readonly string[]).includes(v);

export const yearOf = (e: Pick<ExchangeEvent, 'date'>): number => Number(e.date.slice(0, 4));

/** Whether each side's state media carried a readout of the exchange. */
export function readoutSides(e: Pick<ExchangeEvent, 'readouts'>): { dprk: boolean; prc: boolean } {
  return { dprk: e.readouts.some((r) => r.side === 'dprk'), prc: e.readouts.some((r) => r.side === 'prc') };
}

function readoutsMatch(e: ExchangeEvent, want: ReadoutFilter): boolean {
  const { dprk, prc } = readoutSides(e);
  switch (want) {
    case 'dprk': return dprk;
    case 'prc': return prc;
    case 'both': return dprk && prc;
    case 'dprk-only': return dprk && !prc;
    case 'prc-only': return prc && !dprk;
    case 'neither': return !dprk && !prc;
  }
}

/**
 * Whether an exchange passes the filter. `noted` is the set of exchange ids with notes;
 * while it is not known yet, "with notes" lets nothing through rather than everything.
 */
export function matchesFilter(e: ExchangeEvent, f: ExchangeFilter, noted?: ReadonlySet<string>): boolean {
  const year = yearOf(e);
  if (f.from !== undefined && year < f.from) return false;
  if (f.to !== undefined && year > f.to) return false;
  if (f.occasion && e.occasion !== f.occasion) return false;
  if (f.kind && e.kind !== f.kind) return false;
  if (f.direction && e.direction !== f.direction) return false;
  if (f.readouts && !readoutsMatch(e, f.readouts)) return false;
  if (f.withNotes && !noted?.has(e.id)) return false;
  return true;
}

/** The exchanges the filter lets through, newest or oldest first (ties by id, so the order is stable). */
export function applyFilter(events: readonly ExchangeEvent[], f: ExchangeFilter, sort: SortOrder = 'newest', noted?: ReadonlySet<string>): ExchangeEvent[] {
  const out = events.filter((e) => matchesFilter(e, f, noted));
  out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return sort === 'newest' ? out.reverse() : out;
}

/** The same filter without its year range: for views that need a series whole (gaps, cadence). */
export function withoutYears(f: ExchangeFilter): ExchangeFilter {
  const { from: _from, to: _to, ...rest } = f;
  return rest;
}

/** First and last year the events were reported in, or null for none. */
export function yearSpan(events: readonly Pick<ExchangeEvent, 'date'>[]): [number, number] | null {
  if (!events.length) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    const y = yearOf(e);
    if (y < min) min = y;
    if (y > max) max = y;
  }
  return [min, max];
}

/** Whether any filter is set (the view is not the whole record). */
export const isFiltered = (f: ExchangeFilter): boolean => Object.values(f).some((v) => v !== undefined && v !== false);
