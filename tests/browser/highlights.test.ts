/**
 * Back to the passage, in Debian's Chromium on the built extension: a quote taken in the
 * sidebar keeps the text around it; on a revisit the quoted passages are highlighted on
 * the page (the repeated word at the right occurrence, an edited sentence still found),
 * a vanished one is listed as such in the sidebar; the notes page's text-fragment link
 * opens the article scrolled to the quote.
 */
import type { Frame, Page } from 'playwright-core';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { launchChromium, type ChromiumSession } from './chromium';
import { FixtureServer } from './server';
import { seedLabels } from './fixtures';
import { listedInSidebar, openNotesPage, openSidebar, storedNotes } from './notes-helpers';
import { HIGHLIGHT_PREFIX } from '../../shared/anchoring/highlight-name';

const SUITE = 'Chromium: quotes highlighted again, and links back to the passage';
const SCREENSHOTS = resolve(import.meta.dirname, '../../artifacts/screenshots');
const server = new FixtureServer();
let session: ChromiumSession;
let profile: string;
let seed: Awaited<ReturnType<typeof seedLabels>>[number];
let original = '';

/** Far down the page: a tall block before it, so opening at the passage must scroll. */
const LONG = 'will steadily strive to consolidate and develop the friendly and cooperative relations';
/** "Pyongyang" stands in several paragraphs: the one quoted is in the paragraph that starts so. */
const REPEATED = 'Pyongyang';
const REPEATED_PARAGRAPH = 'Analysts say Pyongyang relies heavily';
const EDITED = 'China and North Korea have stepped up diplomacy since ending years-long border restrictions';
const VANISHING = 'Bilateral ties have seemingly become more complex in recent months';
const BYLINE = 'Test Byline, AFP';

/** The seed article with a byline and a tall figure before the KCNA paragraph. */
const fixture = (html: string) =>
  html
    .replace('<meta name="generator"', `<meta name="author" content="${BYLINE}"><meta name="generator"`)
    .replace('<p>He added that Beijing', '<div style="height: 2600px" aria-hidden="true"></div><p>He added that Beijing');
/** The same article after an edit: one paragraph gone, one sentence reworded a little. */
const revised = (html: string) =>
  html.replace(/<p>Bilateral ties have seemingly[\s\S]*?<\/p>/, '').replace('have stepped up diplomacy', 'have stepped-up diplomacy');

async function select(page: Page, words: string, inParagraphStarting?: string): Promise<void> {
  await page.evaluate(({ words, start }) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes(words) && (!start || el.textContent!.startsWith(start)));
    if (!p) throw new Error(`no paragraph with ${words}`);
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + words.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${words}" is split across elements`);
  }, { words, start: inParagraphStarting ?? '' });
}

async function quoteAndSave(page: Page, frame: Frame, words: string, text: string, paragraph?: string): Promise<void> {
  await select(page, words, paragraph);
  await frame.getByRole('button', { name: 'Quote selected text' }).click();
  await waitFor(async () => (await frame.locator('.note-form blockquote').textContent())?.includes(words), `the quote "${words}" in the editor`);
  await frame.fill('#note-text', text);
  await frame.getByRole('button', { name: 'Save note' }).click();
  await waitFor(async () => (await listedInSidebar(frame)).includes(text), `"${text}" saved`);
}

/** The passages our highlight covers on the page, each with the start of its paragraph. */
const highlighted = (page: Page) =>
  page.evaluate((prefix) => {
    const found: { text: string; paragraph: string; name: string }[] = [];
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith(prefix)) return;
      for (const r of h as unknown as Set<Range>) found.push({ text: r.toString(), paragraph: (r.startContainer.parentElement?.closest('p')?.textContent ?? '').slice(0, 40), name });
    });
    return found;
  }, HIGHLIGHT_PREFIX);

export const highlightsHooks: Record<string, Hooks> = {
  [SUITE]: {
    before: async () => {
      seed = (await seedLabels()).find((s) => s.file.includes('002'))!;
      original = fixture(seed.html);
      server.set(seed.servedUrl, original);
      await server.start();
      profile = await mkdtemp(join(tmpdir(), 'lt-highlights-'));
      session = await launchChromium(server.port, profile);
    },
    after: async () => {
      await session.close();
      await server.stop();
      await rm(profile, { recursive: true, force: true });
    },
  },
};

suite(SUITE, () => {
  test('quotes taken in the sidebar keep their context and the byline; on a revisit they are highlighted', async () => {
    const page = await session.context.newPage();
    await page.goto(seed.servedUrl);
    const frame = await openSidebar(page);
    await quoteAndSave(page, frame, LONG, 'Kim: consolidate and develop');
    await quoteAndSave(page, frame, REPEATED, 'Which Pyongyang: the sanctions one', REPEATED_PARAGRAPH);
    await quoteAndSave(page, frame, EDITED, 'Border reopening');
    await quoteAndSave(page, frame, VANISHING, 'Russia angle');
    const stored = await storedNotes(session);
    const byText = (text: string) => stored.find((n) => n.text === text)!;
    const repeated = byText('Which Pyongyang: the sanctions one');
    assertEqual(repeated.quote, REPEATED, 'the repeated word as quoted');
    assert(repeated.quoteContext?.repeated === true, 'a repeated quote is marked so');
    assert(repeated.quoteContext.suffix.startsWith(' relies heavily'), `its suffix (${JSON.stringify(repeated.quoteContext.suffix)})`);
    assert(repeated.quoteContext.prefix.endsWith('Analysts say '), `its prefix (${JSON.stringify(repeated.quoteContext.prefix)})`);
    assertEqual(byText('Kim: consolidate and develop').quoteContext?.repeated, undefined, 'a unique quote is not marked repeated');
    assertEqual(byText('Russia angle').article?.author, BYLINE, 'the byline from the page');
    assertEqual(byText('Russia angle').article?.lang, 'en', 'the article language');
    // Saving highlights at once, without a reload.
    await waitFor(async () => (await highlighted(page)).length === 4, 'four passages highlighted after saving');
    await page.close();

    // A revisit: the highlight comes from the background on page load, no sidebar opened.
    const again = await session.context.newPage();
    await again.goto(seed.servedUrl);
    const marks = await waitFor(async () => { const h = await highlighted(again); return h.length === 4 && h; }, 'four passages highlighted on the revisit');
    assertEqual(marks.map((m) => m.text).sort(), [LONG, REPEATED, EDITED, VANISHING].sort(), 'highlighted passages');
    assert(marks.find((m) => m.text === REPEATED)!.paragraph.startsWith(REPEATED_PARAGRAPH), `the repeated word is highlighted in the paragraph it was quoted from (${marks.find((m) => m.text === REPEATED)!.paragraph})`);
    await again.evaluate((words) => [...document.querySelectorAll('p')].find((el) => el.textContent!.includes(words))!.scrollIntoView({ block: 'center' }), REPEATED_PARAGRAPH);
    await mkdir(SCREENSHOTS, { recursive: true });
    await again.screenshot({ path: join(SCREENSHOTS, 'highlights.png') });
    // Our look, under a name the page's CSS cannot know: a page rule for every element changes nothing.
    const name = marks[0]!.name;
    assert(marks.every((m) => m.name === name) && name !== `${HIGHLIGHT_PREFIX}quote`, `one highlight, under a random name (${name})`);
    const look = await again.evaluate(({ words, name }) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes(words))!;
      const style = document.createElement('style');
      style.textContent = '* { background: white !important; color: white !important; text-decoration: none !important; }';
      document.head.append(style);
      const s = getComputedStyle(p, `::highlight(${name})`);
      return `${s.backgroundColor} / ${s.color} / ${s.textDecorationLine}`;
    }, { words: LONG, name });
    assertEqual(look, 'rgb(255, 229, 138) / rgb(29, 31, 35) / underline', 'our highlight\'s look, whatever the page\'s own CSS says');
    assertEqual(await again.locator('lips-and-teeth-ui').count() <= 1, true, 'no extra UI host injected by highlighting');
    await again.close();
  });

  test('after the article changed, an edited quote is still found and a vanished one is listed in the sidebar', async () => {
    server.set(seed.servedUrl, revised(original));
    try {
      const page = await session.context.newPage();
      await page.goto(seed.servedUrl);
      const marks = await waitFor(async () => { const h = await highlighted(page); return h.length === 3 && h; }, 'three passages highlighted on the changed page');
      assert(marks.some((m) => m.text.startsWith('China and North Korea have stepped-up diplomacy')), `the reworded sentence found approximately (${marks.map((m) => m.text).join(' | ')})`);
      assert(!marks.some((m) => m.text.includes('Bilateral')), 'nothing highlighted for the vanished passage');
      const frame = await openSidebar(page);
      const missing = frame.locator('[data-testid=missing-quotes]');
      await waitFor(async () => (await missing.textContent())?.includes(VANISHING), 'the vanished quote listed as no longer found');
      assertEqual(await missing.locator('blockquote').count(), 1, 'only the vanished quote is listed');
      assert((await listedInSidebar(frame)).includes('Russia angle'), 'its note is still listed');
      assertEqual(await frame.locator('[data-testid=quote-missing]').count(), 1, 'one note marked as not found on the page');
      await page.close();
    } finally {
      server.set(seed.servedUrl, original);
    }
  });

  test('the notes page links a quote to its passage: the article opens scrolled to the words', async () => {
    const notes = await openNotesPage(session);
    const item = notes.locator('[data-testid=notes] li', { hasText: 'Kim: consolidate and develop' });
    const link = item.getByRole('link', { name: 'Open at this passage' });
    const href = (await link.getAttribute('href'))!;
    assert(href.startsWith(`${seed.servedUrl}#:~:text=`), `a text fragment on the article's URL (${href})`);
    assert(href.includes(encodeURIComponent('will steadily strive to').replace(/-/g, '%2D')), `the quote's first words, encoded (${href})`);
    const [article] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    await article.waitForLoadState('load');
    const view = await waitFor(async () => {
      const v = await article.evaluate((words) => {
        const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes(words))!;
        const box = p.getBoundingClientRect();
        return { scrollY: window.scrollY, top: box.top, bottom: box.bottom, height: innerHeight, hash: location.hash };
      }, LONG);
      return v.scrollY > 1000 && v.top >= 0 && v.bottom <= v.height && v;
    }, 'the quoted paragraph scrolled into view');
    console.log(`      opened at the passage: scrolled ${view.scrollY} px, paragraph at ${Math.round(view.top)}–${Math.round(view.bottom)} of ${view.height}`);
    // The directive is the browser's: the page never sees it in location.hash.
    assertEqual(view.hash, '', 'the fragment directive is hidden from the page');
    await article.close();
    await notes.close();
  });
});
