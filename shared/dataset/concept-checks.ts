/**
 * Checks that wording is linked across the record (issue: "the validator reports phrases that
 * look like renderings of each other but have no concept"). Two rules are strict enough to
 * fail the build; a third, fuzzier one is a list for a maintainer to review.
 *
 * 1. The same words (ignoring case, spacing and punctuation) quoted in two places are two
 *    renderings: they must carry a concept, and the same one.
 * 2. A phrase containing a recurring formula (concept-anchors.json: per concept, patterns for its
 *    renderings in English, Korean, Chinese and Japanese) must carry a concept; usually that
 *    one, but a phrase holding two formulas carries the one that links it within its exchange.
 * 3. For review: two phrases of one exchange by the same speaker in different sources whose
 *    English (the text, or the gloss of a Korean/Chinese/Japanese phrase) shares most content words.
 */
import type { ExchangeEvent, Phrase } from './schema';

interface Placed {
  event: ExchangeEvent;
  source: string;
  language: string;
  phrase: Phrase;
}

const placed = (events: readonly ExchangeEvent[]): Placed[] =>
  events.flatMap((event) =>
    [...event.readouts, ...event.coverage].flatMap((s) =>
      s.phrases.map((phrase) => ({ event, source: s.url ?? ('agency' in s ? s.agency : s.outlet), language: s.language, phrase })),
    ),
  );

const sameWords = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
const where = (p: Placed) => `${p.event.id}: "${p.phrase.text}"`;

/** Rules 1 and 2: problems that fail the build. */
export function conceptProblems(events: readonly ExchangeEvent[], anchors: Record<string, string[]>): string[] {
  const problems: string[] = [];
  const all = placed(events);
  const byWords = new Map<string, Placed[]>();
  for (const p of all) {
    const key = sameWords(p.phrase.text);
    if (key.length < 4) continue;
    byWords.set(key, [...(byWords.get(key) ?? []), p]);
  }
  for (const group of byWords.values()) {
    if (new Set(group.map((p) => `${p.event.id}|${p.source}`)).size < 2) continue;
    const concepts = new Set(group.map((p) => p.phrase.concept ?? ''));
    if (concepts.has('')) problems.push(`${where(group.find((p) => !p.phrase.concept)!)} is quoted in ${group.length} places but has no concept`);
    else if (concepts.size > 1) problems.push(`${where(group[0]!)} carries different concepts in different places (${[...concepts].join(', ')})`);
  }
  const formulas = Object.entries(anchors).map(([concept, patterns]) => ({ concept, re: new RegExp(patterns.join('|'), 'iu') }));
  for (const p of all) {
    if (p.phrase.concept) continue;
    const formula = formulas.find((f) => f.re.test(p.phrase.text));
    if (formula) problems.push(`${where(p)} contains the formula "${formula.concept}" but has no concept`);
  }
  return problems;
}

const STOP = new Set('the a an of and to in on for with by as at is are was be will that this its it their his her our from between two both sides side china dprk korea north chinese korean relations ties countries country parties party peoples people xi kim jinping jong un we you your us has have had who which what'.split(' '));
const contentWords = (text: string) =>
  new Set(text.toLowerCase().replace(/[^a-z0-9\- ]/g, ' ').split(/\s+/).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.replace(/(ing|ed|es|s)$/, '')));

/** Rule 3: pairs that look like renderings of each other without sharing a concept, for review. */
export function lookAlikePairs(events: readonly ExchangeEvent[]): string[] {
  const out: string[] = [];
  for (const event of events) {
    const items = placed([event]).map((p) => ({ p, words: contentWords(p.language === 'en' ? p.phrase.text : (p.phrase.gloss?.en ?? '')) }));
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const [a, b] = [items[i]!, items[j]!];
        if (a.p.phrase.speaker !== b.p.phrase.speaker || a.p.source === b.p.source) continue;
        if (a.p.phrase.concept && a.p.phrase.concept === b.p.phrase.concept) continue;
        const shared = [...a.words].filter((w) => b.words.has(w)).length;
        const smaller = Math.min(a.words.size, b.words.size);
        if (smaller && shared >= 2 && shared / smaller >= 0.5) out.push(`${event.id} (${a.p.phrase.speaker}): "${a.p.phrase.text}" / "${b.p.phrase.text}"`);
      }
    }
  }
  return out;
}
