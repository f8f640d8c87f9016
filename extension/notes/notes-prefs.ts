/**
 * What the notes page remembers about the reader's backups, in storage.local: when they
 * last saved every note to a file, and that the storage notice was shown (it is shown once).
 */
import browser from '../../shared/browser';

const KEY = 'notesPage';

export interface NotesPrefs {
  /** When every note was last exported as a JSON backup (ms). */
  lastBackupAt?: number;
  storageNoticeShown?: boolean;
}

export async function readPrefs(): Promise<NotesPrefs> {
  const items: Record<string, unknown> = await browser.storage.local.get(KEY).catch(() => ({}));
  const v = items[KEY];
  if (!v || typeof v !== 'object') return {};
  const p = v as Record<string, unknown>;
  return {
    ...(typeof p.lastBackupAt === 'number' ? { lastBackupAt: p.lastBackupAt } : {}),
    ...(p.storageNoticeShown === true ? { storageNoticeShown: true } : {}),
  };
}

export async function updatePrefs(patch: NotesPrefs): Promise<NotesPrefs> {
  const next = { ...(await readPrefs()), ...patch };
  await browser.storage.local.set({ [KEY]: next }).catch(() => undefined);
  return next;
}

/** Past this many notes written or changed since the last backup, the page suggests one. */
export const BACKUP_REMINDER_AFTER = 20;
