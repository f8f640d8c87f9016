/**
 * How exchanges relate: the reply chain, the same occasion in other years, the ones
 * just before, and which exchanges used a phrase. Pure functions over the event list.
 */
import type { ExchangeEvent } from './schema';
import { normalize } from '../detector/text';

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
