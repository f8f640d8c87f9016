/**
 * Side-by-side wording: which phrases every source used, which only some, which one
 * side's state media carried and the other's left out, and which words were rendered
 * differently (phrases sharing a `concept`). Pure; the sidebar renders the result.
 */
import type { Coverage, ExchangeEvent, Language, Phrase, Readout } from './schema';
import { normalize } from '../detector/text';
import { eventTitle } from './localize';

export interface SourceRow {
  kind: 'readout' | 'coverage';
  name: string;
  side?: 'dprk' | 'prc';
  /** Absent for a text read in a print edition. */
  url?: string;
  date: string;
  title: string;
  language: Language;
  phrases: Phrase[];
  isThisArticle: boolean;
}

export interface PhraseTally {
  text: string;
  concept?: string;
  sources: string[];
  /** Everyone carried it / only some / only one side's state media. */
  spread: 'all' | 'some' | 'one';
  stateSide?: 'dprk-only' | 'prc-only';
}

export interface Wording {
  rows: SourceRow[];
  phrases: PhraseTally[];
  /** Same words, different renderings: concept → the texts and who used each. */
  renderings: { concept: string; variants: { text: string; sources: string[] }[] }[];
}

/** A page's address as a reader knows it: no scheme, www., query, hash or trailing slash. */
export function articleKey(u: string): string {
  try {
    const url = new URL(u);
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return u;
  }
}

/** Compares URLs the way a reader would (see `articleKey`). */
export function sameArticle(a: string, b: string): boolean {
  return articleKey(a) === articleKey(b);
}

export function wordingOf(event: ExchangeEvent, articleUrl?: string): Wording {
  const rows: SourceRow[] = [
    ...event.readouts.map((r: Readout) => ({ kind: 'readout' as const, name: r.agency, side: r.side, url: r.url, date: r.date, title: r.title, language: r.language, phrases: r.phrases, isThisArticle: !!articleUrl && !!r.url && sameArticle(r.url, articleUrl) })),
    ...event.coverage.map((c: Coverage) => ({ kind: 'coverage' as const, name: c.outlet, url: c.url, date: c.date, title: c.headline, language: c.language, phrases: c.phrases, isThisArticle: !!articleUrl && !!c.url && sameArticle(c.url, articleUrl) })),
  ];
  const rowsWithPhrases = rows.filter((r) => r.phrases.length > 0);
  const tallies = new Map<string, PhraseTally>();
  for (const row of rows) {
    for (const p of row.phrases) {
      const key = normalize(p.text);
      const t = tallies.get(key) ?? { text: p.text, concept: p.concept, sources: [], spread: 'one' as const };
      if (!t.sources.includes(row.name)) t.sources.push(row.name);
      t.concept ??= p.concept;
      tallies.set(key, t);
    }
  }
  // A phrase "appears" in a source if the source quoted it or its headline/title contains it.
  for (const [key, t] of tallies) {
    for (const row of rows) if (!t.sources.includes(row.name) && normalize(row.title).includes(key)) t.sources.push(row.name);
  }
  const names = new Set(rowsWithPhrases.map((r) => r.name));
  const dprk = new Set(rows.filter((r) => r.side === 'dprk').map((r) => r.name));
  const prc = new Set(rows.filter((r) => r.side === 'prc').map((r) => r.name));
  const phrases = [...tallies.values()].map((t) => {
    const spread: PhraseTally['spread'] = names.size > 1 && t.sources.length >= names.size ? 'all' : t.sources.length > 1 ? 'some' : 'one';
    const inDprk = t.sources.some((s) => dprk.has(s));
    const inPrc = t.sources.some((s) => prc.has(s));
    let stateSide: PhraseTally['stateSide'];
    // Only meaningful when both sides published a readout.
    if (dprk.size && prc.size && inDprk !== inPrc && !hasRenderingOnOtherSide(t, tallies, inDprk ? prc : dprk)) stateSide = inDprk ? 'dprk-only' : 'prc-only';
    return { ...t, spread, ...(stateSide ? { stateSide } : {}) };
  });
  phrases.sort((a, b) => b.sources.length - a.sources.length || a.text.localeCompare(b.text));

  const byConcept = new Map<string, Map<string, string[]>>();
  for (const t of tallies.values()) {
    if (!t.concept) continue;
    const variants = byConcept.get(t.concept) ?? new Map<string, string[]>();
    variants.set(t.text, t.sources);
    byConcept.set(t.concept, variants);
  }
  const renderings = [...byConcept.entries()]
    .filter(([, v]) => v.size > 1)
    .map(([concept, v]) => ({ concept, variants: [...v.entries()].map(([text, sources]) => ({ text, sources })) }));
  return { rows, phrases, renderings };
}

/** A phrase the other side rendered differently (same concept) was not "left out". */
function hasRenderingOnOtherSide(t: PhraseTally, all: Map<string, PhraseTally>, otherSide: Set<string>): boolean {
  if (!t.concept) return false;
  for (const other of all.values()) if (other !== t && other.concept === t.concept && other.sources.some((s) => otherSide.has(s))) return true;
  return false;
}

const WHO: Record<string, string> = { 'xi-to-kim': 'Xi Jinping → Kim Jong Un', 'kim-to-xi': 'Kim Jong Un → Xi Jinping', both: 'Xi Jinping ⇄ Kim Jong Un' };
export const directionLabel = (e: ExchangeEvent): string => WHO[e.direction] ?? e.direction;

/** A one-line title for lists and citations. */
export function exchangeTitle(e: ExchangeEvent): string {
  return `${e.date} · ${directionLabel(e)} · ${eventTitle(e, 'en')}`;
}
