/**
 * Synthetic exchange datasets for the scale benchmark: as many events as asked, shaped
 * like the real ones and worded with the real dataset's own vocabulary, so the resolver
 * does the same work per event. They live in memory only; nothing is written to
 * shared/dataset, and every URL is under the reserved `.invalid` domain.
 */
import type { Coverage, ExchangeEvent, Occasion, Phrase, Readout } from '../../shared/dataset/schema';

/** Deterministic PRNG (mulberry32), so a dataset of a given size and seed is always the same. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Occasions that fall on a fixed day each year (month, day); the others fall on any day. */
const FIXED_DAY: Partial<Record<Occasion, [number, number]>> = {
  'new-year': [1, 1],
  'prc-founding': [10, 1],
  'dprk-founding': [9, 9],
  'wpk-founding': [10, 10],
  'cpc-founding': [7, 1],
  'diplomatic-ties': [10, 6],
  treaty: [7, 11],
  armistice: [7, 27],
  cpv: [10, 25],
};

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface SyntheticOptions {
  seed?: number;
  /** First and last year of the dates (inclusive). */
  fromYear?: number;
  toYear?: number;
}

export function syntheticDataset(source: readonly ExchangeEvent[], count: number, options: SyntheticOptions = {}): ExchangeEvent[] {
  if (source.length === 0) throw new Error('the synthetic dataset needs real events to draw its vocabulary from');
  const { seed = 1, fromYear = 2000, toYear = 2026 } = options;
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sample = <T>(list: readonly T[], n: number): T[] => (list.length ? [...new Set(Array.from({ length: n }, () => pick(list)))] : []);
  const readouts = source.flatMap((e) => e.readouts);
  const coverage = source.flatMap((e) => e.coverage);
  // Phrases by the language they were printed in: a source quotes words in its own language (and its glosses fit it).
  const phrasesIn = new Map<string, Phrase[]>();
  for (const s of [...readouts, ...coverage]) phrasesIn.set(s.language, [...(phrasesIn.get(s.language) ?? []), ...s.phrases]);
  const start = Date.UTC(fromYear, 0, 1);
  const days = Math.round((Date.UTC(toYear, 11, 31) - start) / DAY_MS) + 1;
  // Same date, direction, kind and occasion would be a duplicate to the validator, as it would be in the real data.
  const taken = new Set<string>();
  const byOccasion = new Map<Occasion, ExchangeEvent[]>();
  for (const e of source) byOccasion.set(e.occasion, [...(byOccasion.get(e.occasion) ?? []), e]);

  const dateFor = (occasion: Occasion): number => {
    const fixed = FIXED_DAY[occasion];
    if (!fixed) return start + Math.floor(random() * days) * DAY_MS;
    const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
    // Reports come out on the day or up to three days either side of it, within the range.
    const day = Date.UTC(year, fixed[0] - 1, fixed[1]) + (Math.floor(random() * 7) - 3) * DAY_MS;
    return Math.min(Math.max(day, start), start + (days - 1) * DAY_MS);
  };

  const events: ExchangeEvent[] = [];
  for (let i = 0; events.length < count; i++) {
    // A real event as template keeps kind, direction and occasion in combinations that occur.
    const template = pick(source);
    let day = dateFor(template.occasion);
    let key = `${iso(day)}|${template.direction}|${template.kind}|${template.occasion}`;
    for (let tries = 0; taken.has(key) && tries < 50; tries++) {
      day = start + Math.floor(random() * days) * DAY_MS;
      key = `${iso(day)}|${template.direction}|${template.kind}|${template.occasion}`;
    }
    if (taken.has(key)) continue;
    taken.add(key);
    const date = iso(day);
    const sameOccasion = byOccasion.get(template.occasion)!;
    const termsOf = (lang: 'en' | 'ko' | 'zh') => sample(sameOccasion.flatMap((e) => e.terms[lang]), 2 + Math.floor(random() * 3));
    // One source never quotes the same words twice (the validator checks it).
    const phrasesFor = (language: string): Phrase[] => [...new Map(sample(phrasesIn.get(language) ?? [], 1 + Math.floor(random() * 3)).map((p) => [p.text, { ...p }])).values()];
    const url = (n: number) => `https://synthetic-${n}.invalid/${date}/exchange-${i}`;
    const reportDate = () => iso(day + Math.floor(random() * 2) * DAY_MS);
    const eventReadouts: Readout[] = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, n) => {
      const r = pick(readouts);
      return { agency: r.agency, side: r.side, url: url(n), date: reportDate(), title: r.title, language: r.language, phrases: phrasesFor(r.language) };
    });
    const eventCoverage: Coverage[] = Array.from({ length: Math.floor(random() * 6) }, (_, n) => {
      const c = pick(coverage);
      return { outlet: c.outlet, url: url(10 + n), date: reportDate(), headline: c.headline, language: c.language, phrases: phrasesFor(c.language) };
    });
    events.push({
      id: `${date}-synthetic-${i}`,
      date,
      kind: template.kind,
      direction: template.direction,
      occasion: template.occasion,
      title: pick(sameOccasion).title,
      occasionDetail: pick(sameOccasion).occasionDetail,
      summary: pick(source).summary,
      terms: { en: termsOf('en'), ko: termsOf('ko'), zh: termsOf('zh') },
      readouts: eventReadouts,
      coverage: eventCoverage,
    });
  }
  return events;
}
