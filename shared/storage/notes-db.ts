/**
 * The notes database (IndexedDB through idb), opened only in the background: the
 * content script would open the page's database, and the sidebar iframe may be refused
 * storage (STYLE.md, traps). Numbered migrations never drop data.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { matchesQuery, normalizeTags, withAccessDate, type Note, type NoteInput, type NoteQuery } from './notes-schema';

export const DB_NAME = 'lips-and-teeth';
export const DB_VERSION = 3;

export interface Draft {
  key: string;
  text: string;
  updatedAt: number;
}

interface NotesDB extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { byEvent: string; byArticle: string; byUpdated: number; byTag: string; byOutlet: string };
  };
  drafts: { key: string; value: Draft };
}

/** Each step upgrades from the version before it; add new ones at the end, never edit old ones. */
type UpgradeTx = IDBPTransaction<NotesDB, ('notes' | 'drafts')[], 'versionchange'>;
const MIGRATIONS: ((db: IDBPDatabase<NotesDB>, tx: UpgradeTx) => void | Promise<void>)[] = [
  // v1: the notes store and its indexes.
  (db) => {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('byEvent', 'eventId');
    notes.createIndex('byArticle', 'article.url');
    notes.createIndex('byUpdated', 'updatedAt');
    notes.createIndex('byTag', 'tags', { multiEntry: true });
  },
  // v2: drafts survive a closed sidebar; notes get an outlet index for the notes page filter.
  (db, tx) => {
    db.createObjectStore('drafts', { keyPath: 'key' });
    tx.objectStore('notes').createIndex('byOutlet', 'article.outlet');
  },
  // v3: every note carries the date its source was accessed (citations need one). Notes from
  // before took their source in when they were written, so createdAt is their access date.
  // Only requests of the upgrade transaction are awaited here (idb: nothing else may be).
  async (_db, tx) => {
    for (let cursor = await tx.objectStore('notes').openCursor(); cursor; cursor = await cursor.continue()) {
      if (cursor.value.accessedAt === undefined) await cursor.update(withAccessDate(cursor.value));
    }
  },
];

let dbPromise: Promise<IDBPDatabase<NotesDB>> | null = null;

export function openNotesDb(name = DB_NAME): Promise<IDBPDatabase<NotesDB>> {
  dbPromise ??= openDB<NotesDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      // In order (a step may read what the one before it made); a step that reads waits for its requests.
      for (let v = oldVersion; v < DB_VERSION; v++) {
        const pending = MIGRATIONS[v]!(db, tx);
        if (pending) await pending;
      }
    },
    blocking() {
      // A newer version of the extension wants to upgrade: let it.
      void dbPromise?.then((db) => db.close());
      dbPromise = null;
    },
    terminated() {
      dbPromise = null;
    },
  }).catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}

const newId = () => `n-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export async function saveNote(input: NoteInput, now = Date.now()): Promise<Note> {
  const db = await openNotesDb();
  const tx = db.transaction('notes', 'readwrite');
  const existing = input.id ? await tx.store.get(input.id) : undefined;
  const note: Note = {
    ...input,
    id: input.id ?? newId(),
    tags: normalizeTags(input.tags),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    // Set once, when the reader first saved a note on the source; editing keeps it.
    accessedAt: existing?.accessedAt ?? input.accessedAt ?? now,
  };
  await tx.store.put(note);
  await tx.done;
  return note;
}

/** Puts deleted notes back exactly as they were (undo), in one transaction. */
export async function restoreNotes(notes: readonly Note[]): Promise<void> {
  const db = await openNotesDb();
  const tx = db.transaction('notes', 'readwrite');
  await Promise.all([...notes.map((n) => tx.store.put(withAccessDate(n))), tx.done]);
}

export const restoreNote = (note: Note): Promise<void> => restoreNotes([note]);

/** Deletes notes in one transaction; returns them as they were, for undo. */
export async function deleteNotes(ids: readonly string[]): Promise<Note[]> {
  const db = await openNotesDb();
  const tx = db.transaction('notes', 'readwrite');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  return found.filter((n): n is Note => n !== undefined);
}

export async function deleteNote(id: string): Promise<Note | undefined> {
  return (await deleteNotes([id]))[0];
}

/**
 * Renames a tag on every note that has it; renaming onto a tag that exists merges the two.
 * Each changed note gets a new updatedAt, so a backup taken before it is older.
 */
export async function renameTag(from: string, to: string, now = Date.now()): Promise<number> {
  const [oldTag] = normalizeTags([from]);
  const [newTag] = normalizeTags([to]);
  if (!oldTag || !newTag || oldTag === newTag) return 0;
  const db = await openNotesDb();
  const tx = db.transaction('notes', 'readwrite');
  const notes = await tx.store.index('byTag').getAll(oldTag);
  await Promise.all([...notes.map((n) => tx.store.put({ ...n, tags: normalizeTags(n.tags.map((t) => (t === oldTag ? newTag : t))), updatedAt: now })), tx.done]);
  return notes.length;
}

/** Newest first. Uses an index for the exchange/article/tag filters, then the rest in memory. */
export async function listNotes(q: NoteQuery): Promise<Note[]> {
  const db = await openNotesDb();
  let notes: Note[];
  if (q.eventId && !q.articleUrl) notes = await db.getAllFromIndex('notes', 'byEvent', q.eventId);
  else if (q.articleUrl && !q.eventId) notes = await db.getAllFromIndex('notes', 'byArticle', q.articleUrl);
  else if (q.tag) notes = await db.getAllFromIndex('notes', 'byTag', q.tag);
  else notes = await db.getAll('notes');
  const filtered = notes.filter((n) => matchesQuery(n, q));
  filtered.sort((a, b) => b.updatedAt - a.updatedAt);
  return q.limit ? filtered.slice(0, q.limit) : filtered;
}

/** Notes of this exchange or of this article (either), newest first. */
export async function notesFor(eventId: string | undefined, articleUrl: string | undefined): Promise<Note[]> {
  const [byEvent, byArticle] = await Promise.all([eventId ? listNotes({ eventId }) : [], articleUrl ? listNotes({ articleUrl }) : []]);
  const all = new Map([...byEvent, ...byArticle].map((n) => [n.id, n]));
  return [...all.values()].sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * Notes taken on the page at this URL: the same address, or the same address without its
 * #fragment (a text-fragment link, an in-page anchor), whichever way round.
 */
export async function notesForPage(url: string): Promise<Note[]> {
  const bare = url.replace(/#.*$/, '');
  const db = await openNotesDb();
  const lists = await Promise.all([...new Set([url, bare])].map((u) => db.getAllFromIndex('notes', 'byArticle', u)));
  const byId = new Map(lists.flat().map((n) => [n.id, n]));
  // A note saved with a #fragment in its URL, opened now without it (or with another one).
  if (byId.size === 0) {
    const range = IDBKeyRange.bound(`${bare}#`, `${bare}#\uffff`);
    for (const n of await db.getAllFromIndex('notes', 'byArticle', range)) byId.set(n.id, n);
  }
  return [...byId.values()].sort((a, b) => a.createdAt - b.createdAt);
}

/** Merges imported notes: same id and same content is skipped, newer wins, the rest is added. */
export async function importNotes(notes: readonly Note[]): Promise<{ added: number; updated: number; skipped: number }> {
  const db = await openNotesDb();
  const tx = db.transaction('notes', 'readwrite');
  const existing = await Promise.all(notes.map((n) => tx.store.get(n.id)));
  let added = 0;
  let updated = 0;
  let skipped = 0;
  const writes: Promise<unknown>[] = [];
  notes.forEach((n, i) => {
    const old = existing[i];
    if (!old) {
      added++;
      writes.push(tx.store.put(n));
    } else if (n.updatedAt > old.updatedAt && JSON.stringify(n) !== JSON.stringify(old)) {
      updated++;
      writes.push(tx.store.put(n));
    } else skipped++;
  });
  await Promise.all([...writes, tx.done]);
  return { added, updated, skipped };
}

export async function saveDraft(key: string, text: string): Promise<void> {
  const db = await openNotesDb();
  if (text) await db.put('drafts', { key, text, updatedAt: Date.now() });
  else await db.delete('drafts', key);
}

export async function readDraft(key: string): Promise<string> {
  const db = await openNotesDb();
  return (await db.get('drafts', key))?.text ?? '';
}

/** Every exchange id that has at least one note, read from the index's keys alone (no note is loaded). */
export async function notedEventIds(): Promise<string[]> {
  const db = await openNotesDb();
  const ids: string[] = [];
  let cursor = await db.transaction('notes').store.index('byEvent').openKeyCursor(null, 'nextunique');
  while (cursor) {
    ids.push(cursor.key);
    cursor = await cursor.continue();
  }
  return ids;
}

export async function countNotes(): Promise<number> {
  const db = await openNotesDb();
  return db.count('notes');
}
