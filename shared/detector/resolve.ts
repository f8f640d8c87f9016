/**
 * Resolution: which exchange in the dataset an on-topic article reports. Pure; the
 * background loads the index precomputed at build time (PackedIndex) and calls `resolve`
 * per candidate page.
 *
 * Evidence, strongest first: the publication date against the exchange's report date,
 * the occasion (anniversary ordinals, occasion words, the exchange's own terms), the
 * kind (reply, verbal message, card, condolence, meeting) and direction (who wrote),
 * and the exact phrases that state media and outlets quoted. A result is a `match`
 * only when one exchange clearly leads; otherwise the article is `topic`.
 */
import type { ArticleFacts } from './article';
import type { ExchangeEvent, Occasion } from '../dataset/schema';
import { countMatches, hasMatch, normalize } from './text';
import { decideTopic, type TopicSignals } from './topic';
import { CARD, CONDOLENCE, CONGRATULATION, LETTER, MEETING, OCCASION_WORDS, ORDINAL, REPLY, THANKS, VERBAL } from './vocabulary';

export interface Resolution {
  status: 'match' | 'topic' | 'none';
  eventId?: string;
  confidence?: number;
  /** Best candidates with scores, for the sidebar's "did you mean" and for evaluation. */
  candidates: { id: string; score: number }[];
  topic: TopicSignals;
}

/** What the resolver knows of one exchange: everything it scores on, already normalised. */
export interface IndexRecord {
  id: string;
  date: string;
  kind: ExchangeEvent['kind'];
  direction: ExchangeEvent['direction'];
  occasion: Occasion;
  terms: string[];
  phrases: string[];
  ordinals: string[];
}

interface IndexedEvent {
  event: IndexRecord;
  day: number;
  terms: string[];
  phrases: string[];
  ordinals: Set<string>;
}

/** The resolver's view of each exchange: normalised terms, quoted phrases and anniversary ordinals. */
export function indexRecords(events: readonly ExchangeEvent[]): IndexRecord[] {
  return events.map((event) => ({
    id: event.id,
    date: event.date,
    kind: event.kind,
    direction: event.direction,
    occasion: event.occasion,
    terms: [...event.terms.en, ...event.terms.ko, ...event.terms.zh].map(normalize).filter((t) => t.length >= 2),
    phrases: [...event.readouts, ...event.coverage]
      .flatMap((s) => s.phrases.map((p) => normalize(p.text)))
      .filter((p, i, all) => p.length >= 8 && all.indexOf(p) === i),
    ordinals: [...ordinalsIn(normalize(`${event.occasionDetail.en ?? ''} ${event.terms.en.join(' ')}`))],
  }));
}

/**
 * The index as shipped, computed at build time so a freshly started worker neither
 * normalises the dataset nor sorts it. data/resolver-index.json holds one column per
 * field, the exchanges sorted by report day; data/resolver-terms.txt holds each
 * exchange's terms and phrases as UTF-8 (terms, TAB, phrases, each list newline-separated)
 * at the byte offsets in `textOffsets`. The worker keeps that file as bytes and decodes an
 * exchange's part only when an article's date window or occasion makes it a candidate: at
 * 10,000 exchanges, decoding and parsing all the text (5 MB) cost 45–70 ms, most of a
 * cold start, for the few dozen exchanges one article is compared with.
 */
export interface PackedIndex {
  format: 'lips-and-teeth-resolver-index';
  version: 2;
  ids: string[];
  /** Report date as days since 1970-01-01 (UTC), ascending. */
  days: number[];
  kinds: ExchangeEvent['kind'][];
  directions: ExchangeEvent['direction'][];
  occasions: Occasion[];
  /** Anniversary ordinals, space-separated ('' for none). */
  ordinals: string[];
  /** Exchange i's terms and phrases are bytes textOffsets[i] to textOffsets[i + 1] of the text file. */
  textOffsets: number[];
}

/** Terms and phrases never hold tabs or newlines: normalize() folds all whitespace to spaces. */
const LIST = '\n';
const PART = '\t';

export function packIndex(records: readonly IndexRecord[]): { index: PackedIndex; text: Uint8Array } {
  const sorted = records.map((r) => ({ r, day: dayNumber(r.date) })).sort((a, b) => a.day - b.day);
  const encoder = new TextEncoder();
  const parts = sorted.map((x) => encoder.encode(`${x.r.terms.join(LIST)}${PART}${x.r.phrases.join(LIST)}`));
  const textOffsets = [0];
  for (const part of parts) textOffsets.push(textOffsets.at(-1)! + part.length);
  const text = new Uint8Array(textOffsets.at(-1)!);
  parts.forEach((part, i) => text.set(part, textOffsets[i]));
  return {
    index: {
      format: 'lips-and-teeth-resolver-index',
      version: 2,
      ids: sorted.map((x) => x.r.id),
      days: sorted.map((x) => x.day),
      kinds: sorted.map((x) => x.r.kind),
      directions: sorted.map((x) => x.r.direction),
      occasions: sorted.map((x) => x.r.occasion),
      ordinals: sorted.map((x) => x.r.ordinals.join(' ')),
      textOffsets,
    },
    text,
  };
}

export function isPackedIndex(v: unknown): v is PackedIndex {
  const p = v as Partial<PackedIndex> | null;
  const n = p?.ids?.length ?? -1;
  return (
    typeof p === 'object' && p !== null && p.format === 'lips-and-teeth-resolver-index' && p.version === 2 && n >= 0 &&
    [p.days, p.kinds, p.directions, p.occasions, p.ordinals].every((column) => Array.isArray(column) && column.length === n) &&
    Array.isArray(p.textOffsets) && p.textOffsets.length === n + 1
  );
}

const split = (list: string): string[] => (list ? list.split(LIST) : []);

const DAY_MS = 86_400_000;
export const dayNumber = (isoDate: string): number => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

const MATCH_THRESHOLD = 4.5;
const MARGIN = 1;
const WINDOW_BEFORE = 60; // an analysis piece may come weeks after the report
const WINDOW_AFTER = 3; // time zones, and outlets that report a day before the agency

function ordinalsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const re of ORDINAL) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (m[1]) found.add(String(Number(m[1])));
  }
  return found;
}

function dateScore(delta: number): number {
  // Most stories appear the day of the report or the next; a few days later is less likely.
  if (delta >= -1 && delta <= 1) return 4;
  if (delta >= 2 && delta <= 3) return 3.5;
  if (delta >= -WINDOW_AFTER && delta <= 7) return 2.5;
  if (delta <= 21) return 1.2;
  return 0.4;
}

interface ArticleCues {
  headline: string;
  /** Words the headline puts in quotation marks: usually the exchange's key phrase. */
  headlineQuotes: string[];
  opening: string;
  body: string;
  occasions: Map<Occasion, number>;
  headlineOccasions: Set<Occasion>;
  ordinals: Set<string>;
  reply: boolean;
  congratulation: boolean;
  letter: boolean;
  verbal: boolean;
  card: boolean;
  condolence: boolean;
  thanks: boolean;
  meeting: boolean;
}

function cuesOf(article: ArticleFacts, topic: TopicSignals): ArticleCues {
  const headline = normalize(article.headline);
  const opening = `${headline}\n${normalize(article.lead)}`;
  const occasions = new Map<Occasion, number>();
  const headlineOccasions = new Set<Occasion>();
  for (const [occasion, re] of Object.entries(OCCASION_WORDS) as [Occasion, RegExp][]) {
    const n = countMatches(re, opening, 10);
    if (n > 0) occasions.set(occasion, n);
    if (hasMatch(re, headline)) headlineOccasions.add(occasion);
  }
  const focus = `${headline}\n${topic.evidence.join('\n')}`;
  const headlineQuotes = [...headline.matchAll(/["'‘“「『]([^"'’”」』]{6,80})["'’”」』]/g)].map((m) => m[1]!.trim()).filter((q) => q.length >= 6);
  return {
    headline,
    headlineQuotes,
    opening,
    body: normalize(article.text.slice(0, 30_000)),
    occasions,
    headlineOccasions,
    ordinals: ordinalsIn(opening),
    reply: hasMatch(REPLY, focus),
    // The story's main sentence says "congratulated": a congratulation rather than a verbal message or letter.
    congratulation: hasMatch(CONGRATULATION, `${headline}\n${topic.evidence[0] ?? ''}`),
    letter: hasMatch(LETTER, headline),
    verbal: hasMatch(VERBAL, focus),
    card: hasMatch(CARD, focus),
    condolence: hasMatch(CONDOLENCE, focus),
    thanks: hasMatch(THANKS, headline),
    meeting: topic.meeting || (hasMatch(MEETING, headline) && !/message|letter|축전|친서|贺电|口信/.test(headline)),
  };
}

export class ExchangeIndex {
  private readonly packed: PackedIndex;
  private readonly text: Uint8Array;
  private readonly decoder = new TextDecoder();
  /** Exchanges materialised so far (terms and phrases split), by position. */
  private readonly items: (IndexedEvent | undefined)[];
  /** Occasion → events, and exchange-specific term → events: for articles that give no date, built on first need. */
  private byOccasion: Map<Occasion, IndexedEvent[]> | null = null;
  private byTerm: Map<string, IndexedEvent[]> | null = null;

  constructor(packed: PackedIndex, text: Uint8Array) {
    if (!isPackedIndex(packed) || packed.textOffsets.at(-1) !== text.length) throw new Error('not a resolver index (format lips-and-teeth-resolver-index, version 2) with its text');
    this.packed = packed;
    this.text = text;
    this.items = new Array<IndexedEvent | undefined>(packed.ids.length);
  }

  /** An index over full dataset events (tests, scripts, exchanges a reader added). */
  static fromEvents(events: readonly ExchangeEvent[]): ExchangeIndex {
    const { index, text } = packIndex(indexRecords(events));
    return new ExchangeIndex(index, text);
  }

  get size(): number {
    return this.packed.ids.length;
  }

  private item(i: number): IndexedEvent {
    const cached = this.items[i];
    if (cached) return cached;
    const p = this.packed;
    const text = this.decoder.decode(this.text.subarray(p.textOffsets[i], p.textOffsets[i + 1]));
    const cut = text.indexOf(PART);
    const terms = split(cut < 0 ? text : text.slice(0, cut));
    const phrases = cut < 0 ? [] : split(text.slice(cut + 1));
    const ordinals = p.ordinals[i] ? p.ordinals[i]!.split(' ') : [];
    const event: IndexRecord = { id: p.ids[i]!, date: new Date(p.days[i]! * DAY_MS).toISOString().slice(0, 10), kind: p.kinds[i]!, direction: p.directions[i]!, occasion: p.occasions[i]!, terms, phrases, ordinals };
    return (this.items[i] = { event, day: p.days[i]!, terms, phrases, ordinals: new Set(ordinals) });
  }

  private undatedMaps(): { byOccasion: Map<Occasion, IndexedEvent[]>; byTerm: Map<string, IndexedEvent[]> } {
    if (!this.byOccasion || !this.byTerm) {
      const byOccasion = new Map<Occasion, IndexedEvent[]>();
      const byTerm = new Map<string, IndexedEvent[]>();
      for (let i = 0; i < this.size; i++) {
        const item = this.item(i);
        const list = byOccasion.get(item.event.occasion) ?? [];
        list.push(item);
        byOccasion.set(item.event.occasion, list);
        for (const term of item.terms) {
          const withTerm = byTerm.get(term) ?? [];
          withTerm.push(item);
          byTerm.set(term, withTerm);
        }
      }
      [this.byOccasion, this.byTerm] = [byOccasion, byTerm];
    }
    return { byOccasion: this.byOccasion, byTerm: this.byTerm };
  }

  /** Events reported in [from, to] (day numbers), by binary search on the sorted list. */
  private between(from: number, to: number): IndexedEvent[] {
    const days = this.packed.days;
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (days[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    const out: IndexedEvent[] = [];
    for (let i = lo; i < days.length && days[i]! <= to; i++) out.push(this.item(i));
    return out;
  }

  /** The newest exchanges reported on or before a date, for a `topic` article's "nearest earlier". */
  before(isoDate: string, count: number): string[] {
    const day = dayNumber(isoDate);
    let end = 0;
    while (end < this.packed.days.length && this.packed.days[end]! <= day) end++;
    return this.packed.ids.slice(Math.max(0, end - count), end).reverse();
  }

  private baseScore(item: IndexedEvent, cues: ArticleCues, topic: TopicSignals, published: number | null): number {
    const e = item.event;
    let score = published === null ? 0 : dateScore(published - item.day);

    const occasionHits = cues.occasions.get(e.occasion) ?? 0;
    if (occasionHits > 0) score += 1.5 + Math.min(occasionHits, 3) * 0.3;
    else if (cues.headlineOccasions.size > 0 && e.occasion !== 'other') score -= 1;

    let termHits = 0;
    for (const t of item.terms) if (cues.opening.includes(t)) termHits++;
    score += Math.min(termHits, 3) * 0.8;

    if (cues.ordinals.size > 0 && item.ordinals.size > 0) {
      score += [...item.ordinals].some((o) => cues.ordinals.has(o)) ? 2 : -1.5;
    }

    const isReply = e.kind === 'reply';
    if (isReply) score += cues.reply ? 1.5 : -0.5;
    else if (cues.reply && hasMatch(REPLY, cues.headline)) score -= 0.7;
    if (e.kind === 'meeting') score += cues.meeting ? 2 : -2;
    else if (cues.meeting) score -= 1;
    if (e.kind === 'verbal-message' && cues.verbal) score += 1.5;
    if (e.kind === 'congratulation' && cues.congratulation && !cues.reply) score += 1;
    if (e.kind === 'letter' && cues.letter) score += 1;
    if (e.kind === 'greeting-card' && cues.card) score += 1.5;
    if ((e.kind === 'condolence' || e.kind === 'sympathy') && cues.condolence) score += 1.5;
    if (e.kind === 'thanks' && cues.thanks) score += 1;

    if (topic.sender) {
      const wanted = topic.sender === 'xi' ? 'xi-to-kim' : 'kim-to-xi';
      if (e.direction === wanted) score += 1.5;
      else if (e.direction === 'both') score += 0.3;
      else score -= 1.5;
    }
    return score;
  }

  private phraseScore(item: IndexedEvent, cues: ArticleCues): number {
    let hits = 0;
    for (const p of item.phrases) if (cues.opening.includes(p) || cues.body.includes(p)) hits++;
    // A phrase the headline quotes is the story's own pick of what the exchange said.
    const quoted = cues.headlineQuotes.some((q) => item.phrases.some((p) => p.includes(q)));
    return Math.min(hits * 0.7, 3.5) + (quoted ? 1.5 : 0);
  }

  /** Without a date: exchanges of the occasions the article names, and those whose own terms it uses. */
  private undatedPool(cues: ArticleCues): IndexedEvent[] {
    const pool = new Set<IndexedEvent>();
    const { byOccasion, byTerm } = this.undatedMaps();
    for (const o of cues.occasions.keys()) for (const item of byOccasion.get(o) ?? []) pool.add(item);
    for (const [term, items] of byTerm) if (cues.opening.includes(term)) for (const item of items) pool.add(item);
    return [...pool];
  }

  resolve(article: ArticleFacts): Resolution {
    const topic = decideTopic(article);
    if (!topic.onTopic) return { status: 'none', candidates: [], topic };
    const cues = cuesOf(article, topic);
    const published = article.published ? dayNumber(article.published) : null;

    let pool: IndexedEvent[];
    if (published !== null) pool = this.between(published - WINDOW_BEFORE - WINDOW_AFTER, published + WINDOW_AFTER);
    else pool = this.undatedPool(cues);

    const scored = pool.map((item) => ({ item, score: this.baseScore(item, cues, topic, published) }));
    scored.sort((a, b) => b.score - a.score);
    // Phrase matching reads the body, so only the leading candidates pay for it.
    const top = scored.slice(0, 12);
    for (const s of top) s.score += this.phraseScore(s.item, cues);
    top.sort((a, b) => b.score - a.score);

    const candidates = top.slice(0, 5).map((s) => ({ id: s.item.event.id, score: Math.round(s.score * 100) / 100 }));
    const best = top[0];
    const second = top[1]?.score ?? -Infinity;
    const threshold = published === null ? MATCH_THRESHOLD + 0.5 : MATCH_THRESHOLD;
    if (best && best.score >= threshold && best.score - second >= MARGIN) {
      const margin = Number.isFinite(second) ? best.score - second : 4;
      const confidence = Math.max(0.05, Math.min(0.99, 0.45 + margin / 10 + (best.score - threshold) / 20));
      return { status: 'match', eventId: best.item.event.id, confidence: Math.round(confidence * 100) / 100, candidates, topic };
    }
    return { status: 'topic', confidence: Math.round(topic.strength * 100) / 100, candidates, topic };
  }
}
