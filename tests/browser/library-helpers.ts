/**
 * Helpers for the library browser tests: the invented 2027 fixture pages (library-pages/),
 * the library database read raw from the service worker (what is stored, not what the UI
 * shows), and the sidebar's and library page's controls.
 */
import type { Frame, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from './harness';
import { sidebarFrame, tabIdOf, tabState, type ChromiumSession } from './chromium';
import { corpus } from './fixtures';
import { launcher } from './notes-helpers';
import type { CapturedSource, LibraryExchange } from '../../shared/library/library-schema';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { isAmongSources } from '../../shared/library/sources';

export const LIBRARY_DB = 'lips-and-teeth-library';
const PAGES = join(import.meta.dirname, 'library-pages');

/** The invented exchange's three outlets (test fixtures, not real events). */
export const FLOOD_PAGES = {
  en: { file: 'en-neasiawire-2027-xi-flood-sympathy.html', url: 'http://www.neasiawire.example/korea/2027/08/14/xi-kim-flood-sympathy' },
  ko: { file: 'ko-dongbuka-2027-xi-flood-sympathy.html', url: 'http://www.dongbuka.example/politics/north/20270815/xi-kim-flood' },
  zh: { file: 'zh-huanqiukuaixun-2027-xi-flood-sympathy.html', url: 'http://www.huanqiukuaixun.example/world/2027-08-14/xi-kim-flood.html' },
} as const;

export const readFixture = (file: string) => readFile(join(PAGES, file), 'utf8');

/** Corpus pages the extension resolves to a bundled exchange whose sources do not include them: where "Add this article's wording" is offered. */
export async function matchedPagesNotAmongSources(events: readonly ExchangeEvent[]) {
  const byId = new Map(events.map((e) => [e.id, e]));
  return (await corpus()).filter((c) => c.status === 'match' && c.eventId && byId.has(c.eventId) && !isAmongSources(byId.get(c.eventId)!, c.servedUrl) && !isAmongSources(byId.get(c.eventId)!, c.url));
}

export interface StoredLibrary {
  version: number;
  stores: string[];
  exchanges: LibraryExchange[];
  sources: CapturedSource[];
}

/** Everything in the library database, read raw in the service worker; empty when it does not exist yet (never creates it). */
export async function storedLibrary(session: ChromiumSession): Promise<StoredLibrary> {
  const sw = await session.worker();
  const raw = await sw.evaluate(async (name: string) => {
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return { version: 0, stores: [] as string[], exchanges: [] as unknown[], sources: [] as unknown[] };
    return new Promise<{ version: number; stores: string[]; exchanges: unknown[]; sources: unknown[] }>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const stores = [...db.objectStoreNames];
        const tx = db.transaction(stores.filter((s) => s === 'exchanges' || s === 'sources'));
        const exchanges = tx.objectStore('exchanges').getAll();
        const sources = tx.objectStore('sources').getAll();
        tx.oncomplete = () => {
          db.close();
          resolve({ version: db.version, stores, exchanges: exchanges.result, sources: sources.result });
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, LIBRARY_DB);
  return {
    version: raw.version,
    stores: raw.stores.sort(),
    exchanges: (raw.exchanges as LibraryExchange[]).sort((a, b) => a.id.localeCompare(b.id)),
    sources: (raw.sources as CapturedSource[]).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Opens a page and waits until the background has a result for its tab; returns the page and that result. */
export async function openAndDetect(session: ChromiumSession, url: string): Promise<{ page: Page; tabId: number; state: Record<string, unknown> }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(session, page);
  const state = await waitFor(() => tabState(session, tabId), `a detection result on ${url}`);
  return { page, tabId, state };
}

/** Opens the sidebar with the launcher; returns its frame once it says what the article is. */
export async function openSidebarFrame(page: Page): Promise<Frame> {
  await waitFor(async () => launcher(page).isVisible(), 'the launcher');
  await launcher(page).click();
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('#top');
  return frame;
}

export async function openLibraryPage(session: ChromiumSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/library/library.html`);
  await page.waitForSelector('[data-testid=usage]');
  return page;
}

/** Key-order-independent JSON, so "the same record" means the same fields and values. */
export const canon = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));
