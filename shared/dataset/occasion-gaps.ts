/**
 * Gaps are data: the years in which a recurring occasion passed without a message. The
 * record is split into series, one per occasion, direction and sort (greetings apart from
 * the replies to them), and each series is laid out by year, with the years it was
 * expected and had no message left as gaps. The calendar (which occasions recur, on which
 * day, which year a message marks) is the sidebar's, in occasion-calendar.ts.
 */
import type { Direction, ExchangeEvent, Occasion } from './schema';
import { coverageOf, occasionYear, RECURRING, type Coverage } from './occasion-calendar';

export { occasionYear };
export type { Coverage as RecordSpan };
/** The first and last report dates of the record (YYYY-MM-DD): no gap is claimed outside them. */
export const recordSpan = coverageOf;

export const isRecurring = (occasion: Occasion): boolean => occasion in RECURRING;

export interface SeriesKey {
  occasion: Occasion;
  direction: Direction;
  /** Replies to the occasion's messages form their own series. */
  replies: boolean;
}

export interface Series extends SeriesKey {
  /** Its messages, oldest first. */
  events: ExchangeEvent[];
  /** Every year the occasion came round in the record ('annual'), only round anniversaries ('round'), or not by the calendar (null). */
  cadence: 'annual' | 'round' | null;
  /** Years it was expected and had no message, oldest first. */
  gaps: number[];
}

export const seriesId = (k: SeriesKey): string => `${k.occasion}|${k.direction}|${k.replies ? 'replies' : 'messages'}`;

const DAY_MS = 86_400_000;
const dayOf = (occasion: Occasion, year: number): number => Date.UTC(year, RECURRING[occasion]!.month - 1, RECURRING[occasion]!.day);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The years the series was due inside the record, at the cadence. A series is due when
 * its messages usually come, not on the occasion's day itself: a reply comes a week or
 * two later, a New Year card the day before. A year whose whole usual window (earliest to
 * latest message of the series, counted from the occasion's day) is not inside the
 * record is not claimed either way.
 */
function expectedYears(series: Pick<Series, 'occasion' | 'events'>, cadence: 'annual' | 'round', span: Coverage): number[] {
  const r = RECURRING[series.occasion]!;
  const offsets = series.events.map((e) => Math.round((Date.parse(`${e.date}T00:00:00Z`) - dayOf(series.occasion, occasionYear(e))) / DAY_MS));
  const early = Math.min(0, ...offsets);
  const late = Math.max(0, ...offsets);
  const years: number[] = [];
  for (let y = Number(span.start.slice(0, 4)) - 1; y <= Number(span.end.slice(0, 4)); y++) {
    const day = dayOf(series.occasion, y);
    if (iso(day + early * DAY_MS) < span.start || iso(day + late * DAY_MS) > span.end) continue;
    if (cadence === 'round' && r.origin !== undefined && (y - r.origin) % 5 !== 0) continue;
    years.push(y);
  }
  return years;
}

/**
 * The series of the given exchanges, in the schema's order of occasions. A series has
 * gaps only when its occasion recurs and it has at least two messages: one message alone
 * says nothing about the years without one. A series whose every message marked a round
 * anniversary is expected only on round anniversaries.
 */
export function seriesOf(events: readonly ExchangeEvent[], span: Coverage, occasionOrder: readonly Occasion[]): Series[] {
  const groups = new Map<string, Series>();
  for (const e of events) {
    const key: SeriesKey = { occasion: e.occasion, direction: e.direction, replies: e.kind === 'reply' };
    const id = seriesId(key);
    const series = groups.get(id) ?? { ...key, events: [], cadence: null, gaps: [] };
    series.events.push(e);
    groups.set(id, series);
  }
  for (const s of groups.values()) {
    s.events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const r = RECURRING[s.occasion];
    if (!r || s.events.length < 2) continue;
    const round = r.origin !== undefined && s.events.every((e) => (occasionYear(e) - r.origin!) % 5 === 0);
    s.cadence = round ? 'round' : 'annual';
    // An exchange of messages both ways (one joint message, a meeting) marks the year for either direction.
    const both = s.direction === 'both' ? [] : (groups.get(seriesId({ ...s, direction: 'both' }))?.events ?? []);
    const marked = new Set([...s.events, ...both].map(occasionYear));
    s.gaps = expectedYears(s, s.cadence, span).filter((y) => !marked.has(y));
  }
  const rank = (o: Occasion) => occasionOrder.indexOf(o);
  const directions: Direction[] = ['kim-to-xi', 'xi-to-kim', 'both'];
  return [...groups.values()].sort(
    (a, b) => rank(a.occasion) - rank(b.occasion) || Number(a.replies) - Number(b.replies) || directions.indexOf(a.direction) - directions.indexOf(b.direction),
  );
}

/** A series laid out over years: each year's messages, or none (a gap when `gaps` holds the year). */
export function byYear(series: Series, from: number, to: number): { year: number; events: ExchangeEvent[]; gap: boolean }[] {
  const gaps = new Set(series.gaps);
  const out: { year: number; events: ExchangeEvent[]; gap: boolean }[] = [];
  for (let year = from; year <= to; year++) out.push({ year, events: series.events.filter((e) => occasionYear(e) === year), gap: gaps.has(year) });
  return out;
}
