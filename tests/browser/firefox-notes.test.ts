/**
 * Notes in Firefox ESR on the built extension (dist/firefox): a quote taken in the sidebar
 * is highlighted again when the article is reloaded, and the notes page's BibTeX export
 * downloads a file that Better BibTeX's parser reads, with the access date.
 */
import type { Frame, Page } from 'puppeteer-core';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { launcher, launchFirefox, servedAt, sidebarFrame, type FirefoxSession } from './firefox';
import { FixtureServer } from './server';
import { seedLabels } from './fixtures';
import { HIGHLIGHT_PREFIX } from '../../shared/anchoring/highlight-name';

const SUITE = 'Firefox ESR: quotes highlighted again, and a citation export';
const QUOTE = 'have worked closely to promote regional peace and stability';
const NOTE = `Firefox quote note ${Date.now()}`;
const server = new FixtureServer();
let session: FirefoxSession;
let downloads: string;
let seed: Awaited<ReturnType<typeof seedLabels>>[number];

const highlighted = (page: Page) =>
  page.evaluate((prefix: string) => {
    const found: string[] = [];
    CSS.highlights?.forEach((h, name) => {
      if (name.startsWith(prefix)) for (const r of h as unknown as Set<Range>) found.push(r.toString());
    });
    return found;
  }, HIGHLIGHT_PREFIX);

async function openSidebar(page: Page): Promise<Frame> {
  await waitFor(async () => (await launcher(page))?.isVisible(), 'the launcher');
  await (await launcher(page))!.click();
  const frame = await waitFor(() => sidebarFrame(page), 'the sidebar frame');
  await frame.waitForSelector('#note-text');
  return frame;
}

export const firefoxNotesHooks: Record<string, Hooks> = {
  [SUITE]: {
    before: async () => {
      seed = (await seedLabels()).find((s) => s.file.includes('002'))!;
      server.set(servedAt(seed.url), seed.html);
      await server.start();
      downloads = await mkdtemp(join(tmpdir(), 'lt-ff-downloads-'));
      session = await launchFirefox({
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
      });
    },
    after: async () => {
      await session?.close();
      await server.stop();
      await rm(downloads, { recursive: true, force: true });
    },
  },
};

suite(SUITE, () => {
  test('a quote taken in the sidebar is highlighted on the article again after a reload', async () => {
    const page = await session.browser.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(servedAt(seed.url, server.port));
    const frame = await openSidebar(page);
    await page.evaluate((words: string) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes(words))!;
      const text = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes(words)) as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf(words));
      range.setEnd(text, text.data.indexOf(words) + words.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, QUOTE);
    await (await frame.waitForSelector('::-p-text(Quote selected text)'))!.click();
    await waitFor(async () => (await frame.$eval('.note-form', (f) => f.textContent ?? '')).includes(QUOTE), 'the quote in the editor');
    await frame.type('#note-text', NOTE);
    await (await frame.waitForSelector('::-p-text(Save note)'))!.click();
    await waitFor(async () => (await frame.$$eval('[data-testid=note-list] .note-text', (els) => els.map((e) => e.textContent))).includes(NOTE), 'the note listed');
    await page.reload();
    const marks = await waitFor(async () => { const h = await highlighted(page); return h.length > 0 && h; }, 'the quote highlighted after the reload', 15_000);
    assertEqual(marks, [QUOTE], 'highlighted passages');
    await page.close();
  });

  test('the notes page’s BibTeX button downloads a file Better BibTeX’s parser reads, with the access date', async () => {
    const page = await session.browser.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(servedAt(seed.url, server.port));
    const frame = await openSidebar(page);
    // Firefox refuses page.goto to moz-extension pages: the sidebar's own button opens the notes page.
    // Its tab reports about:blank over WebDriver BiDi (as our frames do, TESTING.md): it is the tab that is new.
    const before = new Set(await session.browser.pages());
    await (await frame.waitForSelector('::-p-text(All notes)'))!.click();
    const notes = await waitFor(async () => (await session.browser.pages()).find((p) => !before.has(p)), 'the notes page in a new tab');
    // The notes arrive after the page renders: export only once the note is listed.
    await waitFor(async () => (await notes.$$eval('[data-testid=notes] .note-text', (els) => els.map((e) => e.textContent))).includes(NOTE), 'the note on the notes page');
    await (await notes.waitForSelector('::-p-text(BibTeX)'))!.click();
    const file = await waitFor(async () => (await readdir(downloads)).find((f) => f.endsWith('.bib')), 'a .bib file in the download folder');
    // Firefox may show the file's name before it has finished writing it: read until the article's entry is there.
    const read = async () => parseBibtex(await readFile(join(downloads, file), 'utf8'), { sentenceCase: false });
    const library = await waitFor(async () => {
      const parsed = await read();
      return parsed.entries.some((e) => e.fields.url === servedAt(seed.url, server.port)) && parsed;
    }, 'the article\'s entry in the downloaded .bib file').catch(async () => read());
    assertEqual(library.errors, [], 'BibTeX parse errors');
    const entry = library.entries.find((e) => e.fields.url === servedAt(seed.url, server.port));
    assert(entry, `an entry for the article (${library.entries.map((e) => e.fields.url).join(', ')})`);
    const today = new Date();
    const local = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    assertEqual(entry.fields.urldate, local, 'the access date (the day the note was saved)');
    assert(String(entry.fields.annote).includes(NOTE), 'the note rides along');
    await notes.close();
    await page.close();
  });
});
