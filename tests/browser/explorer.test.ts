/**
 * The exchange explorer in Chromium, on the built extension: every exchange listed, the
 * filters and the URL state, phrase search across languages, gaps, the sidebar's quote
 * chips, notes, Markdown copy, the keyboard path, accessibility in both themes, and the
 * virtualised list on a record of thousands. Expectations are computed from the dataset.
 */
import type { Page } from 'playwright-core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { CHROME_DIST, launchChromium, launchOnCorpus, sidebarFrame, tabIdOf, tabState, type ChromiumSession } from './chromium';
import { FixtureServer } from './server';
import { seedLabels } from './fixtures';
import { loadDatasetFile } from '../../scripts/extension-build';
import { syntheticDataset } from '../../scripts/bench/synthetic-dataset';
import { applyFilter, type ExchangeFilter } from '../../shared/dataset/exchange-filter';
import { recordSpan, seriesOf } from '../../shared/dataset/occasion-gaps';
import { PhraseIndex } from '../../shared/dataset/phrase-search';
import { sourceTexts } from '../../shared/dataset/source-texts';
import { OCCASIONS, type ExchangeEvent } from '../../shared/dataset/schema';
import type { DatasetFile } from '../../shared/dataset/catalog';

const NAME = 'Chromium: the explorer';
const OLYMPIC_REPLY = '2022-02-26-xi-reply-olympics';
const server = new FixtureServer();
let session: ChromiumSession;
let file: DatasetFile;
let events: ExchangeEvent[];
let index: PhraseIndex;

const explorerUrl = (hash = '') => `chrome-extension://${session.extensionId}/explorer/explorer.html${hash}`;

async function openExplorer(hash = '#/list', s: ChromiumSession = session): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/explorer/explorer.html${hash}`);
  await page.waitForSelector('#results > *');
  return page;
}

const listedIds = (page: Page) => page.locator('[data-testid=exchange-list] a[data-event-id]').evaluateAll((links) => links.map((a) => a.getAttribute('data-event-id')!));
const resultIds = (page: Page) => page.locator('[data-testid=search-results] li.result').evaluateAll((items) => items.map((li) => li.getAttribute('data-event-id')!));
const sorted = (ids: string[]) => [...ids].sort();

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.fill('[data-testid=search-input]', query);
  const expected = index.search(query).exchanges.length;
  await waitFor(async () => (await resultIds(page)).length === Math.min(expected, 50), `${expected} results for "${query}"`);
  return resultIds(page);
}

/** axe-core's serious and critical violations on the page as it is. */
async function axeViolations(page: Page): Promise<string[]> {
  const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // evaluate() runs through DevTools, so the extension page's CSP does not block axe.
  await page.evaluate(`${axe};0`);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  });
}

export const explorerHooks: Record<string, Hooks> = {
  [NAME]: {
    before: async () => {
      file = await loadDatasetFile();
      events = [...file.events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
      index = new PhraseIndex(events, file.concepts);
      session = await launchOnCorpus(server);
    },
    after: async () => {
      await session.close();
      await server.stop();
    },
  },
};

suite(NAME, () => {
  test('lists every exchange of the dataset, newest first, with no article open', async () => {
    const page = await openExplorer();
    await waitFor(async () => (await listedIds(page)).length === events.length, `${events.length} exchanges listed`);
    assertEqual(await listedIds(page), events.map((e) => e.id).reverse(), 'every exchange, newest first');
    assert((await page.textContent('[data-testid=shown-count]'))?.includes(String(events.length)), 'the count says how many');
    await page.close();
  });

  test('filters and the order go to the URL, and a reload (or the link in a new tab) shows the same view', async () => {
    const page = await openExplorer();
    // The busiest occasion and, within it, the commonest direction: a filter that keeps several exchanges.
    const count = <T>(xs: T[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>())].sort((a, b) => b[1] - a[1])[0]![0];
    const occasion = count(events.map((e) => e.occasion));
    const direction = count(events.filter((e) => e.occasion === occasion).map((e) => e.direction));
    const years = events.filter((e) => e.occasion === occasion && e.direction === direction).map((e) => Number(e.date.slice(0, 4)));
    const filter: ExchangeFilter = { from: Math.min(...years) + 1, to: Math.max(...years) - 1, occasion, direction, readouts: 'dprk' };
    await page.selectOption('#f-from', String(filter.from));
    await page.selectOption('#f-to', String(filter.to));
    await page.selectOption('#f-occasion', occasion);
    await page.selectOption('#f-direction', direction);
    await page.selectOption('#f-readouts', 'dprk');
    await page.selectOption('#f-sort', 'oldest');
    const expected = applyFilter(events, filter, 'oldest').map((e) => e.id);
    assert(expected.length >= 2, `the filter keeps several exchanges (${expected.length})`);
    await waitFor(async () => JSON.stringify(await listedIds(page)) === JSON.stringify(expected), 'the filtered list');
    const hash = new URL(page.url()).hash;
    for (const part of [`from=${filter.from}`, `to=${filter.to}`, `occasion=${occasion}`, `dir=${direction}`, 'readouts=dprk', 'sort=oldest']) assert(hash.includes(part), `${part} in ${hash}`);

    await page.reload();
    await page.waitForSelector('[data-testid=exchange-list]');
    assertEqual(await listedIds(page), expected, 'the same list after a reload');
    assertEqual(await page.inputValue('#f-occasion'), occasion, 'the occasion filter after a reload');
    assertEqual(await page.inputValue('#f-sort'), 'oldest', 'the order after a reload');
    const other = await openExplorer(hash);
    assertEqual(await listedIds(other), expected, 'the same list from the bookmarked URL');
    await other.close();

    await page.click('[data-testid=clear-filters]');
    await waitFor(async () => (await listedIds(page)).length === events.length, 'the whole record again');
    assertEqual(new URL(page.url()).hash, '#/list?sort=oldest', 'only the order is left in the URL');
    await page.close();
  });

  test('"new situation" and "新形势" each find the Olympic reply and other exchanges through concept links', async () => {
    const page = await openExplorer('#/search');
    for (const query of ['new situation', '新形势']) {
      const expected = index.search(query);
      const viaConcept = expected.exchanges.filter((x) => x.event.id !== OLYMPIC_REPLY && x.quotes.some((q) => q.matchedBy === 'concept')).map((x) => x.event.id);
      assert(viaConcept.length >= 1, `${query}: the dataset links the words to other exchanges`);
      const shown = await searchFor(page, query);
      assertEqual(sorted(shown), sorted(expected.exchanges.map((x) => x.event.id)), `${query}: the exchanges found`);
      assert(shown.includes(OLYMPIC_REPLY), `${query}: the Olympic reply is found`);
      for (const id of viaConcept) {
        const concepts = await page.locator(`li.result[data-event-id="${id}"] .quote.matched-concept`).count();
        assert(concepts >= 1, `${query}: ${id} is shown with a rendering reached through its concept`);
      }
      assertEqual(new URL(page.url()).hash, `#/search?q=${encodeURIComponent(query)}`, `${query}: the query in the URL`);
      // The chart's table gives the count per year; together they count every exchange found.
      const perYear = await page.locator('[data-testid=search-years-table] tbody tr td:last-child').allTextContents();
      assertEqual(perYear.reduce((n, c) => n + Number(c), 0), expected.exchanges.length, `${query}: the chart counts every exchange found`);
      const label = await page.getAttribute('[data-testid=search-years-chart] svg', 'aria-label');
      assert(label?.includes('2022: '), `${query}: the chart is described by year (${label})`);
    }
    // Traditional characters meet the simplified quotes.
    const traditional = await searchFor(page, '新局勢');
    assert(traditional.includes(OLYMPIC_REPLY), '新局勢 finds the Olympic reply');
    await page.close();
  });

  test('a quote chip in the sidebar opens the explorer’s search, prefilled', async () => {
    const seed = (await seedLabels()).find((s) => s.eventId === OLYMPIC_REPLY)!;
    const article = await session.context.newPage();
    await article.goto(seed.servedUrl);
    const tabId = await tabIdOf(session, article);
    await waitFor(() => tabState(session, tabId), 'the tab state');
    await (await session.worker()).evaluate((id: number) => (globalThis as unknown as { lipsAndTeethToggle: (tabId: number) => Promise<void> }).lipsAndTeethToggle(id), tabId);
    const frame = await sidebarFrame(article);
    const chip = frame.locator('[data-testid=chip]').first();
    await chip.waitFor();
    const words = (await chip.textContent())!.replace(/^“|”.*$/g, '');
    await chip.click();
    const [explorer] = await Promise.all([session.context.waitForEvent('page'), frame.locator('[data-testid=chip-search]').click()]);
    await explorer.waitForSelector('[data-testid=search-input]');
    assert(explorer.url().startsWith(explorerUrl('#/search?q=')), `the explorer's search opened (${explorer.url()})`);
    assertEqual(await explorer.inputValue('[data-testid=search-input]'), words, 'the search box holds the chip’s words');
    await waitFor(async () => (await resultIds(explorer)).includes(OLYMPIC_REPLY), 'the exchange the chip came from among the results');
    await explorer.close();
    // The sidebar's own button opens the explorer on the whole record.
    const [whole] = await Promise.all([session.context.waitForEvent('page'), frame.getByRole('button', { name: 'Browse all exchanges' }).click()]);
    await whole.waitForSelector('[data-testid=exchange-list]');
    assertEqual(whole.url(), explorerUrl(), 'the explorer, on its list');
    await whole.close();
    await article.close();
  });

  test('the notes page links to the explorer', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/notes/notes.html`);
    await page.getByRole('link', { name: 'Browse all exchanges' }).click();
    await page.waitForSelector('[data-testid=exchange-list]');
    assertEqual(await page.locator('[data-testid=exchange-list] a[data-event-id]').count(), events.length, 'every exchange listed');
    await page.close();
  });

  test('gaps: the timeline and an occasion view show the years a recurring occasion passed without a message', async () => {
    const page = await openExplorer('#/timeline');
    await page.waitForSelector('[data-testid=lanes]');
    const span = recordSpan(events);
    const series = seriesOf(events, span, OCCASIONS);
    const gaps = series.reduce((n, s) => n + s.gaps.length, 0);
    assert(gaps > 0, 'the record has silences');
    assertEqual(await page.locator('[data-testid=gap-cell]').count(), gaps, 'one dashed cell per silent year');
    assertEqual(await page.locator('[data-testid=lanes] a[data-event-id]').evaluateAll((a) => new Set(a.map((x) => x.getAttribute('data-event-id'))).size), events.length, 'every exchange placed on the timeline');
    // The occasion with the most silences, as a list.
    const occasion = [...series].sort((a, b) => b.gaps.length - a.gaps.length)[0]!.occasion;
    await page.click('[data-testid=tab-list]');
    await page.selectOption('#f-occasion', occasion);
    const expected = series.filter((s) => s.occasion === occasion).reduce((n, s) => n + s.gaps.length, 0);
    await waitFor(async () => (await page.locator('[data-testid=gap-row]').count()) === expected, `${expected} silent years listed for ${occasion}`);
    await page.close();
  });

  test('an exchange opens in full with its notes; a note saved there feeds the "with my notes" filter', async () => {
    const page = await openExplorer(`#/exchange/${OLYMPIC_REPLY}`);
    const event = events.find((e) => e.id === OLYMPIC_REPLY)!;
    await page.waitForSelector('[data-testid=exchange-detail] [data-testid=summary]');
    assertEqual((await page.textContent('[data-testid=summary]'))?.trim(), event.summary.en, 'the card’s summary');
    assertEqual(await page.locator('[data-testid=source]').count(), sourceTexts(event).length, 'the sidebar’s sources, one per distinct text');
    assert((await page.locator('[data-testid=wording] tbody').count()) > 0, 'the sidebar’s wording table');
    const at = events.findIndex((e) => e.id === OLYMPIC_REPLY);
    assertEqual(await page.getAttribute('[data-testid=earlier]', 'href'), `#/exchange/${events[at - 1]!.id}`, 'the earlier exchange');
    assertEqual(await page.getAttribute('[data-testid=later]', 'href'), `#/exchange/${events[at + 1]!.id}`, 'the later exchange');
    await page.fill('#note-text', 'Compare with the 2013 reply.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.waitForSelector('[data-testid=note-list] .note-text');
    await page.click('[data-testid=back]');
    await page.check('#f-notes');
    await waitFor(async () => JSON.stringify(await listedIds(page)) === JSON.stringify([OLYMPIC_REPLY]), 'only the noted exchange');
    assert(new URL(page.url()).hash.includes('notes=1'), 'the notes filter in the URL');
    await page.close();
  });

  test('copy as Markdown: a table of the view’s exchanges, with dates, kinds, titles and state-media links', async () => {
    const filter: ExchangeFilter = { readouts: 'both' };
    const page = await openExplorer('#/list?readouts=both');
    // Reading the clipboard back needs a permission Chromium will not grant an extension origin
    // from the driver: the text is caught on its way in, and still written.
    await page.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        (window as unknown as { __copied: string }).__copied = text;
        return write(text);
      };
    });
    await page.click('[data-testid=copy-markdown]');
    await waitFor(async () => (await page.textContent('[data-testid=copy-status]'))?.includes('Copied'), 'the copy to be confirmed');
    const markdown = await page.evaluate(() => (window as unknown as { __copied: string }).__copied);
    const expected = applyFilter(events, filter, 'newest');
    const rows = markdown.split('\n').filter((l) => l.startsWith('| ')).slice(2);
    assertEqual(rows.length, expected.length, 'one table row per exchange');
    expected.forEach((e, i) => {
      assert(rows[i]!.includes(e.title.en!.replace(/\|/g, '\\|')), `row ${i} is ${e.id}`);
      for (const r of e.readouts) if (r.url) assert(rows[i]!.includes(`](${r.url.replace(/[\s()]/g, encodeURIComponent)})`), `row ${i} links ${r.url}`);
    });
    assert(markdown.startsWith(`## Xi–Kim exchanges: ${expected.length} of ${events.length}`), `the heading counts the view (${markdown.slice(0, 60)})`);
    await page.close();
  });

  test('keyboard: open an exchange from the list and the search, Esc returns focus to it, no trap', async () => {
    const page = await openExplorer('#/list');
    await page.keyboard.press('Tab');
    assertEqual(await page.evaluate(() => document.activeElement?.className), 'ex-skip', 'the skip link comes first');
    await page.keyboard.press('Enter');
    assertEqual(await page.evaluate(() => document.activeElement?.id), 'results', 'the skip link moves to the results');
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    assertEqual(id, events.at(-1)!.id, 'the next stop is the newest exchange');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=exchange-detail]');
    await waitFor(async () => page.evaluate(() => document.activeElement?.id === 'top' && !!document.activeElement.closest('[data-testid=exchange-detail]')), 'focus on the exchange’s title');
    await page.keyboard.press('Escape');
    await waitFor(async () => (await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))) === id, 'focus back on the exchange in the list');

    // Tab walks every control and leaves the page: nothing holds focus.
    const stops = await page.evaluate(() => document.querySelectorAll('a[href], button, select, input, textarea, [tabindex="0"]').length);
    let left = false;
    for (let i = 0; i < stops + 20 && !left; i++) {
      await page.keyboard.press('Tab');
      left = await page.evaluate(() => document.activeElement === document.body || document.activeElement?.className === 'ex-skip');
    }
    assert(left, `focus leaves the page after every control (${stops} stops)`);

    await page.goto(explorerUrl('#/search'));
    await page.waitForSelector('[data-testid=search-input]');
    assertEqual(await page.evaluate(() => document.activeElement?.id), 'phrase-search', 'an empty search starts in the search box');
    await page.keyboard.type('new situation');
    await waitFor(async () => (await resultIds(page)).length > 0, 'results');
    const first = (await resultIds(page))[0]!;
    await page.focus(`li.result[data-event-id="${first}"] h4 a`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=exchange-detail]');
    await page.keyboard.press('Escape');
    await waitFor(async () => (await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))) === first, 'focus back on the result');
    assertEqual(await page.inputValue('[data-testid=search-input]'), 'new situation', 'the search kept');
    await page.close();
  });

  test('no serious or critical accessibility violations (axe-core) and no text under 12 px, in light and dark themes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const hash of ['#/list', '#/timeline', '#/search?q=new%20situation', `#/exchange/${OLYMPIC_REPLY}`]) {
        const page = await session.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(explorerUrl(hash));
        await page.waitForSelector('main [data-testid]');
        await page.waitForTimeout(200);
        assertEqual(await axeViolations(page), [], `${scheme} ${hash}`);
        // No text a reader must read is set below 12 px (DESIGN.md), SVG labels included.
        const small = await page.evaluate(() => {
          const out: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!el || !n.textContent?.trim() || el.closest('.visually-hidden, script, style')) continue;
            const size = parseFloat(getComputedStyle(el).fontSize);
            if (size < 12) out.push(`${el.tagName}.${el.className} ${size}px "${n.textContent.trim().slice(0, 30)}"`);
          }
          return out.slice(0, 5);
        });
        assertEqual(small, [], `${scheme} ${hash}: text under 12 px`);
        await page.close();
      }
    }
  });

  test('ten thousand exchanges: the list renders only what is on screen, each row saying its place, and reaches the last', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lt-explorer-10k-'));
    const big = syntheticDataset(file.events, 10_000);
    await cp(CHROME_DIST, dir, { recursive: true });
    await writeFile(join(dir, 'data/dataset.json'), JSON.stringify({ ...file, events: big }));
    const other = await launchChromium(server.port, undefined, { dist: dir });
    try {
      const page = await openExplorer('#/list?sort=oldest', other);
      await page.waitForSelector('[data-testid=exchange-list] li');
      const rendered = await page.locator('[data-testid=exchange-list] > li').count();
      assert(rendered > 5 && rendered < 100, `only the rows near the screen are rendered (${rendered})`);
      const setSize = Number(await page.getAttribute('[data-testid=exchange-list] > li >> nth=0', 'aria-setsize'));
      assert(setSize >= 10_000, `every row counted in aria-setsize (${setSize})`);
      await page.keyboard.press('End');
      const last = [...big].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).at(-1)!;
      await waitFor(async () => (await page.locator(`a[data-event-id="${last.id}"]`).count()) === 1, 'the last exchange rendered at the end of the page');
      await page.close();
    } finally {
      await other.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
