/**
 * Helpers for the sidebar's browser tests: open the sidebar on a page (or one exchange on its
 * own page), set a tab's detection result as the background would, read the UI strings of a
 * language the way the browser does, and build a copy of the extension whose record holds
 * extra fixture data (glosses, titles, copies of one story) that the real record may not have yet.
 */
import type { Frame, Page } from 'playwright-core';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './harness';
import { CHROME_DIST, sidebarFrame, tabIdOf, tabState, type ChromiumSession } from './chromium';
import type { DatasetFile } from '../../shared/dataset/catalog';
import type { TabState } from '../../shared/messages';
import type { ArticleFacts } from '../../shared/detector/article';

type Toggle = { lipsAndTeethToggle: (tabId: number) => Promise<void> };

/** Asks the background to toggle the sidebar in a tab, as the toolbar button does. */
export async function toggleSidebar(session: ChromiumSession, tabId: number): Promise<void> {
  await (await session.worker()).evaluate((id: number) => (globalThis as unknown as Toggle).lipsAndTeethToggle(id), tabId);
}

/** Loads `url`, waits for the detection result, opens the sidebar, waits until it has rendered. */
export async function openSidebarOn(session: ChromiumSession, url: string, page?: Page): Promise<{ page: Page; frame: Frame; tabId: number }> {
  page ??= await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(session, page);
  await waitFor(() => tabState(session, tabId), 'the tab state');
  await toggleSidebar(session, tabId);
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('#top');
  return { page, frame, tabId };
}

/** One exchange on the sidebar page of its own (`sidebar.html?event=`), as wide as the sidebar. */
export async function openExchangePage(session: ChromiumSession, eventId: string, page?: Page): Promise<Page> {
  page ??= await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/sidebar/sidebar.html?event=${encodeURIComponent(eventId)}`);
  await page.waitForSelector('#top');
  return page;
}

/** Writes a detection result for a tab, as the background would have. */
export async function setTabState(session: ChromiumSession, tabId: number, state: TabState): Promise<void> {
  await (await session.worker()).evaluate(async ({ key, value }) => chrome.storage.session.set({ [key]: value }), { key: `tab:${tabId}`, value: state });
}

/** The article facts the background stored for a tab. */
export async function storedArticle(session: ChromiumSession, tabId: number): Promise<ArticleFacts | null> {
  return (await session.worker()).evaluate(async (key: string) => ((await chrome.storage.session.get(key))[key] as ArticleFacts | undefined) ?? null, `article:${tabId}`);
}

/** The UI strings of one language as the built extension ships them: `msg(key, ...substitutions)`. */
export async function messagesOf(lang: 'en' | 'ko' | 'zh_CN', dist = CHROME_DIST): Promise<(key: string, ...subs: (string | number)[]) => string> {
  const all = JSON.parse(await readFile(join(dist, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  return (key, ...subs) => {
    const m = all[key]?.message;
    if (m === undefined) throw new Error(`no message ${key} in ${lang}`);
    return m.replace(/\$(\d)/g, (_, i: string) => String(subs[Number(i) - 1] ?? ''));
  };
}

/**
 * A copy of the built extension whose record is changed by `edit` (fixture data for behaviour the
 * real record may not exercise yet). Returns the copy's folder; launch Chromium with it.
 */
export async function distWithDataset(edit: (file: DatasetFile) => void): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lt-dist-'));
  await cp(CHROME_DIST, dir, { recursive: true });
  const path = join(dir, 'data/dataset.json');
  const file = JSON.parse(await readFile(path, 'utf8')) as DatasetFile;
  edit(file);
  await writeFile(path, JSON.stringify(file));
  return dir;
}

/** Every text a reader sees in the frame, with the computed font size of its element. */
export async function visibleTextSizes(frame: Frame | Page): Promise<{ text: string; size: number }[]> {
  return frame.evaluate(() => {
    const out: { text: string; size: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!el || !text) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      // Hidden text (visually-hidden helpers, closed menus) is not read on screen.
      if (style.visibility === 'hidden' || style.display === 'none' || box.width <= 1 || box.height <= 1) continue;
      out.push({ text: text.slice(0, 40), size: parseFloat(style.fontSize) });
    }
    return out;
  });
}
