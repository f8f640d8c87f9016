/**
 * The reader's library: exchanges a reader added and wording they kept from what they read,
 * as the background stores them (shared/storage/library-db.ts). Exchanges and sources are in
 * the dataset's own schema (shared/dataset/schema.ts), so the same validator checks them and
 * a dataset pack carries them unchanged.
 */
import { READER_ID_PREFIX, type Coverage, type Direction, type ExchangeEvent, type Kind, type Localized, type Occasion } from '../dataset/schema';

/** An exchange the reader added: the event itself (`origin: 'reader'`) and when it was written. */
export interface LibraryExchange {
  /** The event's id (`user-YYYY-MM-DD-<random>`), the store's key. */
  id: string;
  event: ExchangeEvent;
  createdAt: number;
  updatedAt: number;
  /**
   * Set when a release bundled the same exchange: the bundled id it now follows. The record is
   * kept (nothing the reader wrote is lost) but no longer shown as an exchange of its own.
   */
  linkedTo?: string;
  linkedAt?: number;
}

/** Wording kept from one article the reader read, for an exchange (bundled or added). */
export interface CapturedSource {
  id: string;
  eventId: string;
  /** The article as an outlet's story, `origin: 'reader'`. */
  coverage: Coverage;
  capturedAt: number;
  /** Kept by the automatic setting rather than by the button. */
  auto: boolean;
  /** The reader's own exchange it was kept for, before a release linked that one to `eventId`. */
  formerEventId?: string;
}

export interface LibrarySettings {
  /** Keep the wording of every article that resolves to an exchange, without asking. Off until the reader turns it on. */
  autoCapture: boolean;
}

export const DEFAULT_SETTINGS: LibrarySettings = { autoCapture: false };

/** Everything the pages need to merge the reader's records into the bundled one. */
export interface LibrarySnapshot {
  exchanges: LibraryExchange[];
  sources: CapturedSource[];
  settings: LibrarySettings;
  /** How much wording is kept: sources and their size as stored (UTF-16 characters of JSON, about bytes for Latin text). */
  usage: { exchanges: number; sources: number; sourceChars: number };
}

/** What the form sends: a new exchange has no id and brings the article as its first source. */
export interface ExchangeInput {
  id?: string;
  date: string;
  sentDate?: string;
  kind: Kind;
  direction: Direction;
  occasion: Occasion;
  anniversary?: number;
  /** The occasion in words, in the reader's language (the form builds it from occasion and ordinal). */
  occasionDetail: Localized;
  /** What makes this exchange this one, in a few words (may be empty: the occasion in words stands in). */
  title?: Localized;
  /** The reader's own words. */
  summary: Localized;
  source?: Coverage;
}

const RANDOM_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Eight random characters from a-z0-9 (41 bits): two readers' packs will not collide either. */
export function randomPart(length = 8): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return [...bytes].map((b) => RANDOM_ALPHABET[b % RANDOM_ALPHABET.length]).join('');
}

/** `user-YYYY-MM-DD-<random>`: never a bundled id, which always starts with a date. */
export const newReaderId = (date: string, random = randomPart()): string => `${READER_ID_PREFIX}${date}-${random}`;

export const isReaderId = (id: string): boolean => id.startsWith(READER_ID_PREFIX);

/** The event a form input describes; an edit keeps the id, sources, terms and links of the one it changes. */
export function eventFromInput(input: ExchangeInput, existing?: ExchangeEvent, random?: string): ExchangeEvent {
  const event: ExchangeEvent = {
    id: existing?.id ?? newReaderId(input.date, random),
    origin: 'reader',
    date: input.date,
    kind: input.kind,
    direction: input.direction,
    occasion: input.occasion,
    title: input.title ?? existing?.title ?? {},
    occasionDetail: input.occasionDetail,
    summary: input.summary,
    terms: existing?.terms ?? { en: [], ko: [], zh: [] },
    readouts: existing?.readouts ?? [],
    coverage: existing?.coverage ?? (input.source ? [{ ...input.source, origin: 'reader' }] : []),
  };
  if (input.sentDate && input.sentDate !== input.date) event.sentDate = input.sentDate;
  if (input.anniversary) event.anniversary = input.anniversary;
  if (existing?.repliesTo) event.repliesTo = existing.repliesTo;
  if (existing?.related) event.related = existing.related;
  return event;
}
