/**
 * How exchanges relate: the reply chain, the same occasion in other years, the ones
 * just before, and which exchanges used a phrase. Pure functions over the event list.
 */
import type { ExchangeEvent } from './schema';
import { normalize } from '../detector/text';
import { occasionYear, seriesByYear, type Coverage, type YearSlot } from './occasion-calendar';

export interface Relations {
  /** What this exchange answers, and what answered it. */
  answers: ExchangeEvent[];
  answeredBy: ExchangeEvent[];
  /** Listed as related in the dataset (both directions). */
  related: ExchangeEvent[];
  /** Same occasion in earlier years, newest first. */
  sameOccasion: ExchangeEvent[];
  /** The exchanges reported just before this one, newest first. */
  before: ExchangeEvent[];
}

export function relationsOf(event: ExchangeEvent, events: readonly ExchangeEvent[], beforeCount = 4): Relations {
  const byId = new Map(events.map((e) => [e.id, e]));
  const answers = event.repliesTo ? [byId.get(event.repliesTo)].filter((e): e is ExchangeEvent => !!e) : [];
  const answeredBy = events.filter((e) => e.repliesTo === event.id);
  const chain = new Set([event.id, ...answers.map((e) => e.id), ...answeredBy.map((e) => e.id)]);
  const related = [
    ...(event.related ?? []).map((id) => byId.get(id)),
    ...events.filter((e) => e.related?.includes(event.id)),
  ].filter((e, i, all): e is ExchangeEvent => !!e && !chain.has(e.id) && all.findIndex((x) => x?.id === e.id) === i);
  const sameOccasion = event.occasion === 'other'
    ? []
    : events
        .filter((e) => e.occasion === event.occasion && e.date < event.date && e.direction === event.direction && e.kind !== 'reply' === (event.kind !== 'reply'))
        .sort((a, b) => b.date.localeCompare(a.date));
  const before = events
    .filter((e) => e.date < event.date || (e.date === event.date && e.id < event.id))
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, beforeCount);
  return { answers, answeredBy, related, sameOccasion, before };
}

/** One exchange in the mini-timeline around another. */
export interface TimelineItem {
  event: ExchangeEvent;
  position: 'before' | 'this' | 'after';
  /** How it is tied to the exchange on screen, beyond being near it in time. */
  relation?: 'answers' | 'answered-by' | 'related';
  /** Exchanges of the record between this item and the one listed before it, left out. */
  skipped: number;
}

export interface Around {
  /** Neighbours and the reply chain, oldest first, the exchange itself included once. */
  timeline: TimelineItem[];
  /** The same occasion in earlier years, newest first; an expected year without a message is an empty slot. */
  earlierYears: YearSlot[];
}

/**
 * Everything around an exchange, each exchange listed once: the same occasion in earlier
 * years (with the years it passed in silence), then a short timeline of the relationship
 * (the exchanges just before and after, and its reply chain however far away).
 */
export function aroundOf(event: ExchangeEvent, events: readonly ExchangeEvent[], coverage: Coverage, { before = 3, after = 2 } = {}): Around {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const at = new Map(sorted.map((e, i) => [e.id, i]));
  const here = at.get(event.id) ?? sorted.length;
  const isEarlier = (e: ExchangeEvent) => (at.get(e.id) ?? -1) < here;

  const thisYear = occasionYear(event);
  const earlierYears = seriesByYear(event, sorted, coverage)
    .filter((s) => s.year < thisYear || s.events.some((e) => e.id !== event.id && isEarlier(e)))
    .map((s) => ({ year: s.year, events: s.events.filter((e) => e.id !== event.id && isEarlier(e)) }))
    .filter((s) => s.year < thisYear || s.events.length)
    .reverse();
  const listed = new Set(earlierYears.flatMap((s) => s.events.map((e) => e.id)));

  const { answers, answeredBy, related } = relationsOf(event, sorted);
  const relation = new Map<string, TimelineItem['relation']>([
    ...related.map((e) => [e.id, 'related'] as const),
    ...answeredBy.map((e) => [e.id, 'answered-by'] as const),
    ...answers.map((e) => [e.id, 'answers'] as const),
  ]);
  const ids = new Set<string>([event.id, ...[...relation.keys()].filter((id) => !listed.has(id))]);
  // The nearest exchanges on each side that the earlier-years list does not already show.
  const take = (step: -1 | 1, count: number) => {
    for (let i = here + step, n = 0; i >= 0 && i < sorted.length && n < count; i += step) {
      if (listed.has(sorted[i]!.id)) continue;
      ids.add(sorted[i]!.id);
      n++;
    }
  };
  take(-1, before);
  take(1, after);

  const timeline: TimelineItem[] = [];
  let previous = -1;
  for (const id of [...ids].sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0))) {
    const index = at.get(id);
    const e = index === undefined ? event : sorted[index]!;
    const position = e.id === event.id ? 'this' : isEarlier(e) ? 'before' : 'after';
    const rel = relation.get(e.id);
    // Exchanges in between that no list here shows.
    let skipped = 0;
    if (previous >= 0 && index !== undefined) for (let i = previous + 1; i < index; i++) if (!listed.has(sorted[i]!.id)) skipped++;
    timeline.push({ event: e, position, ...(rel ? { relation: rel } : {}), skipped });
    if (index !== undefined) previous = index;
  }
  return { timeline, earlierYears };
}

export interface PhraseUse {
  event: ExchangeEvent;
  /** The source names that carried the phrase in this exchange. */
  sources: string[];
}

/** Every exchange whose sources quoted words containing the phrase, oldest first. */
export function phraseHistory(phrase: string, events: readonly ExchangeEvent[]): PhraseUse[] {
  const needle = normalize(phrase).trim();
  if (needle.length < 2) return [];
  const uses: PhraseUse[] = [];
  for (const event of events) {
    const sources = [
      ...event.readouts.filter((r) => r.phrases.some((p) => normalize(p.text).includes(needle))).map((r) => r.agency),
      ...event.coverage.filter((c) => c.phrases.some((p) => normalize(p.text).includes(needle)) || normalize(c.headline).includes(needle)).map((c) => c.outlet),
    ];
    if (sources.length) uses.push({ event, sources: [...new Set(sources)] });
  }
  return uses.sort((a, b) => a.event.date.localeCompare(b.event.date));
}

/** Counts per year, for the phrase-history chart. */
export function countByYear(uses: readonly PhraseUse[]): { year: number; count: number }[] {
  if (!uses.length) return [];
  const years = uses.map((u) => Number(u.event.date.slice(0, 4)));
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const out: { year: number; count: number }[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push({ year: y, count: counts.get(y) ?? 0 });
  return out;
}

/** The phrases most often quoted across the dataset: suggestions for the phrase-history box. */
export function commonPhrases(events: readonly ExchangeEvent[], limit = 40): string[] {
  const counts = new Map<string, number>();
  for (const e of events) {
    const seen = new Set<string>();
    for (const s of [...e.readouts, ...e.coverage]) for (const p of s.phrases) seen.add(normalize(p.text));
    for (const p of seen) if (p.split(' ').length <= 5) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return [...counts.entries()].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1]).slice(0, limit).map(([p]) => p);
}
