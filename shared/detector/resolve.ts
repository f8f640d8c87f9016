/**
 * Resolution: which exchange in the dataset an on-topic article reports. Pure; the
 * background loads the index precomputed at build time (PackedIndex) and calls `resolve`
 * per candidate page.
 *
 * Evidence, strongest first: the dates the page gives (its own date against the exchange's
 * report date; a dateline or a date in the reporting sentence against the report or
 * sending date), the occasion (anniversary ordinals, congress numbers, occasion words, the
 * exchange's own terms), the kind (reply, verbal message, card, condolence, meeting) and
 * direction (who wrote), and the exact phrases that state media and outlets quoted. A date
 * is evidence, not a filter: an exchange the content singles out is weighed even when the
 * page's date (a scraper's stamp, a magazine issue) is far from it. certainty.ts turns the
 * scores into a clear match, a probable one with its rivals, or a topic.
 */
import type { ArticleFacts } from './article';
import type { ExchangeEvent, Occasion } from '../dataset/schema';
import { certainty, type CertaintyContext, type Level } from './certainty';
import { cuesOf, type ArticleCues } from './cues';
import { dayNumber, indexRecords, isPackedIndex, packIndex, PART, split, type IndexRecord, type PackedIndex } from './packed-index';
import { hasMatch } from './text';
import { decideTopic, type TopicSignals } from './topic';
import { REPLY } from './vocabulary';

export { dayNumber, indexRecords, isPackedIndex, packIndex, type IndexRecord, type PackedIndex };

export interface Resolution {
  status: 'match' | 'topic' | 'none';
  eventId?: string;
  confidence?: number;
  /** For a match: clear (one exchange) or probable (close rivals remain, listed in `rivals`). */
  level?: Level;
  /** A probable match's two or three close candidates, the leading one first, with their confidence. */
  rivals?: { eventId: string; confidence: number }[];
  /** Best candidates with scores, for evaluation and debugging. */
  candidates: { id: string; score: number }[];
  /** What the certainty was decided on besides the scores (scripts/calibrate.ts refits on it). */
  context?: CertaintyContext;
  topic: TopicSignals;
}

interface IndexedEvent {
  event: IndexRecord;
  day: number;
  sent: number | null;
  terms: string[];
  termWeights: number[];
  phrases: string[];
  headlines: string[];
  ordinals: Set<string>;
}

const DAY_MS = 86_400_000;
const mmdd = (day: number): string => new Date(day * DAY_MS).toISOString().slice(5, 10);
const dayOfMonth = (day: number): number => new Date(day * DAY_MS).getUTCDate();
const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

const WINDOW_BEFORE = 60; // an analysis piece may come weeks after the report
const WINDOW_AFTER = 3; // time zones, and outlets that report a day before the agency

/** How well the page's own date fits a report date `delta` days earlier. */
function dateScore(delta: number): number {
  // Most stories appear the day of the report or the next; a few days later is less likely.
  if (delta >= -1 && delta <= 1) return 4;
  if (delta >= 2 && delta <= 3) return 3.5;
  if (delta >= -WINDOW_AFTER && delta <= 7) return 2.5;
  if (delta < -WINDOW_AFTER) return -4; // a page cannot report an exchange made public after it
  if (delta <= 21) return 1.2;
  if (delta <= WINDOW_BEFORE + WINDOW_AFTER) return 0.4;
  // Months or years later: a retrospective, a reprint, or a date that is not the story's.
  return delta <= 400 ? -0.5 : -1.5;
}

/** Every date cue weighed against one exchange: the best agreement counts. */
function dateEvidence(item: IndexedEvent, cues: ArticleCues): { score: number; agrees: boolean } {
  const d = cues.dates;
  const near = (x: number) => Math.abs(x - item.day) <= 1 || (item.sent !== null && Math.abs(x - item.sent) <= 1);
  let score = d.published === null ? 0 : dateScore(d.published - item.day);
  let agrees = d.published !== null && d.published - item.day >= -WINDOW_AFTER && d.published - item.day <= 21;
  if (d.exact.some(near)) {
    // The story's own date for its report ("…보냈다고 26일 보도했다") outweighs the page's stamp.
    score = Math.max(score, 4) + 0.75;
    agrees = true;
  } else if (d.published === null) {
    const days = [item.day, ...(item.sent !== null ? [item.sent] : [])];
    if (d.monthDays.length > 0 && days.some((x) => d.monthDays.includes(mmdd(x)))) score = Math.max(score, 2.5);
    else if (d.days.length > 0 && days.some((x) => d.days.includes(dayOfMonth(x)))) score += 0.6;
    if (d.latestYear !== null && yearOf(item.day) < d.latestYear) score -= 2;
  }
  return { score, agrees };
}

export class ExchangeIndex {
  private readonly packed: PackedIndex;
  private readonly text: Uint8Array;
  private readonly decoder = new TextDecoder();
  /** Exchanges materialised so far (terms and phrases split), by position. */
  private readonly items: (IndexedEvent | undefined)[];
  /** Occasion → events and exchange-specific term → events, for undated articles: built on first need (it decodes every exchange). */
  private maps: { byOccasion: Map<Occasion, IndexedEvent[]>; byTerm: Map<string, IndexedEvent[]> } | null = null;
  /** Ordinal → positions, from a column: content-led candidates without decoding any text. */
  private byOrdinal: Map<string, number[]> | null = null;
  readonly latestYear: number;

  constructor(packed: PackedIndex, text: Uint8Array) {
    if (!isPackedIndex(packed) || packed.textOffsets.at(-1) !== text.length) throw new Error('not a resolver index (format lips-and-teeth-resolver-index, version 3) with its text');
    this.packed = packed;
    this.text = text;
    this.items = new Array<IndexedEvent | undefined>(packed.ids.length);
    this.latestYear = packed.days.length ? yearOf(packed.days.at(-1)!) : 1970;
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
    const [termText = '', phraseText = '', weightText = '', headlineText = ''] = this.decoder.decode(this.text.subarray(p.textOffsets[i], p.textOffsets[i + 1])).split(PART);
    const terms = split(termText);
    const phrases = split(phraseText);
    const headlines = split(headlineText);
    const termWeights = weightText ? weightText.split(' ').map(Number) : terms.map(() => 1);
    const ordinals = p.ordinals[i] ? p.ordinals[i]!.split(' ') : [];
    const sent = p.sent[i]! >= 0 ? p.sent[i]! : null;
    const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
    const event: IndexRecord = { id: p.ids[i]!, date: iso(p.days[i]!), ...(sent !== null ? { sentDate: iso(sent) } : {}), kind: p.kinds[i]!, direction: p.directions[i]!, occasion: p.occasions[i]!, terms, termWeights, phrases, headlines, ordinals };
    return (this.items[i] = { event, day: p.days[i]!, sent, terms, termWeights, phrases, headlines, ordinals: new Set(ordinals) });
  }

  private contentMaps(): NonNullable<ExchangeIndex['maps']> {
    if (!this.maps) {
      const byOccasion = new Map<Occasion, IndexedEvent[]>();
      const byTerm = new Map<string, IndexedEvent[]>();
      for (let i = 0; i < this.size; i++) {
        const item = this.item(i);
        const sameOccasion = byOccasion.get(item.event.occasion);
        if (sameOccasion) sameOccasion.push(item);
        else byOccasion.set(item.event.occasion, [item]);
        for (const term of item.terms) {
          const withTerm = byTerm.get(term);
          if (withTerm) withTerm.push(item);
          else byTerm.set(term, [item]);
        }
      }
      this.maps = { byOccasion, byTerm };
    }
    return this.maps;
  }

  private ordinalMap(): Map<string, number[]> {
    if (!this.byOrdinal) {
      const byOrdinal = new Map<string, number[]>();
      this.packed.ordinals.forEach((list, i) => {
        for (const o of list ? list.split(' ') : []) {
          const positions = byOrdinal.get(o);
          if (positions) positions.push(i);
          else byOrdinal.set(o, [i]);
        }
      });
      this.byOrdinal = byOrdinal;
    }
    return this.byOrdinal;
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

  private baseScore(item: IndexedEvent, cues: ArticleCues): number {
    const e = item.event;
    let score = dateEvidence(item, cues).score;

    const occasionHits = cues.occasions.get(e.occasion) ?? 0;
    if (occasionHits > 0) score += 1.5 + Math.min(occasionHits, 3) * 0.3;
    else if (cues.headlineOccasions.size > 0 && e.occasion !== 'other') score -= 1;

    let termHits = 0;
    item.terms.forEach((t, i) => cues.opening.includes(t) && (termHits += item.termWeights[i] ?? 1));
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

    if (cues.sender && e.kind !== 'meeting') {
      const wanted = cues.sender === 'xi' ? 'xi-to-kim' : cues.sender === 'kim' ? 'kim-to-xi' : 'both';
      if (e.direction === wanted) score += 1.5;
      else if (e.direction === 'both' || wanted === 'both') score += 0.3;
      else score -= 1.5;
    }
    return score;
  }

  private phraseScore(item: IndexedEvent, cues: ArticleCues): number {
    let hits = 0;
    for (const p of item.phrases) if (cues.looseText.includes(p)) hits++;
    // A phrase the headline quotes is the story's own pick of what the exchange said.
    const quoted = cues.headlineQuotes.some((q) => item.phrases.some((p) => p.includes(q)));
    // A copy under the headline an outlet or agency gave this very exchange.
    const h = cues.looseHeadline;
    const sameHeadline = h.length >= 15 && item.headlines.some((x) => x === h || (Math.min(x.length, h.length) >= 20 && (x.includes(h) || h.includes(x))));
    return Math.min(hits * 0.7, 3.5) + (quoted ? 1.5 : 0) + (sameHeadline ? 3 : 0);
  }

  /**
   * Content that points at this exchange rather than at its kind or occasion: a matching
   * ordinal or congress number, a phrase or headline the dataset holds for it, or a term
   * at most two exchanges share (an envoy's name, a place, a disaster).
   */
  private singledOut(item: IndexedEvent, cues: ArticleCues): boolean {
    if ([...item.ordinals].some((o) => cues.ordinals.has(o))) return true;
    if (item.terms.some((t, i) => (item.termWeights[i] ?? 1) >= 0.7 && cues.opening.includes(t))) return true;
    return this.phraseScore(item, cues) > 0;
  }

  /**
   * The exchanges to weigh: those in the window the page's date allows, around each date the
   * story gives, and those its content names: an anniversary ordinal or congress number
   * (read from a column, so a dated article decodes only its candidates), and on a page
   * without a date an exchange's own term or the occasion.
   */
  private pool(cues: ArticleCues): IndexedEvent[] {
    const pool = new Set<IndexedEvent>();
    const { published, exact } = cues.dates;
    if (published !== null) for (const item of this.between(published - WINDOW_BEFORE - WINDOW_AFTER, published + WINDOW_AFTER)) pool.add(item);
    for (const day of exact) for (const item of this.between(day - WINDOW_AFTER, day + WINDOW_AFTER)) pool.add(item);
    // An ordinal with its occasion ("80th" and the Workers' Party) names an exchange whatever the page's date
    // says; looked up only when no exchange the dates allow carries it, so a well-dated page stays cheap.
    const dateFits = [...pool].some((item) => [...item.ordinals].some((o) => cues.ordinals.has(o)));
    if (!dateFits) {
      const byOrdinal = this.ordinalMap();
      const occasions = this.packed.occasions;
      for (const o of cues.ordinals) for (const i of byOrdinal.get(o) ?? []) if (cues.occasions.has(occasions[i]!)) pool.add(this.item(i));
    }
    if (published === null && exact.length === 0) {
      const { byOccasion, byTerm } = this.contentMaps();
      for (const [term, items] of byTerm) if (cues.opening.includes(term)) for (const item of items) pool.add(item);
      for (const o of cues.occasions.keys()) for (const item of byOccasion.get(o) ?? []) pool.add(item);
    }
    return [...pool];
  }

  resolve(article: ArticleFacts): Resolution {
    const topic = decideTopic(article);
    if (!topic.onTopic) return { status: 'none', candidates: [], topic };
    const cues = cuesOf(article, topic, this.latestYear);

    const scored = this.pool(cues).map((item) => ({ item, score: this.baseScore(item, cues) }));
    scored.sort((a, b) => b.score - a.score);
    // Phrase matching reads the body, so only the leading candidates pay for it.
    const top = scored.slice(0, 12);
    for (const s of top) s.score += this.phraseScore(s.item, cues);
    top.sort((a, b) => b.score - a.score);

    const candidates = top.slice(0, 5).map((s) => ({ id: s.item.event.id, score: Math.round(s.score * 100) / 100 }));
    const best = top[0];
    const context: CertaintyContext = {
      dated: cues.dates.published !== null || cues.dates.exact.length > 0,
      dateAgrees: best ? dateEvidence(best.item, cues).agrees : false,
      singledOut: best ? this.singledOut(best.item, cues) : false,
    };
    const verdict = certainty(candidates, context);
    if (best && verdict.level) {
      return { status: 'match', eventId: best.item.event.id, confidence: verdict.confidence, level: verdict.level, ...(verdict.level === 'probable' ? { rivals: verdict.rivals } : {}), candidates, context, topic };
    }
    return { status: 'topic', confidence: Math.round(topic.strength * 100) / 100, candidates, context, topic };
  }
}
