/**
 * How complete the reader-facing record is: every exchange's title, occasion and summary in
 * the three interface languages, glosses on Korean/Chinese/Japanese phrases, concept links
 * and their labels, and how deeply each exchange is sourced. Used by `npm run dataset:stats`
 * and by the dataset test, which requires the bundled record to be complete.
 */
import { organisationsOf } from './coverage-stats';
import { UI_LANGUAGES, type ConceptLabels, type ExchangeEvent, type Localized, type Phrase } from './schema';

export interface Completeness {
  events: number;
  /** Events whose title, occasion and summary (and `unconfirmed`, when set) exist in every interface language. */
  threeLanguages: number;
  summaries: Record<(typeof UI_LANGUAGES)[number], number>;
  titles: number;
  phrases: number;
  cjkPhrases: number;
  cjkGlossed: number;
  withConcept: number;
  concepts: number;
  unlabelledConcepts: string[];
  /** Texts (a readout or story with its mirrors counts once) and the copies beyond them. */
  texts: number;
  mirrors: number;
  /** How many exchanges have 1, 2, 3 and 4 or more independent organisations as sources. */
  depth: [number, number, number, number];
  /** Which events miss which language, for the report. */
  missing: { id: string; what: string[] }[];
}

const complete = (t: Localized | undefined) => !!t && UI_LANGUAGES.every((l) => !!t[l]?.trim());
const isCjk = (language: string) => language === 'ko' || language === 'zh' || language === 'ja';

function missingOf(e: ExchangeEvent): string[] {
  const out: string[] = [];
  for (const field of ['title', 'occasionDetail', 'summary'] as const) for (const l of UI_LANGUAGES) if (!e[field]?.[l]?.trim()) out.push(`${field}.${l}`);
  if (e.unconfirmed) for (const l of UI_LANGUAGES) if (!e.unconfirmed[l]?.trim()) out.push(`unconfirmed.${l}`);
  return out;
}

export function completeness(events: readonly ExchangeEvent[], labels: ConceptLabels): Completeness {
  const sources = events.flatMap((e) => [...e.readouts, ...e.coverage]);
  const phrases: { p: Phrase; language: string }[] = sources.flatMap((s) => s.phrases.map((p) => ({ p, language: s.language })));
  const concepts = new Set(phrases.map(({ p }) => p.concept).filter((c): c is string => !!c));
  const depth: [number, number, number, number] = [0, 0, 0, 0];
  for (const e of events) depth[Math.min(Math.max(organisationsOf(e).size, 1), 4) - 1]!++;
  const missing = events.map((e) => ({ id: e.id, what: missingOf(e) })).filter((m) => m.what.length > 0);
  return {
    events: events.length,
    threeLanguages: events.length - missing.length,
    summaries: { en: events.filter((e) => !!e.summary.en).length, ko: events.filter((e) => !!e.summary.ko).length, zh: events.filter((e) => !!e.summary.zh).length },
    titles: events.filter((e) => complete(e.title)).length,
    phrases: phrases.length,
    cjkPhrases: phrases.filter(({ language }) => isCjk(language)).length,
    cjkGlossed: phrases.filter(({ p, language }) => isCjk(language) && !!p.gloss?.en).length,
    withConcept: phrases.filter(({ p }) => !!p.concept).length,
    concepts: concepts.size,
    unlabelledConcepts: [...concepts].filter((c) => !complete(labels[c])).sort(),
    texts: sources.length,
    mirrors: sources.reduce((n, s) => n + (s.mirrors?.length ?? 0), 0),
    depth,
    missing,
  };
}
