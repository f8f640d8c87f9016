/**
 * The frame in Firefox ESR (built extension, WebDriver BiDi): on a narrow window the sidebar
 * is an overlay that folds to an edge tab and opens again; the launcher sits on no text; hidden
 * on a site from the sidebar's menu it stays hidden after a reload while other sites keep it,
 * and the notes page (reached from the sidebar's "All notes") shows it again.
 */
import type { Frame, Page } from 'puppeteer-core';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { launcher, launchFirefox, servedAt, sidebarFrame, sidebarIframe, type FirefoxSession } from './firefox';
import { FixtureServer } from './server';
import { seedLabels } from './fixtures';
import { ourBoxInPage, textUnderLauncherInPage } from './frame-helpers';
import { messagesOf } from './sidebar-helpers';

const SUITE = 'Firefox ESR: the frame on a narrow window, and a hidden launcher';
const server = new FixtureServer();
let session: FirefoxSession;
let seeds: Awaited<ReturnType<typeof seedLabels>>;
let msg: Awaited<ReturnType<typeof messagesOf>>;

export const frameFirefoxHooks: Record<string, Hooks> = {
  [SUITE]: {
    before: async () => {
      seeds = await seedLabels();
      msg = await messagesOf('en');
      // Each seed under two sites (127.0.0.1 and localhost): hiding on one must leave the other.
      for (const s of seeds) for (const host of ['127.0.0.1', 'localhost']) server.set(servedAt(s.url).replace('127.0.0.1', host), s.html);
      await server.start();
      session = await launchFirefox();
    },
    after: async () => {
      await session?.close();
      await server.stop();
    },
  },
};

const box = (page: Page, selector: string) => page.evaluate(ourBoxInPage, selector);
const frameShown = async (page: Page) => !!(await (await sidebarIframe(page))?.isVisible());

/** Opens a seed on a 560 px wide window (a 1120 px window at 200 % zoom) and waits for the launcher. */
async function open(url: string, host = '127.0.0.1'): Promise<Page> {
  const page = await session.browser.newPage();
  page.setDefaultTimeout(10_000);
  await page.setViewport({ width: 560, height: 900 });
  await page.goto(url.replace('127.0.0.1', host));
  return page;
}

async function openSidebar(page: Page): Promise<Frame> {
  await (await launcher(page))!.click();
  const frame = await waitFor(() => sidebarFrame(page).catch(() => null), 'the sidebar frame');
  await frame.waitForSelector('#top');
  return frame;
}

async function settings(frame: Frame) {
  await frame.click('[data-testid=launcher-menu]');
  await frame.waitForSelector('[data-testid=launcher-settings]');
  return frame.$$('[data-testid=launcher-settings] input[type=checkbox]');
}

suite(SUITE, () => {
  test('a 560 px window: the launcher on an edge and on no text; the sidebar covers the page and folds to an edge tab that opens it again', async () => {
    const page = await open(servedAt(seeds.find((s) => s.file.includes('002'))!.url, server.port));
    const tab = await waitFor(() => box(page, '.launcher'), 'the launcher');
    // Firefox's scrollbar takes room: the window's edge is the page's client width.
    const edge = await page.evaluate(() => document.documentElement.clientWidth);
    assert(tab.width <= 40 && Math.round(tab.x + tab.width) === edge, `a slim tab on the right edge at ${edge} px (${JSON.stringify(tab)})`);
    assertEqual(await page.evaluate(textUnderLauncherInPage), [], 'text under the launcher');
    await openSidebar(page);
    const panel = (await box(page, '.panel'))!;
    assertEqual(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight), '0px', 'the page is not pushed');
    assert(panel.width >= 280 && panel.x >= 40, `an overlay leaving a strip of the page (${JSON.stringify(panel)})`);
    const fold = await page.evaluateHandle(() => document.querySelector('lips-and-teeth-ui')!.shadowRoot!.querySelector('button.fold')!);
    assertEqual(await fold.evaluate((b) => b.getAttribute('aria-label')), msg('frameCollapse'), 'the fold tab is named');
    await (fold as unknown as { click(): Promise<void> }).click();
    await waitFor(async () => !(await frameShown(page)), 'the overlay to fold');
    const folded = (await box(page, '.launcher'))!;
    assert(folded.width <= 40, `folded to the slim edge tab (${JSON.stringify(folded)})`);
    await (await launcher(page))!.click();
    await waitFor(() => frameShown(page), 'the overlay to open again from the tab');
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await frameShown(page)), 'Esc closes it');
    await page.close();
  });

  test('hidden on this site from the sidebar’s menu: gone after a reload, still on another site, shown again from the notes page', async () => {
    const url = servedAt(seeds.find((s) => s.file.includes('004'))!.url, server.port);
    const page = await open(url);
    await waitFor(() => box(page, '.launcher'), 'the launcher');
    const frame = await openSidebar(page);
    const [, onSite] = await settings(frame);
    await onSite!.click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await frameShown(page)), 'the sidebar to close');
    await new Promise((r) => setTimeout(r, 800));
    assertEqual(await box(page, '.launcher'), null, 'no launcher after closing');
    await page.reload();
    await waitFor(() => page.evaluate(() => !!document.querySelector('lips-and-teeth-ui')), 'the frame injected after the reload (detection done)');
    await new Promise((r) => setTimeout(r, 1000));
    assertEqual(await box(page, '.launcher'), null, 'no launcher after a reload');
    // Another site (localhost, not 127.0.0.1) still has it.
    const other = await open(url, 'localhost');
    await waitFor(() => box(other, '.launcher'), 'the launcher on another site');
    // Its sidebar's "All notes" opens the notes page, which lists the hidden site with a button to show it again.
    const notesFrame = await openSidebar(other);
    const opened = new Promise<Page>((resolve) => session.browser.once('targetcreated', (t) => void t.page().then((p) => p && resolve(p))));
    await (await notesFrame.waitForSelector('::-p-text(All notes)'))!.click();
    const notes = await opened;
    const again = await waitFor(() => notes.$(`::-p-aria(${msg('launcherShowSite', '127.0.0.1')})`), 'the hidden site listed on the notes page');
    await again.click();
    await waitFor(() => box(page, '.launcher'), 'the launcher back on the first tab, without a reload');
    await page.reload();
    await waitFor(() => box(page, '.launcher'), 'and after a reload');
    await notes.close();
    await other.close();
    await page.close();
  });
});
