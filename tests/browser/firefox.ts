/**
 * Launches Debian's Firefox ESR over WebDriver BiDi with the built extension installed
 * as a temporary add-on (recipe: ../shared/TESTING.md).
 */
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../dist/firefox');

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  close: () => Promise<void>;
}

export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    extraPrefsFirefox: prefs,
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_DIST);
    return { browser, addonId, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Firefox has no host-resolver flag, so every page is served from 127.0.0.1 under a path
 * that starts with its labelled host and keeps the labelled path and query (the detector
 * reads dates in URLs): http://www.scmp.com/news/x → http://127.0.0.1:PORT/www.scmp.com/news/x.
 * Without a port it gives the URL to register the page under in FixtureServer.
 */
export function servedAt(labelledUrl: string, port?: number): string {
  const u = new URL(labelledUrl);
  // FixtureServer routes ignore the port, so a page is registered under the port-less URL.
  return `http://127.0.0.1${port ? `:${port}` : ''}/${u.host}${u.pathname}${u.search}`;
}

/** The launcher button inside our open shadow root, if it is there. */
export async function launcher(page: Page): Promise<ElementHandle<HTMLButtonElement> | null> {
  const handle = await page.evaluateHandle(() => document.querySelector('lips-and-teeth-ui')?.shadowRoot?.querySelector('button.launcher') ?? null);
  return handle.asElement() as ElementHandle<HTMLButtonElement> | null;
}

/** The sidebar iframe's element: Firefox reports its frame URL as about:blank, so select it by element (TESTING.md). */
export async function sidebarIframe(page: Page): Promise<ElementHandle<HTMLIFrameElement> | null> {
  const handle = await page.evaluateHandle(() => document.querySelector('lips-and-teeth-ui')?.shadowRoot?.querySelector('iframe[title="Lips & Teeth"]') ?? null);
  return handle.asElement() as ElementHandle<HTMLIFrameElement> | null;
}

export async function sidebarFrame(page: Page): Promise<Frame> {
  const iframe = await sidebarIframe(page);
  const frame = await iframe?.contentFrame();
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}
