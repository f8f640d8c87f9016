/**
 * Helpers for the library browser tests: the invented 2027 fixture pages (library-pages/),
 * the library database read raw from the service worker (what is stored, not what the UI
 * shows), and the sidebar's and library page's controls.
 */
import type { Frame, Page } from 'playwright-core';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './harness';
import { CHROME_DIST, sidebarFrame, tabIdOf, tabState, type ChromiumSession } from './chromium';
import { corpus } from './fixtures';
import { launcher } from './notes-helpers';
import type { CapturedSource, LibraryExchange } from '../../shared/library/library-schema';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { isAmongSources } from '../../shared/library/sources';
import { loadDatasetFile } from '../../scripts/extension-build';
import { indexRecords, packIndex } from '../../shared/detector/resolve';

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

/** A copy of the built extension, to be changed in place as a new release would change it. */
export async function copyOfBuild(from = CHROME_DIST): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lt-release-'));
  await cp(from, dir, { recursive: true });
  return dir;
}

/**
 * Turns a copy of the build into the next release: its record (data/dataset.json) and the
 * resolver's index of it rebuilt with `extra` exchanges, and a higher version number.
 */
export async function releaseWith(dir: string, extra: ExchangeEvent[], version: string): Promise<void> {
  const file = await loadDatasetFile();
  file.events.push(...extra);
  await writeFile(join(dir, 'data/dataset.json'), JSON.stringify(file));
  const { index, text } = packIndex(indexRecords(file.events));
  await writeFile(join(dir, 'data/resolver-index.json'), JSON.stringify(index));
  await writeFile(join(dir, 'data/resolver-terms.txt'), text);
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { version: string };
  manifest.version = version;
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

/** The bundled exchange a later release adds for the invented 2027 floods (a test fixture too), reported a day after the reader's date. */
export function releasedTwin(enStoryUrl: string): ExchangeEvent {
  return {
    id: '2027-08-15-test-fixture-xi-sympathy-floods',
    date: '2027-08-15',
    sentDate: '2027-08-14',
    kind: 'sympathy',
    direction: 'xi-to-kim',
    occasion: 'disaster',
    title: { en: 'Test fixture: Xi\'s sympathy to Kim over North Hamgyong floods', ko: '테스트 fixture: 함경북도 수해에 시진핑 위문', zh: '测试 fixture：习近平就咸镜北道洪灾致慰问电' },
    occasionDetail: { en: 'Floods in North Hamgyong Province (invented, August 2027)', ko: '함경북도 홍수(가상, 2027년 8월)', zh: '咸镜北道洪灾（虚构，2027年8月）' },
    summary: { en: 'An invented exchange for the tests: Xi sent Kim a message of sympathy over floods.', ko: '테스트용 가상 교환: 시진핑이 홍수 피해에 위문 전문을 보냈다.', zh: '测试用虚构往来：习近平就洪灾向金正恩致慰问电。' },
    terms: { en: ['North Hamgyong', 'floods'], ko: ['함경북도', '홍수'], zh: ['咸镜北道', '洪涝灾害'] },
    readouts: [{ agency: 'KCNA', side: 'dprk', url: 'http://kcna.example/2027/08/15/xi-sympathy-floods', date: '2027-08-15', title: 'Xi Jinping Sends Message of Sympathy to Kim Jong Un', language: 'en', phrases: [] }],
    coverage: [{ outlet: 'Northeast Asia Wire', url: enStoryUrl, date: '2027-08-14', headline: 'Xi sends Kim message of sympathy over North Korea floods', language: 'en', phrases: [] }],
    researchNote: 'Test fixture: an invented exchange (tests/browser/library-pages/README.md), never a real event.',
  };
}

/** Adds the invented exchange from its first outlet through the sidebar, as a reader does; returns its id. */
export async function addFloodExchange(session: ChromiumSession, summary: string): Promise<string> {
  const { page, tabId } = await openAndDetect(session, FLOOD_PAGES.en.url);
  const frame = await openSidebarFrame(page);
  await frame.getByRole('button', { name: 'Add this exchange', exact: true }).click();
  await frame.fill('#lib-summary', summary);
  await frame.getByRole('button', { name: 'Save exchange', exact: true }).click();
  const state = await waitFor(async () => { const s = await tabState(session, tabId); return s?.status === 'match' && s; }, 'the article to match the added exchange');
  await page.close();
  return String(state.eventId);
}

/** Keeps the wording of an article that resolves to an exchange, with the sidebar's button. */
export async function keepWording(session: ChromiumSession, url: string): Promise<void> {
  const { page } = await openAndDetect(session, url);
  const frame = await openSidebarFrame(page);
  const before = await frame.locator('[data-testid=sources] [data-testid=source]').count();
  await frame.getByRole('button', { name: 'Add this article\'s wording', exact: true }).click();
  await waitFor(async () => (await frame.locator('[data-testid=sources] [data-testid=source]').count()) === before + 1, `the wording of ${url} kept`);
  await page.close();
}
