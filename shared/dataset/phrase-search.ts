/**
 * Phrase search across languages and scripts: which exchanges used some words, who said
 * them, and where. A query matches
 *  - the quoted words themselves, in any source (readout or coverage), and headlines;
 *  - the short glosses of quoted words (`phrase.gloss`, en/ko/zh), so an English query
 *    finds a Korean quote glossed in English;
 *  - every other rendering of the same words, through the dataset's `concept` links:
 *    a match on one phrase of concept C, or on C's label (concepts.json, en/ko/zh) or on
 *    C's key read as words ("new-situation"), brings every phrase of concept C;
 *  - with traditional and simplified Chinese folded together (search-fold.ts).
 * Pure and synchronous; the index is built once per event list and reused.
 */
import type { ConceptLabels, ExchangeEvent, Language, Localized, Phrase, PrintLocation, Speaker } from './schema';
import { compactForm, foldedMatcher, foldForSearch } from './search-fold';

/** The text a quote was printed in. */
export interface QuoteSource {
  kind: 'readout' | 'coverage';
  /** The agency (readouts) or outlet (coverage). */
  name: string;
  /** The site a story was read on, when that is not the outlet. */
  via?: string;
  /** Whose state media printed it (readouts only). */
  side?: 'dprk' | 'prc';
  url?: string;
  print?: PrintLocation;
  date: string;
  /** The readout's title or the story's headline. */
  title: string;
  language: Language;
}

/** How a quote came to match: its own words, its gloss, its concept (another rendering), or a headline. */
export type MatchedBy = 'words' | 'gloss' | 'concept' | 'headline';

export interface QuoteHit {
  /** The quoted words (or the headline), exactly as the source printed them. */
  text: string;
  speaker: Speaker;
  gloss?: Localized;
  concept?: string;
  source: QuoteSource;
  matchedBy: MatchedBy;
}

export interface ExchangeHits {
  event: ExchangeEvent;
  quotes: QuoteHit[];
}

export interface YearHits {
  year: number;
  exchanges: ExchangeHits[];
}

export interface PhraseSearchResult {
  /** The query as folded for matching ('' when too short to search). */
  folded: string;
  /** The concepts the query reached (by a rendering, a gloss or a label), sorted. */
  concepts: string[];
  /** Every exchange with at least one matching quote, in date order (oldest first). */
  exchanges: ExchangeHits[];
  /** The same, grouped by the year of the exchange's report. */
  years: YearHits[];
  quoteCount: number;
}

export interface SearchOptions {
  /** Only these exchanges are searched (the explorer's filters); all when absent. */
  include?: (event: ExchangeEvent) => boolean;
}

/** One searchable quote: a phrase of a source, or a source's headline (`phrase` null). */
interface Entry {
  event: number;
  source: QuoteSource;
  phrase: Phrase | null;
  /** The quoted words (or headline) folded: the key that makes two copies of a quote one. */
  key: string;
}

type Field = 'words' | 'gloss' | 'headline';
/** Postings are packed as entry × 4 + field, to keep hundreds of thousands of them cheap. */
const FIELDS: readonly Field[] = ['words', 'gloss', 'headline'];
const pack = (entry: number, field: Field) => entry * 4 + FIELDS.indexOf(field);

/** Queries shorter than this (in characters, after folding) are not searched: "新" alone would match half the record. */
export const MIN_QUERY_LENGTH = 2;

export class PhraseIndex {
  private readonly entries: Entry[] = [];
  /** Distinct folded texts and which entries (and which of their fields) carry each. */
  private readonly texts = new Map<string, number[]>();
  /** The same texts as parallel arrays, with their space-free forms, for a tight scan. */
  private textList: string[] = [];
  private compactList: (string | undefined)[] = [];
  private postingList: number[][] = [];
  private readonly byConcept = new Map<string, number[]>();
  /** Folded concept labels and keys → the concepts they name. */
  private readonly conceptNames = new Map<string, Set<string>>();

  /** Folded forms of texts seen while building: copies of the same words are folded once. */
  private foldCache: Map<string, string> | null = new Map();

  constructor(
    readonly events: readonly ExchangeEvent[],
    concepts: ConceptLabels = {},
  ) {
    events.forEach((event, e) => {
      for (const r of event.readouts) {
        const source: QuoteSource = { kind: 'readout', name: r.agency, side: r.side, date: r.date, title: r.title, language: r.language };
        if (r.url) source.url = r.url;
        if (r.print) source.print = r.print;
        this.addSource(e, source, r.phrases);
      }
      for (const c of event.coverage) {
        const source: QuoteSource = { kind: 'coverage', name: c.outlet, date: c.date, title: c.headline, language: c.language };
        if (c.via) source.via = c.via;
        if (c.url) source.url = c.url;
        if (c.print) source.print = c.print;
        this.addSource(e, source, c.phrases);
      }
    });
    const name = (text: string | undefined, concept: string) => {
      const folded = text ? this.fold(text) : '';
      if (!folded) return;
      const set = this.conceptNames.get(folded) ?? new Set<string>();
      set.add(concept);
      this.conceptNames.set(folded, set);
    };
    this.foldCache = null;
    this.textList = [...this.texts.keys()];
    this.compactList = this.textList.map(compactForm);
    this.postingList = [...this.texts.values()];
    for (const concept of new Set([...this.byConcept.keys(), ...Object.keys(concepts)])) {
      name(concept.replace(/-/g, ' '), concept);
      const label = concepts[concept];
      if (label) for (const text of Object.values(label)) name(text, concept);
    }
  }

  private fold(text: string): string {
    let folded = this.foldCache?.get(text);
    if (folded === undefined) {
      folded = foldForSearch(text);
      this.foldCache?.set(text, folded);
    }
    return folded;
  }

  private addSource(event: number, source: QuoteSource, phrases: readonly Phrase[]): void {
    const headline = this.entries.push({ event, source, phrase: null, key: this.fold(source.title) }) - 1;
    this.addText(source.title, headline, 'headline');
    for (const phrase of phrases) {
      const entry = this.entries.push({ event, source, phrase, key: this.fold(phrase.text) }) - 1;
      this.addText(phrase.text, entry, 'words');
      const gloss = phrase.gloss;
      if (gloss) for (const lang in gloss) if (gloss[lang as keyof typeof gloss]) this.addText(gloss[lang as keyof typeof gloss]!, entry, 'gloss');
      if (phrase.concept) {
        const list = this.byConcept.get(phrase.concept);
        if (list) list.push(entry);
        else this.byConcept.set(phrase.concept, [entry]);
      }
    }
  }

  private addText(text: string, entry: number, field: Field): void {
    const folded = this.fold(text);
    if (!folded) return;
    const list = this.texts.get(folded);
    if (list) list.push(pack(entry, field));
    else this.texts.set(folded, [pack(entry, field)]);
  }

  /**
   * The concepts quoted in the most exchanges, most first: what to suggest before anything is
   * typed. Each comes with the words to search for it: its label in `lang` when it has one.
   */
  topConcepts(limit: number, labels: ConceptLabels, lang: keyof NonNullable<ConceptLabels[string]>): { concept: string; words: string; exchanges: number }[] {
    return [...this.byConcept]
      .map(([concept, entries]) => ({ concept, exchanges: new Set(entries.map((i) => this.entries[i]!.event)).size, entries }))
      .sort((a, b) => b.exchanges - a.exchanges || a.concept.localeCompare(b.concept))
      .slice(0, limit)
      .map(({ concept, exchanges, entries }) => ({ concept, exchanges, words: labels[concept]?.[lang] || this.entries[entries[0]!]!.phrase!.text }));
  }

  search(query: string, options: SearchOptions = {}): PhraseSearchResult {
    const folded = foldForSearch(query);
    if ([...folded].length < MIN_QUERY_LENGTH) return { folded: '', concepts: [], exchanges: [], years: [], quoteCount: 0 };

    const how = new Map<number, MatchedBy>();
    const concepts = new Set<string>();
    const matches = foldedMatcher(folded);
    for (let i = 0; i < this.textList.length; i++) {
      if (!matches(this.textList[i]!, this.compactList[i] ?? this.textList[i]!)) continue;
      for (const posting of this.postingList[i]!) {
        const entry = posting >> 2;
        const field = FIELDS[posting & 3]!;
        const previous = how.get(entry);
        // A quote matched by its own words says so, even if its gloss matched too.
        if (!previous || field === 'words') how.set(entry, field);
        const concept = this.entries[entry]!.phrase?.concept;
        if (concept && field !== 'headline') concepts.add(concept);
      }
    }
    for (const [name, named] of this.conceptNames) if (matches(name)) for (const c of named) concepts.add(c);
    for (const concept of concepts) for (const entry of this.byConcept.get(concept) ?? []) if (!how.has(entry)) how.set(entry, 'concept');

    const byEvent = new Map<number, QuoteHit[]>();
    const seen = new Set<string>();
    const rank: Record<MatchedBy, number> = { words: 0, gloss: 1, concept: 2, headline: 3 };
    for (const [entry, matchedBy] of [...how].sort((a, b) => a[0] - b[0])) {
      const { event, source, phrase, key: words } = this.entries[entry]!;
      if (options.include && !options.include(this.events[event]!)) continue;
      const hit: QuoteHit = phrase
        ? { text: phrase.text, speaker: phrase.speaker, source, matchedBy, ...(phrase.gloss ? { gloss: phrase.gloss } : {}), ...(phrase.concept ? { concept: phrase.concept } : {}) }
        : { text: source.title, speaker: source.kind === 'readout' ? 'agency' : 'outlet', source, matchedBy };
      const list = byEvent.get(event) ?? [];
      // The same words from the same source, once (a story carried twice, a headline that is the quote).
      const key = `${event}|${source.name}|${words}`;
      if (seen.has(key)) continue;
      seen.add(key);
      list.push(hit);
      byEvent.set(event, list);
    }

    // A headline is shown only for a source none of whose quotes matched: otherwise it repeats them.
    for (const [event, list] of byEvent) {
      const quoted = new Set(list.filter((h) => h.matchedBy !== 'headline').map((h) => h.source));
      if (quoted.size) byEvent.set(event, list.filter((h) => h.matchedBy !== 'headline' || !quoted.has(h.source)));
    }
    const exchanges = [...byEvent]
      .map(([event, quotes]) => ({ event: this.events[event]!, quotes: quotes.sort((a, b) => rank[a.matchedBy] - rank[b.matchedBy]) }))
      .sort((a, b) => a.event.date.localeCompare(b.event.date) || a.event.id.localeCompare(b.event.id));
    const years: YearHits[] = [];
    for (const hits of exchanges) {
      const year = Number(hits.event.date.slice(0, 4));
      if (years.at(-1)?.year !== year) years.push({ year, exchanges: [] });
      years.at(-1)!.exchanges.push(hits);
    }
    return { folded, concepts: [...concepts].sort(), exchanges, years, quoteCount: exchanges.reduce((n, x) => n + x.quotes.length, 0) };
  }
}

const indexes = new WeakMap<readonly ExchangeEvent[], PhraseIndex>();

/** The index of an event list, built on first use and kept for as long as the list lives. */
export function phraseIndexOf(events: readonly ExchangeEvent[], concepts: ConceptLabels = {}): PhraseIndex {
  let index = indexes.get(events);
  if (!index) {
    index = new PhraseIndex(events, concepts);
    indexes.set(events, index);
  }
  return index;
}

/** Exchanges per year over a span of years (every year in it, zero included), for the chart. */
export function exchangesPerYear(result: Pick<PhraseSearchResult, 'years'>, from: number, to: number): { year: number; count: number }[] {
  const counts = new Map(result.years.map((y) => [y.year, y.exchanges.length]));
  const out: { year: number; count: number }[] = [];
  for (let year = from; year <= to; year++) out.push({ year, count: counts.get(year) ?? 0 });
  return out;
}
