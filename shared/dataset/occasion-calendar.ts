/**
 * Occasions that come round every year, and the years in which one passed without a
 * message: "gaps are data". An exchange's series is every exchange on the same occasion,
 * in the same direction, of the same sort (greetings apart from replies to them).
 */
import type { Direction, ExchangeEvent, Occasion } from './schema';

interface Recurring {
  /** The year commemorated: anniversary ordinals count from it. */
  origin?: number;
  month: number;
  day: number;
}

export const RECURRING: Partial<Record<Occasion, Recurring>> = {
  'new-year': { month: 1, day: 1 },
  'prc-founding': { origin: 1949, month: 10, day: 1 },
  'dprk-founding': { origin: 1948, month: 9, day: 9 },
  'wpk-founding': { origin: 1945, month: 10, day: 10 },
  'cpc-founding': { origin: 1921, month: 7, day: 1 },
  'diplomatic-ties': { origin: 1949, month: 10, day: 6 },
  treaty: { origin: 1961, month: 7, day: 11 },
  armistice: { origin: 1953, month: 7, day: 27 },
  cpv: { origin: 1950, month: 10, day: 25 },
};

/** The dates the record covers, first and last report (YYYY-MM-DD). */
export interface Coverage {
  start: string;
  end: string;
}

export const coverageOf = (events: readonly Pick<ExchangeEvent, 'date'>[]): Coverage => {
  const dates = events.map((e) => e.date).sort();
  return { start: dates[0] ?? '9999-12-31', end: dates[dates.length - 1] ?? '0000-01-01' };
};

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

type Dated = Pick<ExchangeEvent, 'date' | 'sentDate' | 'occasion'>;

/** The year whose occasion an exchange marks: a New Year card sent in November or December is for the next year. */
export function occasionYear(e: Dated): number {
  const day = e.sentDate ?? e.date;
  const year = Number(day.slice(0, 4));
  return e.occasion === 'new-year' && Number(day.slice(5, 7)) >= 11 ? year + 1 : year;
}

const sameDirection = (a: Direction, b: Direction) => a === b || a === 'both' || b === 'both';

/** Same occasion, same direction (an exchange of messages counts for both), same sort; oldest first, `event` included. */
export function seriesOf(event: ExchangeEvent, events: readonly ExchangeEvent[]): ExchangeEvent[] {
  return events
    .filter((e) => e.id === event.id || (e.occasion === event.occasion && sameDirection(e.direction, event.direction) && (e.kind === 'reply') === (event.kind === 'reply')))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * How often the series is expected: every year, or only round anniversaries (every fifth),
 * when every message in it marked one; null for occasions that do not recur by the calendar.
 */
export function cadenceOf(occasion: Occasion, series: readonly Dated[]): 'annual' | 'round' | null {
  const r = RECURRING[occasion];
  if (!r) return null;
  if (r.origin !== undefined && series.length > 0 && series.every((e) => (occasionYear(e) - r.origin!) % 5 === 0)) return 'round';
  return 'annual';
}

/** The years in which the occasion fell inside the record's coverage, at the given cadence. */
export function expectedYears(occasion: Occasion, cadence: 'annual' | 'round', coverage: Coverage): number[] {
  const r = RECURRING[occasion];
  if (!r) return [];
  const years: number[] = [];
  for (let y = Number(coverage.start.slice(0, 4)); y <= Number(coverage.end.slice(0, 4)); y++) {
    const day = `${y}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`;
    if (day < coverage.start || day > coverage.end) continue;
    if (cadence === 'round' && r.origin !== undefined && (y - r.origin) % 5 !== 0) continue;
    years.push(y);
  }
  return years;
}

/** One year of a series: its messages, or none (a gap). */
export interface YearSlot {
  year: number;
  events: ExchangeEvent[];
}

/**
 * The series by year: every year with a message, and every expected year without one.
 * For occasions that do not recur, only the years with messages.
 */
export function seriesByYear(event: ExchangeEvent, events: readonly ExchangeEvent[], coverage: Coverage): YearSlot[] {
  const series = seriesOf(event, events);
  const cadence = cadenceOf(event.occasion, series);
  const slots = new Map<number, ExchangeEvent[]>();
  if (cadence) for (const y of expectedYears(event.occasion, cadence, coverage)) slots.set(y, []);
  for (const e of series) {
    const y = occasionYear(e);
    slots.set(y, [...(slots.get(y) ?? []), e]);
  }
  return [...slots.entries()].sort((a, b) => a[0] - b[0]).map(([year, list]) => ({ year, events: list }));
}

/** The anniversary ordinal an exchange marks (the dataset's, else counted from the occasion's origin). */
export function ordinalOf(e: ExchangeEvent): number | undefined {
  const origin = RECURRING[e.occasion]?.origin;
  return e.anniversary ?? (origin !== undefined ? occasionYear(e) - origin : undefined);
}
