/**
 * The resolver's index of the dataset: what it scores each exchange on, normalised once
 * (`indexRecords`), and the packed form the build ships and a worker loads (`PackedIndex`).
 */
import type { ExchangeEvent, Occasion } from '../dataset/schema';
import { loose, ordinalsIn } from './cues';
import { normalize } from './text';
import { TITLES } from './vocabulary';

/** What the resolver knows of one exchange: everything it scores on, already normalised. */
export interface IndexRecord {
  id: string;
  date: string;
  /** When it was sent, if the dataset knows and it differs from `date`. */
  sentDate?: string;
  kind: ExchangeEvent['kind'];
  direction: ExchangeEvent['direction'];
  occasion: Occasion;
  terms: string[];
  /** How much each term says about this exchange: 1 for a term only it has, less for one many share. */
  termWeights: number[];
  /** Quoted phrases in loose form (letters and digits only). */
  phrases: string[];
  /** Headlines and titles of its sources that no other exchange shares, in loose form. */
  headlines: string[];
  ordinals: string[];
}

/** The resolver's view of each exchange: normalised terms, quoted phrases, anniversary ordinals and congress numbers. */
export function indexRecords(events: readonly ExchangeEvent[]): IndexRecord[] {
  const termsOf = (event: ExchangeEvent) => [...new Set([...event.terms.en, ...event.terms.ko, ...event.terms.zh].map(normalize).filter((t) => t.length >= 2 && !TITLE_SET.has(t)))];
  const df = new Map<string, number>();
  for (const event of events) for (const t of termsOf(event)) df.set(t, (df.get(t) ?? 0) + 1);
  // A state-media formula ("Kim Jong Un Sends Reply Message to President Xi Jinping") heads many
  // exchanges' readouts; a headline only one exchange carries is a syndicated copy's best clue.
  const headlinesOf = (event: ExchangeEvent) => [...new Set([...event.readouts.map((r) => r.title), ...event.coverage.map((c) => c.headline)].map((h) => loose(normalize(h))).filter((h) => h.length >= 15))];
  const headlineDf = new Map<string, number>();
  for (const event of events) for (const h of headlinesOf(event)) headlineDf.set(h, (headlineDf.get(h) ?? 0) + 1);
  return events.map((event) => {
    const terms = termsOf(event);
    const ordinals = ordinalsIn(normalize([event.occasionDetail.en ?? '', ...event.terms.en, ...event.terms.ko, ...event.terms.zh].join(' ')));
    if (event.anniversary) ordinals.add(String(event.anniversary));
    return {
      id: event.id,
      date: event.date,
      ...(event.sentDate && event.sentDate !== event.date ? { sentDate: event.sentDate } : {}),
      kind: event.kind,
      direction: event.direction,
      occasion: event.occasion,
      terms,
      // A term two exchanges share still points at them; one a dozen share (답전, 9·9절) says little.
      termWeights: terms.map((t) => Math.round((1 / Math.sqrt(df.get(t) ?? 1)) * 100) / 100),
      phrases: [...event.readouts, ...event.coverage].flatMap((s) => s.phrases.map((p) => loose(normalize(p.text)))).filter((p, i, all) => p.length >= 6 && all.indexOf(p) === i),
      headlines: headlinesOf(event).filter((h) => headlineDf.get(h) === 1),
      ordinals: [...ordinals],
    };
  });
}

/**
 * The index as shipped, computed at build time so a freshly started worker neither
 * normalises the dataset nor sorts it. data/resolver-index.json holds one column per
 * field, the exchanges sorted by report day; data/resolver-terms.txt holds each
 * exchange's terms, phrases, term weights and headlines as UTF-8 (terms, TAB, phrases, TAB,
 * weights, TAB, headlines; lists newline-separated, weights space-separated) at the byte offsets in
 * `textOffsets`. The worker keeps that file as bytes and decodes an exchange's part only
 * when an article's dates or content make it a candidate: at 10,000 exchanges, decoding
 * and parsing all the text (5 MB) cost 45–70 ms, most of a cold start, for the few dozen
 * exchanges one article is compared with.
 */
export interface PackedIndex {
  format: 'lips-and-teeth-resolver-index';
  version: 3;
  ids: string[];
  /** Report date as days since 1970-01-01 (UTC), ascending. */
  days: number[];
  /** Sending date as days since 1970-01-01, or -1 when it is the report date or unknown. */
  sent: number[];
  kinds: ExchangeEvent['kind'][];
  directions: ExchangeEvent['direction'][];
  occasions: Occasion[];
  /** Anniversary ordinals and congress numbers, space-separated ('' for none). */
  ordinals: string[];
  /** Exchange i's terms and phrases are bytes textOffsets[i] to textOffsets[i + 1] of the text file. */
  textOffsets: number[];
}

/** Terms and phrases never hold tabs or newlines: normalize() folds all whitespace to spaces. */
export const LIST = '\n';
export const PART = '\t';
const TITLE_SET = new Set(TITLES);

export function packIndex(records: readonly IndexRecord[]): { index: PackedIndex; text: Uint8Array } {
  const sorted = records.map((r) => ({ r, day: dayNumber(r.date) })).sort((a, b) => a.day - b.day);
  const encoder = new TextEncoder();
  const parts = sorted.map((x) => encoder.encode([x.r.terms.join(LIST), x.r.phrases.join(LIST), x.r.termWeights.join(' '), x.r.headlines.join(LIST)].join(PART)));
  const textOffsets = [0];
  for (const part of parts) textOffsets.push(textOffsets.at(-1)! + part.length);
  const text = new Uint8Array(textOffsets.at(-1)!);
  parts.forEach((part, i) => text.set(part, textOffsets[i]));
  return {
    index: {
      format: 'lips-and-teeth-resolver-index',
      version: 3,
      ids: sorted.map((x) => x.r.id),
      days: sorted.map((x) => x.day),
      sent: sorted.map((x) => (x.r.sentDate ? dayNumber(x.r.sentDate) : -1)),
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
    typeof p === 'object' && p !== null && p.format === 'lips-and-teeth-resolver-index' && p.version === 3 && n >= 0 &&
    [p.days, p.sent, p.kinds, p.directions, p.occasions, p.ordinals].every((column) => Array.isArray(column) && column.length === n) &&
    Array.isArray(p.textOffsets) && p.textOffsets.length === n + 1
  );
}

/** A newline-separated list from the terms file. */
export const split = (list: string): string[] => (list ? list.split(LIST) : []);

const DAY_MS = 86_400_000;
export const dayNumber = (isoDate: string): number => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
