/** Notes requests from the sidebar and the notes page, each checked before it reaches the database. */
import type { NotesToBackground } from '../../shared/messages';
import { noteProblem, parseExport, type Note, type NoteInput, type NoteQuery } from '../../shared/storage/notes-schema';
import { countNotes, deleteNote, deleteNotes, importNotes, listNotes, notedEventIds, notesFor, readDraft, renameTag, restoreNote, restoreNotes, saveDraft, saveNote } from '../../shared/storage/notes-db';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optStr = (v: unknown) => v === undefined || (typeof v === 'string' && v.length <= 8192);
const optNum = (v: unknown) => v === undefined || Number.isFinite(v);

function parseQuery(v: unknown): NoteQuery | null {
  if (!isObj(v)) return null;
  if (![v.eventId, v.articleUrl, v.text, v.tag, v.outlet].every(optStr) || ![v.writtenFrom, v.writtenTo, v.limit].every(optNum)) return null;
  return v as NoteQuery;
}

/** Turns storage failures into words the reader can act on, instead of swallowing them. */
export function storageErrorMessage(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  const text = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(text)) return 'Your disk or browser storage is full, so the note could not be saved. Free some space; what you typed is kept in the editor.';
  if (/denied|security|private|not allowed|mutation/i.test(text) || name === 'InvalidStateError' || name === 'SecurityError') {
    return 'The browser refused to store notes (private browsing, or Firefox set to never remember history). Notes cannot be kept in this mode; export what you need.';
  }
  return `Notes storage failed: ${text}`;
}

type Result = { ok: true; [key: string]: unknown } | { ok: false; error: string };

async function attempt(run: () => Promise<Record<string, unknown>>): Promise<Result> {
  try {
    return { ok: true, ...(await run()) };
  } catch (error) {
    return { ok: false, error: storageErrorMessage(error) };
  }
}

/** One handler per notes message of the protocol; the type makes a missing or stray one a compile error. */
export const notesHandlers: Record<NotesToBackground['type'], (m: Record<string, unknown>) => Promise<Result>> = {
  'notes/list': async (m) => {
    const q = parseQuery(m.query);
    if (!q) return { ok: false, error: 'bad query' };
    return attempt(async () => ({ notes: await listNotes(q) }));
  },
  'notes/for': async (m) => {
    if (!optStr(m.eventId) || !optStr(m.articleUrl)) return { ok: false, error: 'bad request' };
    return attempt(async () => ({ notes: await notesFor(m.eventId as string | undefined, m.articleUrl as string | undefined) }));
  },
  'notes/save': async (m) => {
    const problem = noteProblem(m.note, false);
    if (problem) return { ok: false, error: problem };
    return attempt(async () => ({ note: await saveNote(m.note as NoteInput) }));
  },
  'notes/delete': async (m) => {
    if (typeof m.id !== 'string') return { ok: false, error: 'bad id' };
    return attempt(async () => ({ note: await deleteNote(m.id as string) }));
  },
  'notes/restore': async (m) => {
    const problem = noteProblem(m.note, true);
    if (problem) return { ok: false, error: problem };
    return attempt(async () => {
      await restoreNote(m.note as Note);
      return {};
    });
  },
  'notes/delete-many': async (m) => {
    if (!Array.isArray(m.ids) || m.ids.length > 100_000 || !m.ids.every((id) => typeof id === 'string' && id.length <= 100)) return { ok: false, error: 'bad ids' };
    return attempt(async () => ({ notes: await deleteNotes(m.ids as string[]) }));
  },
  'notes/restore-many': async (m) => {
    if (!Array.isArray(m.notes) || m.notes.length > 100_000) return { ok: false, error: 'bad notes' };
    for (const n of m.notes) {
      const problem = noteProblem(n, true);
      if (problem) return { ok: false, error: problem };
    }
    return attempt(async () => {
      await restoreNotes(m.notes as Note[]);
      return {};
    });
  },
  'notes/rename-tag': async (m) => {
    if (typeof m.from !== 'string' || typeof m.to !== 'string' || m.from.length > 60 || m.to.length > 60) return { ok: false, error: 'bad tag' };
    return attempt(async () => ({ changed: await renameTag(m.from as string, m.to as string) }));
  },
  'notes/import': async (m) => {
    if (typeof m.text !== 'string') return { ok: false, error: 'No file content was received.' };
    const parsed = parseExport(m.text);
    if (!parsed.ok) return parsed;
    return attempt(async () => ({ report: await importNotes(parsed.notes) }));
  },
  'notes/draft-save': async (m) => {
    if (typeof m.key !== 'string' || typeof m.text !== 'string' || m.text.length > 100_000) return { ok: false, error: 'bad draft' };
    return attempt(async () => {
      await saveDraft(m.key as string, m.text as string);
      return {};
    });
  },
  'notes/draft-read': async (m) => {
    if (typeof m.key !== 'string') return { ok: false, error: 'bad draft key' };
    return attempt(async () => ({ text: await readDraft(m.key as string) }));
  },
  'notes/event-ids': async () => attempt(async () => ({ ids: await notedEventIds() })),
  'notes/status': async () =>
    attempt(async () => {
      const persisted = (await navigator.storage?.persisted?.()) ?? false;
      // persist() exists only in windows: Firefox's event page can ask here; in Chrome's
      // service worker it is undefined, so the notes page asks (notes-page.tsx).
      const granted = persisted || ((await navigator.storage?.persist?.().catch(() => false)) ?? false);
      return { count: await countNotes(), persisted: granted };
    }),
};
