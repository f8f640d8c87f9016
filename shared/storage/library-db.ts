/**
 * The reader's library database (IndexedDB through idb), opened only in the background, like
 * the notes database and for the same reasons (STYLE.md, traps); a database of its own, so
 * its migrations and the notes' never wait on each other. Every change is one transaction
 * that also writes how to undo it, so Undo works after the sidebar closed or the worker stopped.
 * Numbered migrations never drop data.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DEFAULT_SETTINGS, type CapturedSource, type LibraryExchange, type LibrarySettings, type LibrarySnapshot } from '../library/library-schema';

export const LIBRARY_DB_NAME = 'lips-and-teeth-library';
export const LIBRARY_DB_VERSION = 2;
/** Undo entries kept; older ones are dropped as new changes come in. */
const UNDO_KEPT = 30;

/** How to take one change back: the records as they were, and the ones it created. */
export interface UndoEntry {
  id: string;
  at: number;
  restore: { exchanges: LibraryExchange[]; sources: CapturedSource[] };
  remove: { exchanges: string[]; sources: string[] };
}

interface Setting {
  key: string;
  value: unknown;
}

interface LibraryDB extends DBSchema {
  exchanges: { key: string; value: LibraryExchange; indexes: { byUpdated: number } };
  sources: { key: string; value: CapturedSource; indexes: { byEvent: string; byUrl: string } };
  settings: { key: string; value: Setting };
  undo: { key: string; value: UndoEntry; indexes: { byAt: number } };
}

type Store = 'exchanges' | 'sources' | 'settings' | 'undo';
type UpgradeTx = IDBPTransaction<LibraryDB, Store[], 'versionchange'>;
export type WriteTx = IDBPTransaction<LibraryDB, Store[], 'readwrite'>;

/** Each step upgrades from the version before it; add new ones at the end, never edit old ones. */
const MIGRATIONS: ((db: IDBPDatabase<LibraryDB>, tx: UpgradeTx) => void)[] = [
  // v1: the reader's exchanges and the wording kept per exchange.
  (db) => {
    db.createObjectStore('exchanges', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
    db.createObjectStore('sources', { keyPath: 'id' }).createIndex('byEvent', 'eventId');
  },
  // v2: settings (automatic capture), the undo log, and sources by address (is this article kept already?).
  (db, tx) => {
    db.createObjectStore('settings', { keyPath: 'key' });
    db.createObjectStore('undo', { keyPath: 'id' }).createIndex('byAt', 'at');
    tx.objectStore('sources').createIndex('byUrl', 'coverage.url');
  },
];

let dbPromise: Promise<IDBPDatabase<LibraryDB>> | null = null;

export function openLibraryDb(name = LIBRARY_DB_NAME): Promise<IDBPDatabase<LibraryDB>> {
  dbPromise ??= openDB<LibraryDB>(name, LIBRARY_DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < LIBRARY_DB_VERSION; v++) MIGRATIONS[v]!(db, tx);
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

/**
 * Whether the library database exists, without creating it: a reader who never added or kept
 * anything has none, and detection and the pages then never open (or create) one.
 */
export async function libraryExists(name = LIBRARY_DB_NAME): Promise<boolean> {
  if (dbPromise) return true;
  const list = await indexedDB.databases?.().catch(() => null);
  return list ? list.some((d) => d.name === name) : true;
}

const empty = (): LibrarySnapshot => ({ exchanges: [], sources: [], settings: { ...DEFAULT_SETTINGS }, usage: { exchanges: 0, sources: 0, sourceChars: 0 } });

const ALL: Store[] = ['exchanges', 'sources', 'settings', 'undo'];
const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export interface Change {
  exchanges?: { put?: LibraryExchange[]; delete?: string[] };
  sources?: { put?: CapturedSource[]; delete?: string[] };
}

/**
 * Runs `plan` and writes the change it returns in one transaction, with its undo entry.
 * `plan` may read through the transaction (and must await nothing else: idb's rule).
 * Returns the undo id, or null when the change was empty.
 */
export async function commit<T>(plan: (tx: WriteTx) => Promise<{ change: Change; result: T }>, now = Date.now()): Promise<{ undoId: string | null; result: T }> {
  const db = await openLibraryDb();
  const tx = db.transaction(ALL, 'readwrite');
  const { change, result } = await plan(tx);
  const exchanges = tx.objectStore('exchanges');
  const sources = tx.objectStore('sources');
  const entry: UndoEntry = { id: newId('u'), at: now, restore: { exchanges: [], sources: [] }, remove: { exchanges: [], sources: [] } };
  const touchedX = [...(change.exchanges?.put ?? []).map((x) => x.id), ...(change.exchanges?.delete ?? [])];
  const touchedS = [...(change.sources?.put ?? []).map((s) => s.id), ...(change.sources?.delete ?? [])];
  const [beforeX, beforeS] = await Promise.all([Promise.all(touchedX.map((id) => exchanges.get(id))), Promise.all(touchedS.map((id) => sources.get(id)))]);
  touchedX.forEach((id, i) => (beforeX[i] ? entry.restore.exchanges.push(beforeX[i]) : entry.remove.exchanges.push(id)));
  touchedS.forEach((id, i) => (beforeS[i] ? entry.restore.sources.push(beforeS[i]) : entry.remove.sources.push(id)));
  const writes: Promise<unknown>[] = [
    ...(change.exchanges?.put ?? []).map((x) => exchanges.put(x)),
    ...(change.exchanges?.delete ?? []).map((id) => exchanges.delete(id)),
    ...(change.sources?.put ?? []).map((s) => sources.put(s)),
    ...(change.sources?.delete ?? []).map((id) => sources.delete(id)),
  ];
  const empty = touchedX.length + touchedS.length === 0;
  if (!empty) {
    const undo = tx.objectStore('undo');
    writes.push(undo.put(entry));
    // Keep the newest entries only.
    const keys = await undo.index('byAt').getAllKeys();
    for (const key of keys.slice(0, Math.max(0, keys.length - UNDO_KEPT + 1))) writes.push(undo.delete(key));
  }
  await Promise.all([...writes, tx.done]);
  return { undoId: empty ? null : entry.id, result };
}

/** Takes a change back exactly (records as they were, times included). False when the undo entry is gone. */
export async function undo(undoId: string): Promise<boolean> {
  const db = await openLibraryDb();
  const tx = db.transaction(ALL, 'readwrite');
  const entry = await tx.objectStore('undo').get(undoId);
  if (!entry) {
    await tx.done;
    return false;
  }
  const exchanges = tx.objectStore('exchanges');
  const sources = tx.objectStore('sources');
  await Promise.all([
    ...entry.remove.exchanges.map((id) => exchanges.delete(id)),
    ...entry.remove.sources.map((id) => sources.delete(id)),
    ...entry.restore.exchanges.map((x) => exchanges.put(x)),
    ...entry.restore.sources.map((s) => sources.put(s)),
    tx.objectStore('undo').delete(undoId),
    tx.done,
  ]);
  return true;
}

export async function readSettings(): Promise<LibrarySettings> {
  if (!(await libraryExists())) return { ...DEFAULT_SETTINGS };
  const db = await openLibraryDb();
  const stored = await db.get('settings', 'autoCapture');
  return { ...DEFAULT_SETTINGS, ...(typeof stored?.value === 'boolean' ? { autoCapture: stored.value } : {}) };
}

export async function writeSetting(key: keyof LibrarySettings | 'reconciledFor', value: unknown): Promise<void> {
  const db = await openLibraryDb();
  await db.put('settings', { key, value });
}

export async function readSetting(key: string): Promise<unknown> {
  if (!(await libraryExists())) return undefined;
  const db = await openLibraryDb();
  return (await db.get('settings', key))?.value;
}

export async function readLibrary(): Promise<LibrarySnapshot> {
  if (!(await libraryExists())) return empty();
  const db = await openLibraryDb();
  const tx = db.transaction(['exchanges', 'sources', 'settings'], 'readonly');
  const [exchanges, sources, setting] = await Promise.all([tx.objectStore('exchanges').getAll(), tx.objectStore('sources').getAll(), tx.objectStore('settings').get('autoCapture'), tx.done]);
  exchanges.sort((a, b) => a.event.date.localeCompare(b.event.date) || a.id.localeCompare(b.id));
  sources.sort((a, b) => a.capturedAt - b.capturedAt || a.id.localeCompare(b.id));
  return {
    exchanges,
    sources,
    settings: { ...DEFAULT_SETTINGS, ...(typeof setting?.value === 'boolean' ? { autoCapture: setting.value } : {}) },
    usage: { exchanges: exchanges.filter((x) => !x.linkedTo).length, sources: sources.length, sourceChars: sources.reduce((n, s) => n + JSON.stringify(s.coverage).length, 0) },
  };
}

/** Kept sources of one exchange (read through a write transaction, so a plan can see them). */
export const sourcesOf = (tx: WriteTx, eventId: string): Promise<CapturedSource[]> => tx.objectStore('sources').index('byEvent').getAll(eventId);

export const exchangeIn = (tx: WriteTx, id: string): Promise<LibraryExchange | undefined> => tx.objectStore('exchanges').get(id);

export const allSourcesIn = (tx: WriteTx): Promise<CapturedSource[]> => tx.objectStore('sources').getAll();

export const sourceId = (): string => newId('s');
