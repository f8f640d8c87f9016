/** Launches Debian's Chromium with the built extension (recipe: ../shared/TESTING.md). */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpus } from './fixtures';
import type { FixtureServer } from './server';

export const CHROME_DIST = resolve(import.meta.dirname, '../../dist/chrome');

export interface ChromiumSession {
  context: BrowserContext;
  worker: () => Promise<Worker>;
  extensionId: string;
  profile: string;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** The browser's UI language (`--lang`): the extension's strings follow it. */
  lang?: string;
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /** Another build of the extension (a copy with a fixture record); default dist/chrome. */
  dist?: string;
}

export async function launchChromium(port: number, profile?: string, options: LaunchOptions = {}): Promise<ChromiumSession> {
  const dir = profile ?? (await mkdtemp(join(tmpdir(), 'lt-chromium-')));
  const dist = options.dist ?? CHROME_DIST;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
      // Every host name resolves to the fixture server, so pages keep their real-looking URLs.
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
    ],
  });
  context.setDefaultTimeout(10_000);
  const worker = async () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const first = await worker();
  const extensionId = new URL(first.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile: dir,
    close: async () => {
      await context.close();
      if (!profile) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Serves every labelled corpus page on `server` and launches Chromium with the built extension. */
export async function launchOnCorpus(server: FixtureServer, options: LaunchOptions = {}): Promise<ChromiumSession> {
  for (const c of await corpus()) server.set(c.servedUrl, c.html);
  await server.start();
  return launchChromium(server.port, undefined, options);
}

/** The tab id of a page, as the extension sees it (asked from the service worker). */
export async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  const url = page.url();
  const sw = await session.worker();
  const id = await sw.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    // The newest tab with that address: a page a failed test left open must not be picked instead.
    return Math.max(-1, ...tabs.filter((t) => t.url === u).map((t) => t.id ?? -1));
  }, url);
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}

export async function tabState(session: ChromiumSession, tabId: number): Promise<Record<string, unknown> | undefined> {
  const sw = await session.worker();
  return sw.evaluate(async (key: string) => (await chrome.storage.session.get(key))[key] as Record<string, unknown> | undefined, `tab:${tabId}`);
}

export async function badgeText(session: ChromiumSession, tabId: number): Promise<string> {
  const sw = await session.worker();
  return sw.evaluate(async (id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The sidebar iframe of a page (inside our shadow root), once it is there. */
export async function sidebarFrame(page: Page) {
  const handle = await page.waitForSelector('lips-and-teeth-ui >> iframe[title="Lips & Teeth"]', { timeout: 10_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('sidebar iframe has no frame');
  return frame;
}
