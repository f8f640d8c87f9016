/**
 * Helpers for the notes browser tests: reach the notes database from the service
 * worker with raw IndexedDB (so a test sees what is stored, not what the UI shows),
 * open the sidebar's notes panel and the notes page, and stop the service worker.
 */
import type { Frame, Page } from 'playwright-core';
import { waitFor } from './harness';
import { sidebarFrame, type ChromiumSession } from './chromium';
import type { Note } from '../../shared/storage/notes-schema';

export const DB_NAME = 'lips-and-teeth';

/** Every stored note, sorted by id; [] when the database does not exist yet (never creates it). */
export async function storedNotes(session: ChromiumSession): Promise<Note[]> {
  const sw = await session.worker();
  const notes = await sw.evaluate(async (name: string) => {
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return [];
    return new Promise<unknown[]>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const all = db.transaction('notes').objectStore('notes').getAll();
        all.onsuccess = () => {
          db.close();
          resolve(all.result);
        };
        all.onerror = () => reject(all.error);
      };
    });
  }, DB_NAME);
  return (notes as Note[]).sort((a, b) => a.id.localeCompare(b.id));
}

/** Writes notes straight into the existing database, as an older version of the extension would have. */
export async function putRawNotes(session: ChromiumSession, notes: (Omit<Note, 'accessedAt'> & { accessedAt?: number })[]): Promise<void> {
  const sw = await session.worker();
  await sw.evaluate(
    async ({ name, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('notes', 'readwrite');
          for (const n of rows) tx.objectStore('notes').put(n);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DB_NAME, rows: notes },
  );
}

export const launcher = (page: Page) => page.locator('lips-and-teeth-ui').locator('button.launcher');

/** Opens the sidebar on an article page already loaded in `page`; returns its frame once the notes panel is there. */
export async function openSidebar(page: Page): Promise<Frame> {
  await waitFor(async () => launcher(page).isVisible(), 'the launcher');
  await launcher(page).click();
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('#note-text');
  return frame;
}

export const listedInSidebar = (frame: Frame) => frame.locator('[data-testid=note-list] .note-text').allTextContents();

/** Types a note and saves it through the sidebar, then waits until the sidebar lists it. */
export async function addNoteInSidebar(frame: Frame, text: string, tags = ''): Promise<void> {
  await frame.fill('#note-text', text);
  if (tags) await frame.fill('#note-tags', tags);
  await frame.getByRole('button', { name: 'Save note' }).click();
  await waitFor(async () => (await listedInSidebar(frame)).includes(text), `"${text}" listed in the sidebar`);
}

export async function openNotesPage(session: ChromiumSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/notes/notes.html`);
  await page.waitForSelector('[data-testid=count]');
  return page;
}

export const listedOnNotesPage = (page: Page) => page.locator('[data-testid=notes] .note-text').allTextContents();

/** Waits until the notes page shows "shown of total notes". */
export async function waitForCount(page: Page, shown: number, total: number): Promise<void> {
  const expected = `${shown} of ${total} notes`;
  await waitFor(async () => (await page.textContent('[data-testid=count]'))?.trim() === expected, `the count "${expected}" (now "${await page.textContent('[data-testid=count]')}")`);
}

/**
 * Stops the extension's service worker through CDP and waits until Chromium reports it
 * stopped, so a test cannot pass by never having stopped it.
 */
export async function stopServiceWorker(session: ChromiumSession, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  const origin = `chrome-extension://${session.extensionId}/`;
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    if (e.versions.some((v) => v.scriptURL.startsWith(origin) && v.runningStatus === 'stopped')) stopped = true;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await waitFor(async () => stopped, 'the service worker to stop');
  await cdp.detach();
}
