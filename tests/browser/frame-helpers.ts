/**
 * Helpers for the frame's browser tests (the launcher and the sidebar's place on the page):
 * boxes of our elements inside the shadow root, the text the launcher would cover, and the
 * launcher's settings as stored. Each `page.evaluate` body is self-contained: it runs in the page.
 */
import type { Frame, Page, Worker } from 'playwright-core';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Runs in the page (either browser's driver): the box of an element of ours (`.launcher`, `.panel`, `.fold`, `iframe`), or null when it is not on screen. */
export function ourBoxInPage(selector: string): Rect | null {
  const el = document.querySelector('lips-and-teeth-ui')?.shadowRoot?.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return r.width && r.height ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
}

export const ourBox = (page: Page, selector: string): Promise<Rect | null> => page.evaluate(ourBoxInPage, selector);

/**
 * Runs in the page (either browser's driver): the lines of the page's text (boxes of its text
 * nodes, one per line) that the launcher covers, with their words.
 */
export function textUnderLauncherInPage(): string[] {
  const b = document.querySelector('lips-and-teeth-ui')?.shadowRoot?.querySelector('.launcher')?.getBoundingClientRect();
  if (!b || !b.width) throw new Error('no launcher on screen');
  const hits: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue?.trim()) continue;
    range.selectNodeContents(n);
    for (const r of Array.from(range.getClientRects())) {
      if (r.width && r.height && r.right > b.left && r.left < b.right && r.bottom > b.top && r.top < b.bottom) hits.push(n.nodeValue.trim().slice(0, 40));
    }
  }
  return hits;
}

export const textUnderLauncher = (page: Page): Promise<string[]> => page.evaluate(textUnderLauncherInPage);

/** The element of our shadow root that has focus (its class), and the outline the page could paint around our host. */
export const focusState = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('lips-and-teeth-ui') as HTMLElement;
    const inside = host.shadowRoot?.activeElement as HTMLElement | null;
    const hostStyle = getComputedStyle(host);
    const frame = host.shadowRoot?.querySelector('iframe');
    return {
      ours: inside ? inside.className || inside.tagName.toLowerCase() : '',
      page: document.activeElement === host ? 'our host' : (document.activeElement as HTMLElement | null)?.id ?? '',
      hostOutline: `${hostStyle.outlineStyle} ${hostStyle.boxShadow}`,
      frameOutline: frame ? getComputedStyle(frame).outlineStyle : '',
    };
  });

/** The page's own margin on the side the sidebar pushes from. */
export const pushedBy = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).marginRight) + parseFloat(getComputedStyle(document.documentElement).marginLeft));

/** The launcher's settings as stored (shared/launcher-prefs.ts), read in the service worker. */
export const storedLauncherPrefs = async (worker: Worker): Promise<Record<string, unknown> | undefined> =>
  worker.evaluate(async () => (await chrome.storage.local.get('launcher')).launcher as Record<string, unknown> | undefined);

export const clearLauncherPrefs = async (worker: Worker): Promise<void> => worker.evaluate(() => chrome.storage.local.remove('launcher'));

/** Opens the sidebar's launcher menu (top bar ⋯). */
export async function openLauncherMenu(frame: Frame): Promise<void> {
  const button = frame.locator('[data-testid=launcher-menu]');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await frame.waitForSelector('[data-testid=launcher-settings]');
}
