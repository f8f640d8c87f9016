/**
 * The message protocol between the extension's contexts, declared once by direction.
 * Every message is validated at the receiving boundary with `parse*` below; a message
 * that does not parse is ignored (no answer, so other listeners are not pre-empted).
 */
import type { ArticleFacts, PageFacts } from './detector/article';
import type { DateClue, DateSource } from './detector/page-date';
import type { LibraryToBackground } from './library/library-messages';

/** A rival exchange the article may report, with the resolver's confidence in it. */
export interface Candidate {
  eventId: string;
  confidence: number;
}

/**
 * The per-tab detection result kept in `storage.session` under `tab:<tabId>`. Stable contract:
 * a clear match is `status: "match"`, `level: "clear"`; a probable one is `status: "match"`,
 * `level: "probable"`, `eventId` the leading candidate, `candidates` the close rivals.
 */
export interface TabState {
  url: string;
  status: 'match' | 'topic' | 'none';
  eventId?: string;
  confidence?: number;
  level?: 'clear' | 'probable';
  candidates?: Candidate[];
}

/** content scripts → background: the gate (content.js) says `candidate`; the extractor (extract.js) the rest */
export type ContentToBackground =
  | { type: 'content/candidate' }
  | { type: 'content/detected'; page: PageFacts }
  | { type: 'content/cleared'; url: string }
  | { type: 'content/load-ui' };

/** background → the extractor (extract.js); `navigated`: the tab's URL or title changed without a page load */
export type BackgroundToContent =
  | { type: 'content/toggle-sidebar' }
  | { type: 'content/navigated' }
  | { type: 'content/close-sidebar' }
  | { type: 'content/get-selection' }
  | { type: 'content/switch-side' };

/** sidebar → background: about the tab the sidebar is in */
export type SidebarToBackground =
  | { type: 'sidebar/get-tab' }
  | { type: 'sidebar/close' }
  | { type: 'sidebar/get-selection' }
  | { type: 'sidebar/switch-side' }
  /** The reader's choice among probable exchanges, remembered for the page. */
  | { type: 'sidebar/pick-event'; eventId: string }
  | { type: 'notes/open-page' }
  /** Opens the exchange explorer in a tab, at `hash` (an explorer route such as "#/search?q=…"). */
  | { type: 'explorer/open'; hash?: string };

/** sidebar or notes page → background: the notes database (validated in background/notes-handlers.ts) */
export type NotesToBackground =
  | { type: 'notes/list'; query: import('./storage/notes-schema').NoteQuery }
  | { type: 'notes/for'; eventId?: string; articleUrl?: string }
  | { type: 'notes/save'; note: import('./storage/notes-schema').NoteInput }
  | { type: 'notes/delete'; id: string }
  | { type: 'notes/delete-many'; ids: string[] }
  | { type: 'notes/restore'; note: import('./storage/notes-schema').Note }
  | { type: 'notes/restore-many'; notes: import('./storage/notes-schema').Note[] }
  | { type: 'notes/rename-tag'; from: string; to: string }
  | { type: 'notes/import'; text: string }
  | { type: 'notes/draft-save'; key: string; text: string }
  | { type: 'notes/draft-read'; key: string }
  | { type: 'notes/status' }
  /** The ids of the exchanges that have at least one note (the explorer's "with my notes" filter). */
  | { type: 'notes/event-ids' };

/**
 * sidebar → background: quotes on the page of the sidebar's tab (background/highlights.ts).
 * `capture-quote` describes the selection (or the given words) with the text around it;
 * `anchors` highlights the tab's quoted passages again and says which are gone.
 */
export type HighlightToBackground =
  | { type: 'sidebar/capture-quote'; quote?: string }
  | { type: 'sidebar/page-author' }
  | { type: 'notes/anchors' };

/** A quote as taken on the page: its words and the text just before and after them. */
export interface CapturedQuote {
  quote: string;
  prefix: string;
  suffix: string;
  repeated: boolean;
}

/** What `notes/anchors` answers: ids of the tab's quote notes found again on the page, and of those not. */
export interface AnchorReport {
  url: string;
  found: string[];
  missing: string[];
}

export type PageToBackground = SidebarToBackground | NotesToBackground | HighlightToBackground | LibraryToBackground;

/** What `sidebar/get-tab` answers. */
export interface SidebarTabInfo {
  state: TabState | null;
  article: ArticleFacts | null;
  /** Text the reader chose "Quote in a Lips & Teeth note" for, waiting to be used. */
  quote?: string;
  /** The exchange the reader picked for this page when we were not sure (`sidebar/pick-event`). */
  pick?: string;
}

/** An exchange id as the dataset writes them (`YYYY-MM-DD-slug`), or an old alias of one. */
export const isEventId = (v: unknown): v is string => typeof v === 'string' && v.length <= 200 && /^[a-z0-9][a-z0-9-]*$/.test(v);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max = 2_000_000): v is string => typeof v === 'string' && v.length <= max;

export function isTabState(v: unknown): v is TabState {
  return (
    isObject(v) &&
    isString(v.url, 8192) &&
    (v.status === 'match' || v.status === 'topic' || v.status === 'none') &&
    (v.eventId === undefined || isString(v.eventId, 200)) &&
    (v.confidence === undefined || isConfidence(v.confidence)) &&
    (v.level === undefined || v.level === 'clear' || v.level === 'probable') &&
    (v.candidates === undefined || (Array.isArray(v.candidates) && v.candidates.length <= 10 && v.candidates.every(isCandidate)))
  );
}

export function isCapturedQuote(v: unknown): v is CapturedQuote {
  return isObject(v) && isString(v.quote, 10_000) && v.quote.length > 0 && isString(v.prefix, 400) && isString(v.suffix, 400) && typeof v.repeated === 'boolean';
}

const isConfidence = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
const isCandidate = (v: unknown): v is Candidate => isObject(v) && isString(v.eventId, 200) && isConfidence(v.confidence);

const isStringList = (v: unknown, items: number, max: number): v is string[] => Array.isArray(v) && v.length <= items && v.every((s) => isString(s, max));
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function isPageFacts(v: unknown): v is PageFacts {
  return (
    isObject(v) &&
    isString(v.url, 8192) &&
    /^https?:\/\//.test(v.url) &&
    isStringList(v.headlines, 20, 5000) &&
    Array.isArray(v.dates) && v.dates.length <= 20 && v.dates.every(isDateClue) &&
    isStringList(v.ldTypes, 50, 100) &&
    isString(v.lang, 50) &&
    isString(v.outlet, 500) &&
    isString(v.lead, 20_000) &&
    isString(v.text, 400_000) &&
    isString(v.ogType, 100) &&
    isCount(v.teasers) &&
    isCount(v.headingLinks) &&
    isCount(v.h1s)
  );
}

const DATE_CLUE_SOURCES: readonly unknown[] = ['jsonld', 'meta', 'time', 'byline', 'dateline'] satisfies DateClue['source'][];
const DATE_SOURCES: readonly unknown[] = ['jsonld', 'meta', 'time', 'byline', 'dateline', 'url', 'text'] satisfies DateSource[];
const isDateClue = (v: unknown): v is DateClue => isObject(v) && DATE_CLUE_SOURCES.includes(v.source) && isString(v.text, 200);

export function isArticleFacts(v: unknown): v is ArticleFacts {
  return (
    isObject(v) &&
    isString(v.url, 8192) &&
    /^https?:\/\//.test(v.url) &&
    isString(v.headline, 2000) &&
    isString(v.text, 400_000) &&
    isString(v.lead, 20_000) &&
    isString(v.lang, 20) &&
    isString(v.outlet, 300) &&
    (v.published === null || (isString(v.published, 40) && /^\d{4}-\d{2}-\d{2}$/.test(v.published))) &&
    (v.dateSource === undefined || v.dateSource === null || DATE_SOURCES.includes(v.dateSource)) &&
    (v.dateInferred === undefined || typeof v.dateInferred === 'boolean') &&
    (v.storyDates === undefined || (Array.isArray(v.storyDates) && v.storyDates.length <= 8 && v.storyDates.every((d) => isString(d, 10) && /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(d))))
  );
}

/** Validates a message that claims to come from a content script. */
export function parseContentMessage(v: unknown): ContentToBackground | null {
  if (!isObject(v)) return null;
  if (v.type === 'content/detected' && isPageFacts(v.page)) return { type: v.type, page: v.page };
  if (v.type === 'content/cleared' && isString(v.url, 8192)) return { type: v.type, url: v.url };
  if (v.type === 'content/load-ui' || v.type === 'content/candidate') return { type: v.type };
  return null;
}

/** Validates a message that claims to come from the background. */
export function parseBackgroundMessage(v: unknown): BackgroundToContent | null {
  if (!isObject(v)) return null;
  if (v.type === 'content/toggle-sidebar' || v.type === 'content/navigated' || v.type === 'content/close-sidebar' || v.type === 'content/get-selection' || v.type === 'content/switch-side') {
    return { type: v.type };
  }
  return null;
}
