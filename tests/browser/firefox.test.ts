/** Browser tests in Debian's Firefox ESR over WebDriver BiDi, on the built extension (dist/firefox). */
import type { Page } from 'puppeteer-core';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { FIREFOX_DIST, launcher, launchFirefox, servedAt, sidebarFrame, sidebarIframe, type FirefoxSession } from './firefox';
import { FixtureServer } from './server';
import { seedLabels, UNRELATED_PAGE } from './fixtures';
import { loadDataset } from '../../scripts/extension-build';
import type { ExchangeEvent } from '../../shared/dataset/schema';

const SUITE = 'Firefox ESR: the extension on real-looking pages';
const UNRELATED_URL = 'http://weather.example/2026/11/20/rain-this-weekend';
const server = new FixtureServer();
let session: FirefoxSession;
let events: ExchangeEvent[];
let seeds: Awaited<ReturnType<typeof seedLabels>>;
const consoleErrors = new Map<Page, string[]>();

const url = (labelled: string) => servedAt(labelled, server.port);

async function newPage(): Promise<Page> {
  const page = await session.browser.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  return page;
}

/** Opens a page and waits for the launcher; returns it with its accessible name. */
async function openWithLauncher(labelledUrl: string): Promise<{ page: Page; name: string }> {
  const page = await newPage();
  await page.goto(url(labelledUrl));
  const name = await waitFor(async () => {
    const button = await launcher(page);
    if (!button || !(await button.isVisible())) return null;
    return button.evaluate((b) => b.getAttribute('aria-label') || b.textContent || '');
  }, `the launcher on ${labelledUrl}`);
  return { page, name };
}

async function openSidebar(page: Page) {
  await (await launcher(page))!.click();
  const frame = await waitFor(() => sidebarFrame(page), 'the sidebar frame');
  await frame.waitForSelector('[data-testid=summary]');
  return frame;
}

export const firefoxHooks: Record<string, Hooks> = {
  [SUITE]: {
    before: async () => {
      events = await loadDataset();
      seeds = await seedLabels();
      for (const s of seeds) server.set(servedAt(s.url), s.html);
      server.set(servedAt(UNRELATED_URL), UNRELATED_PAGE);
      await server.start();
      session = await launchFirefox();
    },
    after: async () => {
      await session?.close();
      await server.stop();
    },
  },
};

suite(SUITE, () => {
  test('the extension installs as a temporary add-on under its gecko id', async () => {
    const manifest = JSON.parse(await readFile(join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
    assertEqual(session.addonId, manifest.browser_specific_settings.gecko.id, 'add-on id');
  });

  test('every seed article: the launcher appears, named for Lips & Teeth, with no page console error', async () => {
    assertEqual(seeds.length, 5, 'seed fixtures');
    for (const seed of seeds) {
      const { page, name } = await openWithLauncher(seed.url);
      assert(name.includes('Lips & Teeth'), `${seed.file}: launcher's accessible name "${name}" names Lips & Teeth`);
      assertEqual(consoleErrors.get(page), [], `${seed.file} page console errors`);
      await page.close();
    }
  });

  test('every seed article: the launcher opens the sidebar with its exchange; Esc closes it', async () => {
    for (const seed of seeds) {
      const event = events.find((e) => e.id === seed.eventId)!;
      const { page } = await openWithLauncher(seed.url);
      const frame = await openSidebar(page);
      const summary = await frame.$eval('[data-testid=summary]', (el) => el.textContent?.trim());
      assertEqual(summary, event.summary.en, `${seed.file} summary`);
      const src = await (await sidebarIframe(page))!.evaluate((f) => f.src);
      assert(src.startsWith('moz-extension://') && new URL(src).pathname === '/sidebar/sidebar.html', `${seed.file}: the frame is our extension page (${src})`);
      // Focus moved into the sidebar when it opened, so a plain Esc reaches it.
      await page.keyboard.press('Escape');
      await waitFor(async () => {
        const iframe = await sidebarIframe(page);
        return iframe && !(await iframe.isVisible());
      }, `${seed.file}: the sidebar to close`);
      assertEqual(consoleErrors.get(page), [], `${seed.file} page console errors`);
      await page.close();
    }
  });

  test('an unrelated page: nothing injected, no console or page error', async () => {
    const page = await newPage();
    await page.goto(url(UNRELATED_URL));
    await new Promise((r) => setTimeout(r, 1500));
    assertEqual(await page.$$eval('lips-and-teeth-ui', (els) => els.length), 0, 'injected elements');
    assertEqual(consoleErrors.get(page), [], 'console errors');
    assertEqual(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors), [], 'page errors');
    await page.close();
  });

  test('a note written in the sidebar is listed again after a reload', async () => {
    const seed = seeds.find((s) => s.file.includes('002'))!;
    const text = `Firefox note ${Date.now()}`;
    const { page } = await openWithLauncher(seed.url);
    let frame = await openSidebar(page);
    await frame.type('#note-text', text);
    const save = await frame.waitForSelector('::-p-text(Save note)');
    await save!.click();
    const listed = (f: typeof frame) => f.$$eval('[data-testid=note-list] > li', (lis) => lis.map((li) => li.textContent ?? ''));
    await waitFor(async () => (await listed(frame)).some((t) => t.includes(text)), 'the note in the list');
    await page.reload();
    await waitFor(async () => (await launcher(page))?.isVisible(), 'the launcher after reload');
    frame = await openSidebar(page);
    await waitFor(async () => (await listed(frame)).some((t) => t.includes(text)), 'the note listed after reload');
    assertEqual(consoleErrors.get(page), [], 'page console errors');
    await page.close();
  });

  test('the explorer opens from the sidebar, lists every exchange and finds 新形势 in every rendering', async () => {
    const seed = seeds.find((s) => s.eventId === '2022-02-26-xi-reply-olympics')!;
    const { page } = await openWithLauncher(seed.url);
    const frame = await openSidebar(page);
    await (await frame.waitForSelector('::-p-text(Browse all exchanges)'))!.click();
    // Puppeteer reports a moz-extension page's URL as about:blank (TESTING.md): ask the page itself.
    const isExplorer = (p: Page) => p.evaluate(() => location.href).then((href) => href.includes('/explorer/explorer.html'), () => false);
    const explorer = await waitFor(async () => {
      for (const p of await session.browser.pages()) if (await isExplorer(p)) return p;
      return null;
    }, 'the explorer tab');
    await explorer.waitForSelector('[data-testid=exchange-list] a[data-event-id]');
    assertEqual(await explorer.$$eval('[data-testid=exchange-list] a[data-event-id]', (links) => links.length), events.length, 'every exchange listed');
    await explorer.evaluate(() => {
      location.hash = '#/search?q=%E6%96%B0%E5%BD%A2%E5%8A%BF';
    });
    const ids = () => explorer.$$eval('[data-testid=search-results] li.result', (lis) => lis.map((li) => li.getAttribute('data-event-id')));
    await waitFor(async () => (await ids()).includes(seed.eventId!), 'the Olympic reply among the results');
    assert((await explorer.$$eval('.quote.matched-concept', (q) => q.length)) > 0, 'renderings reached through concept links');
    await explorer.close();
    await page.close();
  });

  test('web-ext lint passes with only the known warning (service_worker ignored)', async () => {
    const bin = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');
    // web-ext exits non-zero when it finds errors; its JSON report is on stdout either way.
    const stdout = await promisify(execFile)(bin, ['lint', '--source-dir', FIREFOX_DIST, '--output', 'json', '--no-config-discovery'], { maxBuffer: 16 << 20 })
      .then((r) => r.stdout, (e: { stdout?: string }) => e.stdout ?? '');
    const report = JSON.parse(stdout) as { errors: { code: string; message: string }[]; warnings: { code: string; message: string; file?: string }[] };
    assertEqual(report.errors.map((e) => `${e.code}: ${e.message}`), [], 'lint errors');
    assertEqual(report.warnings.map((w) => `${w.code} (${w.file ?? ''})`), ['BACKGROUND_SERVICE_WORKER_IGNORED (manifest.json)'], 'lint warnings');
  });
});
