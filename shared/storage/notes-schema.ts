/**
 * Notes: their shape, validation, and the export/import formats. Pure, so the same
 * rules hold in the background (which owns the database) and in the tests.
 */
export interface NoteArticle {
  url: string;
  title: string;
  outlet: string;
  date: string | null;
  /** The byline, when the page gave one (meta author, JSON-LD author, rel=author). */
  author?: string;
  /** The article's language, two letters ("en", "ko", "zh"), when known. */
  lang?: string;
}

/**
 * The text around a quote when it was taken, so the passage can be found again on a
 * changed page and linked to with a text fragment. Block boundaries are kept as "\n".
 */
export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** The quoted words occurred more than once on the page when they were taken. */
  repeated?: boolean;
}

/** What a note on an exchange is about, when it is one source (by URL) or one phrase (by its words). */
export type NoteTarget = { kind: 'source'; url: string } | { kind: 'phrase'; text: string };

export interface Note {
  id: string;
  eventId?: string;
  article?: NoteArticle;
  text: string;
  /** A passage the reader selected on the page. */
  quote?: string;
  quoteContext?: QuoteContext;
  target?: NoteTarget;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  /**
   * When the reader had the source in front of them: the time the note was first saved.
   * Citations give it as the access date. Notes from before it existed take their createdAt.
   */
  accessedAt: number;
}

/** What the UI sends to save: a new note has no id yet, and the background stamps the times. */
export type NoteInput = Omit<Note, 'id' | 'createdAt' | 'updatedAt' | 'accessedAt'> & { id?: string; accessedAt?: number };

export interface NoteQuery {
  eventId?: string;
  articleUrl?: string;
  text?: string;
  tag?: string;
  outlet?: string;
  /** When the note was written (createdAt), in ms. */
  writtenFrom?: number;
  writtenTo?: number;
  limit?: number;
}

export const EXPORT_FORMAT = 'lips-and-teeth-notes';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_TEXT = 100_000;

export interface NotesExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  notes: Note[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Tags are lowercase words; the reader types them with or without '#'. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/^#/, '').toLowerCase()).filter((t) => t.length > 0 && t.length <= 50))].slice(0, 20);
}

export function parseTagList(text: string): string[] {
  return normalizeTags(text.split(/[,\s]+/));
}

/** Checks an incoming note; returns the problem, or null when it is fine. */
export function noteProblem(v: unknown, requireStored: boolean): string | null {
  if (!isObj(v)) return 'a note must be an object';
  if (requireStored && !(str(v.id, 100) && v.id.length > 0)) return 'a note needs an id';
  if (!requireStored && v.id !== undefined && !str(v.id, 100)) return 'id must be a string';
  if (!str(v.text, MAX_TEXT)) return `text must be a string of at most ${MAX_TEXT} characters`;
  if (v.quote !== undefined && !str(v.quote, 10_000)) return 'quote must be a string of at most 10000 characters';
  if (v.quoteContext !== undefined && !(isObj(v.quoteContext) && str(v.quoteContext.prefix, 400) && str(v.quoteContext.suffix, 400) && (v.quoteContext.repeated === undefined || typeof v.quoteContext.repeated === 'boolean'))) {
    return 'quoteContext must have a prefix and a suffix of at most 400 characters';
  }
  if (v.target !== undefined && !isTarget(v.target)) return 'target must be a source URL or a phrase';
  if (v.target !== undefined && v.eventId === undefined) return 'a note on a source or phrase belongs to an exchange';
  if (v.eventId !== undefined && !str(v.eventId, 200)) return 'eventId must be a string';
  if (!Array.isArray(v.tags) || !v.tags.every((t) => str(t, 50))) return 'tags must be a list of short strings';
  if (v.article !== undefined) {
    const a = v.article;
    if (!isObj(a) || !str(a.url, 8192) || !/^https?:\/\//.test(a.url) || !str(a.title, 2000) || !str(a.outlet, 300) || !(a.date === null || str(a.date, 40))) {
      return 'article must have an http(s) url, a title, an outlet and a date (or null)';
    }
    if ((a.author !== undefined && !str(a.author, 500)) || (a.lang !== undefined && !str(a.lang, 20))) return 'article author and language must be short strings';
  }
  if (v.eventId === undefined && v.article === undefined) return 'a note belongs to an exchange or an article';
  if (requireStored && !(Number.isFinite(v.createdAt) && Number.isFinite(v.updatedAt))) return 'createdAt and updatedAt must be times';
  if (v.accessedAt !== undefined && !Number.isFinite(v.accessedAt)) return 'accessedAt must be a time';
  return null;
}

function isTarget(v: unknown): v is NoteTarget {
  if (!isObj(v)) return false;
  if (v.kind === 'source') return str(v.url, 8192) && /^https?:\/\//.test(v.url);
  return v.kind === 'phrase' && str(v.text, 2000) && v.text.length > 0;
}

/** A note as stored from this version on: notes of older exports take their creation time as access time. */
export const withAccessDate = (n: Omit<Note, 'accessedAt'> & { accessedAt?: number }): Note => ({ ...n, accessedAt: n.accessedAt ?? n.createdAt });

export type ImportResult = { ok: true; notes: Note[] } | { ok: false; error: string };

/** Said by the notes page before reading a file (past 64 MiB it could not even be sent) and by parseExport. */
export const tooLargeMessage = (size: number) =>
  `The file is too large (${Math.ceil(size / 1048576)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB).`;

/** Reads an export file. A bad file is refused whole, with a message naming the problem. */
export function parseExport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: tooLargeMessage(text.length) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON (it may be truncated): ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!isObj(data) || data.format !== EXPORT_FORMAT) return { ok: false, error: 'This is not a Lips & Teeth notes export (the "format" field is missing or different).' };
  if (data.version !== EXPORT_VERSION) return { ok: false, error: `This export has version ${String(data.version)}; this version of Lips & Teeth reads version ${EXPORT_VERSION}.` };
  if (!Array.isArray(data.notes)) return { ok: false, error: 'The export has no "notes" list.' };
  for (const [i, n] of data.notes.entries()) {
    const problem = noteProblem(n, true);
    if (problem) return { ok: false, error: `Note ${i + 1} is invalid: ${problem}. Nothing was imported.` };
  }
  const notes = (data.notes as Note[]).map((n) => withAccessDate({ ...n, tags: normalizeTags(n.tags) }));
  return { ok: true, notes };
}

export function toExport(notes: readonly Note[], now = new Date()): NotesExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), notes: [...notes] };
}

/** Does a note match a query? Used by the database's filtered scans and by the tests. */
export function matchesQuery(n: Note, q: NoteQuery): boolean {
  if (q.eventId && n.eventId !== q.eventId) return false;
  if (q.articleUrl && n.article?.url !== q.articleUrl) return false;
  if (q.tag && !n.tags.includes(q.tag)) return false;
  if (q.outlet && n.article?.outlet !== q.outlet) return false;
  if (q.writtenFrom !== undefined && n.createdAt < q.writtenFrom) return false;
  if (q.writtenTo !== undefined && n.createdAt > q.writtenTo) return false;
  if (q.text) {
    const needle = q.text.toLowerCase();
    const hay = `${n.text}\n${n.quote ?? ''}\n${n.tags.join(' ')}\n${n.article?.title ?? ''}\n${n.article?.outlet ?? ''}\n${n.article?.author ?? ''}\n${n.target?.kind === 'phrase' ? n.target.text : ''}`.toLowerCase();
    if (!needle.split(/\s+/).filter(Boolean).every((w) => hay.includes(w))) return false;
  }
  return true;
}
