/**
 * The reader's library in Debian's Firefox ESR, on the built extension installed into a
 * profile that outlives the browser (library-firefox.ts): "Add this exchange" → "Save
 * exchange" → a second outlet's article matches the new id → browser restart → still there;
 * kept wording on and off; a pack exported and imported into a fresh profile (a second import
 * changes nothing, a bad pack is refused); and an update that bundles the reader's exchange.
 */
import type { Browser, ElementHandle, Frame, Page } from 'puppeteer-core';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { FIREFOX_DIST, launcher, servedAt, sidebarFrame } from './firefox';
import { installIntoProfile, launchFirefoxProfile } from './library-firefox';
import { FixtureServer } from './server';
import { copyOfBuild, FLOOD_PAGES, matchedPagesNotAmongSources, readFixture, releasedTwin, releaseWith } from './library-helpers';
import { loadDataset } from '../../scripts/extension-build';
import type { DatasetPack } from '../../shared/library/pack';
import type { ExchangeEvent } from '../../shared/dataset/schema';

const SUITE = 'Firefox ESR: the reader\'s library';
const server = new FixtureServer();
const SUMMARY = 'Firefox: Xi sent Kim sympathy over the floods.';
const NOTE = 'Firefox note on the added exchange.';
let events: ExchangeEvent[];
let profile: string;
let downloads: string;
let browser: Browser;
let bundledPage: { url: string; eventId: string };
let addedId = '';
let packPath = '';

const prefs = () => ({
  'browser.download.folderList': 2,
  'browser.download.dir': downloads,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.start_downloads_in_tmp_dir': false,
});

async function open(b: Browser, labelledUrl: string): Promise<Page> {
  const page = await b.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(servedAt(labelledUrl, server.port));
  await waitFor(async () => (await launcher(page))?.isVisible(), `the launcher on ${labelledUrl}`, 15_000);
  return page;
}

async function sidebar(page: Page): Promise<Frame> {
  await (await launcher(page))!.click();
  const frame = await waitFor(() => sidebarFrame(page), 'the sidebar frame');
  await frame.waitForSelector('#top');
  return frame;
}

const click = async (frame: Frame | Page, text: string) => (await frame.waitForSelector(`::-p-text(${text})`))!.click();
const shownId = (frame: Frame) => frame.$eval('[data-testid=exchange]', (el) => el.getAttribute('data-event-id')).catch(() => null);
const level = (frame: Frame) => frame.$eval('[data-testid=certainty]', (el) => el.getAttribute('data-level')).catch(() => null);
const text = (frame: Frame | Page, selector: string) => frame.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
const count = (frame: Frame | Page, selector: string) => frame.$$eval(selector, (els) => els.length);

/** The library page, opened with the sidebar's "Your library" (Firefox refuses page.goto to moz-extension pages). */
async function libraryPage(b: Browser, frame: Frame): Promise<Page> {
  const before = new Set(await b.pages());
  await click(frame, 'Your library');
  const page = await waitFor(async () => (await b.pages()).find((p) => !before.has(p)), 'the library page in a new tab', 30_000);
  page.setDefaultTimeout(10_000);
  await page.waitForSelector('[data-testid=usage]');
  return page;
}

const exchangeIds = (page: Page) => page.$$eval('[data-testid=exchanges] li', (lis) => lis.map((li) => li.getAttribute('data-event-id')));

export const libraryFirefoxHooks: Record<string, Hooks> = {
  [SUITE]: {
    before: async () => {
      events = await loadDataset();
      for (const p of Object.values(FLOOD_PAGES)) server.set(servedAt(p.url), await readFixture(p.file));
      const matched = (await matchedPagesNotAmongSources(events)).find((c) => c.lang === 'en' && /\/20\d\d\//.test(c.url))!;
      bundledPage = { url: matched.url, eventId: matched.eventId! };
      server.set(servedAt(matched.url), matched.html);
      await server.start();
      profile = await mkdtemp(join(tmpdir(), 'lt-ff-library-'));
      downloads = await mkdtemp(join(tmpdir(), 'lt-ff-downloads-'));
      await installIntoProfile(profile);
      browser = await launchFirefoxProfile(profile, prefs());
    },
    after: async () => {
      await browser?.close();
      await server.stop();
      await rm(profile, { recursive: true, force: true });
      await rm(downloads, { recursive: true, force: true });
    },
  },
};

suite(SUITE, () => {
  test('"Add this exchange" → "Save exchange"; a second outlet\'s article matches the new id; a note attaches', async () => {
    const page = await open(browser, FLOOD_PAGES.en.url);
    let frame = await sidebar(page);
    assertEqual(await text(frame, '[data-testid=status]'), 'An exchange we don\'t hold yet', 'before: not held');
    await click(frame, 'Add this exchange');
    await frame.waitForSelector('#lib-summary');
    assertEqual(await frame.$eval('#lib-kind', (s) => (s as HTMLSelectElement).value), 'sympathy', 'kind prefilled');
    assertEqual(await frame.$eval('#lib-direction', (s) => (s as HTMLSelectElement).value), 'xi-to-kim', 'direction prefilled');
    await frame.type('#lib-summary', SUMMARY);
    await click(frame, 'Save exchange');
    await waitFor(async () => (await text(frame, '[data-testid=summary]')).trim() === SUMMARY, 'the saved exchange shown');
    addedId = (await shownId(frame)) ?? '';
    assert(/^user-2027-08-14-[a-z0-9]{8}$/.test(addedId), `a reader's id (${addedId})`);
    assertEqual(await count(frame, '[data-testid=exchange] [data-testid=added-by-you]'), 1, 'marked "added by you"');
    await page.close();
    const ko = await open(browser, FLOOD_PAGES.ko.url);
    frame = await sidebar(ko);
    await waitFor(async () => (await shownId(frame)) === addedId, 'the Korean outlet shows the added exchange');
    assertEqual(await level(frame), 'clear', 'as a match ("This article reports")');
    await frame.type('#note-text', NOTE);
    await click(frame, 'Save note');
    await waitFor(async () => (await frame.$$eval('[data-testid=note-list] .note-text', (els) => els.map((e) => e.textContent))).includes(NOTE), 'the note listed');
    await ko.close();
  });

  test('after a browser restart on the same profile, a third outlet\'s article still matches it, with the note', async () => {
    await browser.close();
    browser = await launchFirefoxProfile(profile, prefs());
    const zh = await open(browser, FLOOD_PAGES.zh.url);
    const frame = await sidebar(zh);
    await waitFor(async () => (await shownId(frame)) === addedId, 'the Chinese outlet shows the added exchange after the restart');
    assertEqual((await text(frame, '[data-testid=summary]')).trim(), SUMMARY, 'summary');
    await waitFor(async () => (await frame.$$eval('[data-testid=note-list] .note-text', (els) => els.map((e) => e.textContent))).includes(NOTE), 'the note after the restart');
    await zh.close();
  });

  test('kept wording: offered while the setting is off; kept automatically when on; not kept once off again', async () => {
    let page = await open(browser, FLOOD_PAGES.ko.url);
    let frame = await sidebar(page);
    await frame.waitForSelector('::-p-text(Add this article\'s wording)');
    const checkbox = (await frame.waitForSelector('[data-testid=auto-capture]')) as ElementHandle<HTMLInputElement>;
    assertEqual(await checkbox.evaluate((c) => c.checked), false, 'off by default');
    await checkbox.click();
    await waitFor(async () => checkbox.evaluate((c) => c.checked), 'the setting on');
    await page.close();
    page = await open(browser, FLOOD_PAGES.zh.url);
    await new Promise((r) => setTimeout(r, 800));
    frame = await sidebar(page);
    await waitFor(async () => (await count(frame, '[data-testid=sources] li.this-article [data-testid=from-your-reading]')) === 1, 'the Chinese article kept without asking');
    assertEqual(await count(frame, '::-p-text(Add this article\'s wording)'), 0, 'not offered: kept');
    const off = (await frame.waitForSelector('[data-testid=auto-capture]')) as ElementHandle<HTMLInputElement>;
    await off.click();
    await waitFor(async () => !(await off.evaluate((c) => c.checked)), 'the setting off');
    await page.close();
    page = await open(browser, bundledPage.url);
    await new Promise((r) => setTimeout(r, 800));
    frame = await sidebar(page);
    await waitFor(async () => (await shownId(frame)) === bundledPage.eventId, 'the bundled exchange');
    await frame.waitForSelector('::-p-text(Add this article\'s wording)');
    assertEqual(await count(frame, '[data-testid=sources] li.this-article'), 0, 'not among the sources: nothing kept while off');
    const library = await libraryPage(browser, frame);
    assertEqual(await text(library, '[data-testid=usage]'), 'Articles whose wording is kept: 1 (about 1 KB).', 'one article\'s wording kept (the Chinese one)');
    await library.close();
    await page.close();
  });

  test('pack export → fresh profile import: the same exchange, matched again; a second import changes nothing; a bad pack is refused', async () => {
    const page = await open(browser, FLOOD_PAGES.ko.url);
    const library = await libraryPage(browser, await sidebar(page));
    await click(library, 'Export pack');
    const file = await waitFor(async () => (await readdir(downloads)).find((f) => /^lips-and-teeth-pack-.*\.json$/.test(f)), 'the pack in the download folder');
    packPath = join(downloads, file);
    const pack = await waitFor(async () => { try { return JSON.parse(await readFile(packPath, 'utf8')) as DatasetPack; } catch { return null; } }, 'the whole pack written');
    assertEqual(pack.events.map((e) => [e.id, e.origin, e.summary.en]), [[addedId, 'reader', SUMMARY]], 'the added exchange in the pack');
    assertEqual(Object.keys(pack.coverage), [addedId], 'its kept wording');
    await library.close();
    await page.close();

    const freshProfile = await mkdtemp(join(tmpdir(), 'lt-ff-fresh-'));
    await installIntoProfile(freshProfile);
    const fresh = await launchFirefoxProfile(freshProfile, prefs());
    try {
      const en = await open(fresh, FLOOD_PAGES.en.url);
      let frame = await sidebar(en);
      assertEqual(await text(frame, '[data-testid=status]'), 'An exchange we don\'t hold yet', 'the fresh profile does not hold it');
      const lib = await libraryPage(fresh, frame);
      const input = (await lib.$('[data-testid=import]')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(packPath);
      await lib.waitForSelector('[data-testid=import-preview]');
      assert((await text(lib, '[data-testid=preview-add]')).startsWith('New exchanges: 1'), 'preview: one new exchange');
      await click(lib, 'Apply');
      await waitFor(async () => (await text(lib, '[data-testid=message]')).startsWith('Imported: 1 exchanges added'), 'the import report');
      assertEqual(await exchangeIds(lib), [addedId], 'the same exchange, same id');
      await en.reload();
      await waitFor(async () => (await launcher(en))?.isVisible(), 'the launcher after reload');
      frame = await sidebar(en);
      await waitFor(async () => (await shownId(frame)) === addedId, 'the article now matches the imported exchange');
      await input.uploadFile(packPath);
      await lib.waitForSelector('[data-testid=preview-nothing]');
      await click(lib, 'Cancel');
      const bad = join(downloads, 'bad-pack.json');
      await writeFile(bad, JSON.stringify({ ...pack, events: [{ ...pack.events[0], direction: 'sideways' }] }));
      await input.uploadFile(bad);
      await waitFor(async () => /Import refused, nothing was changed: .*direction "sideways" unknown/.test(await text(lib, '[data-testid=error]')), 'the bad pack refused, its problem named');
      assertEqual(await exchangeIds(lib), [addedId], 'nothing changed');
      await lib.close();
      await en.close();
    } finally {
      await fresh.close();
      await rm(freshProfile, { recursive: true, force: true });
    }
  });

  test('an update that bundles the reader\'s exchange links them: the note and kept wording follow, no duplicate', async () => {
    await browser.close();
    const release = await copyOfBuild(FIREFOX_DIST);
    try {
      const twin = releasedTwin(`https://${new URL(FLOOD_PAGES.en.url).host}${new URL(FLOOD_PAGES.en.url).pathname}`);
      await releaseWith(release, [twin], '99.0.0');
      // The add-on in the profile replaced by the next version, as an update does; Firefox installs it at start.
      await installIntoProfile(profile, release);
      browser = await launchFirefoxProfile(profile, prefs());
      const ko = await open(browser, FLOOD_PAGES.ko.url);
      const frame = await sidebar(ko);
      await waitFor(async () => (await shownId(frame)) === twin.id, 'the Korean outlet now shows the bundled exchange');
      assertEqual(await count(frame, '[data-testid=exchange] [data-testid=added-by-you]'), 0, 'not marked as the reader\'s');
      await waitFor(async () => (await frame.$$eval('[data-testid=note-list] .note-text', (els) => els.map((e) => e.textContent))).includes(NOTE), 'the note follows');
      const zh = await open(browser, FLOOD_PAGES.zh.url);
      const f2 = await sidebar(zh);
      await waitFor(async () => (await shownId(f2)) === twin.id, 'the Chinese outlet too');
      assertEqual(await count(f2, '[data-testid=sources] li.this-article [data-testid=from-your-reading]'), 1, 'its kept wording followed');
      const library = await libraryPage(browser, f2);
      assert((await text(library, `[data-testid=exchanges] li[data-event-id="${addedId}"] [data-testid=joined]`)).includes(twin.title.en!), 'the library page says it joined the record');
      await library.close();
      await zh.close();
      await ko.close();
    } finally {
      await rm(release, { recursive: true, force: true });
    }
  });
});
