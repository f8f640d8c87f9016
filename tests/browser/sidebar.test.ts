/**
 * The sidebar as a reader meets it (Chromium, built extension, real-looking article pages):
 * the first screen, what stands out, the wording table, sources, before and after, reader-facing
 * text for every exchange, certainty and the "probably" picker, keyboard and focus, type sizes,
 * accessibility in both themes. Expectations come from the dataset through the same pure modules.
 */
import type { Frame, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { launchOnCorpus, sidebarFrame, tabIdOf, tabState, type ChromiumSession } from './chromium';
import { FixtureServer } from './server';
import { corpus, seedLabels } from './fixtures';
import { messagesOf, openExchangePage, openSidebarOn, setTabState, storedArticle, toggleSidebar, visibleTextSizes } from './sidebar-helpers';
import { storedNotes, launcher } from './notes-helpers';
import { loadDataset } from '../../scripts/extension-build';
import { alignWording } from '../../shared/dataset/alignment';
import { findingsOf } from '../../shared/dataset/findings';
import { coverageOf } from '../../shared/dataset/occasion-calendar';
import { sourceTexts } from '../../shared/dataset/source-texts';
import { phraseHistory } from '../../shared/dataset/relations';
import { eventTitle, localize } from '../../shared/dataset/localize';
import { readerTextProblems } from '../../shared/dataset/reader-text';
import { articleKey } from '../../shared/dataset/wording';
import { certaintyOf } from '../../shared/ui/certainty';
import { formatDay } from '../../shared/ui/format';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import type { TabState } from '../../shared/messages';

const NAME = 'Chromium: the sidebar';
const server = new FixtureServer();
let session: ChromiumSession;
let events: ExchangeEvent[];
let msg: Awaited<ReturnType<typeof messagesOf>>;
const byId = (id: string) => events.find((e) => e.id === id)!;
const plural = (key: string, n: number) => msg(`${key}_${new Intl.PluralRules('en').select(n)}`, n);

export const sidebarHooks: Record<string, Hooks> = {
  [NAME]: {
    before: async () => {
      events = (await loadDataset()).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
      msg = await messagesOf('en');
      session = await launchOnCorpus(server, { viewport: { width: 1400, height: 900 } });
    },
    after: async () => {
      await session.close();
      await server.stop();
    },
  },
};

const text = async (frame: Frame | Page, selector: string) => ((await frame.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

/** Top and bottom of an element in the frame's viewport, and the viewport's height. */
const box = (frame: Frame, selector: string) =>
  frame.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: innerHeight, scrolled: scrollY };
  });

/** Clicks every "Show more" so all findings and wording rows are in the page. */
async function showEverything(frame: Frame | Page): Promise<void> {
  while ((await frame.locator('button.more').count()) > 0) await frame.locator('button.more').first().click();
}

suite(NAME, () => {
  test('first screen, without scrolling at 1400×900 and 1000×800: title, certainty, who to whom, labelled dates, what stands out', async () => {
    const coverage = coverageOf(events);
    for (const size of [{ width: 1400, height: 900 }, { width: 1000, height: 800 }]) {
      for (const seed of await seedLabels()) {
        const page = await session.context.newPage();
        await page.setViewportSize(size);
        const { frame, tabId } = await openSidebarOn(session, seed.servedUrl, page);
        const event = byId(seed.eventId!);
        const where = `${seed.file} at ${size.width}×${size.height}`;
        const certainty = certaintyOf((await tabState(session, tabId)) as unknown as TabState, (id) => events.some((e) => e.id === id));
        assertEqual(await text(frame, '[data-testid=certainty]'), msg(certainty.level === 'clear' ? 'certaintyClear' : 'certaintyProbable'), `${where}: certainty`);
        assertEqual(await text(frame, '[data-testid=exchange-title]'), eventTitle(event, 'en'), `${where}: title`);
        const who = await text(frame, '[data-testid=who]');
        assert(who.includes(msg(`direction_${event.direction.replace(/-/g, '_')}`)) && who.includes(msg(`kind_${event.kind.replace(/-/g, '_')}`)), `${where}: who to whom and kind ("${who}")`);
        const locale = await frame.evaluate(() => navigator.language);
        const sent = event.sentDate && event.sentDate !== event.date ? event.sentDate : undefined;
        const dates = msg('dateReported', formatDay(event.date, locale)) + (sent ? ` · ${msg(event.kind === 'meeting' ? 'dateHeld' : 'dateSent', formatDay(sent, locale, sent.slice(0, 4) !== event.date.slice(0, 4)))}` : '');
        assertEqual(await text(frame, '[data-testid=dates]'), dates, `${where}: dates`);
        const expected = findingsOf(event, events, alignWording(event), coverage).slice(0, 4).map((f) => f.type);
        assertEqual(await frame.$$eval('[data-testid=stands-out] [data-finding]', (lis) => lis.map((li) => li.getAttribute('data-finding'))), expected, `${where}: findings`);
        for (const selector of ['[data-testid=certainty]', '#top', '[data-testid=who]', '[data-testid=dates]', '#stands-out-heading', '[data-testid=stands-out] li']) {
          const b = await box(frame, selector);
          assert(b.scrolled === 0 && b.top >= 0 && b.bottom <= b.height, `${where}: ${selector} on the first screen (${JSON.stringify(b)})`);
        }
        await page.close();
      }
    }
  });

  test('the wording table: a legend first, one row per thing said, the original first, each cell labelled, this article placed from its quotes', async () => {
    for (const seed of await seedLabels()) {
      const { page, frame, tabId } = await openSidebarOn(session, seed.servedUrl);
      const event = byId(seed.eventId!);
      const article = (await storedArticle(session, tabId))!;
      const expected = alignWording(event, { url: article.url, text: `${article.headline}\n${article.lead}\n${article.text}` });
      await showEverything(frame);
      const rows = await frame.$$eval('[data-testid=wording-table] tbody', (tbodies) =>
        tbodies.map((tb) => ({
          key: tb.getAttribute('data-row'),
          speaker: tb.querySelector('[data-testid=speaker]')?.textContent,
          cells: [...tb.querySelectorAll('tr.cell')].map((tr) => ({
            who: tr.querySelector('.who-name')?.textContent ?? '',
            language: tr.getAttribute('data-language'),
            rendering: tr.getAttribute('data-rendering'),
            thisArticle: tr.getAttribute('data-testid') === 'this-article',
            label: tr.querySelector('[data-testid=rendering]')?.textContent ?? '',
            marked: [...tr.querySelectorAll('mark')].map((m) => m.textContent),
          })),
        })),
      );
      assertEqual(rows.map((r) => r.key), expected.rows.map((r) => r.key), `${seed.file}: one row per thing said`);
      for (const [i, row] of expected.rows.entries()) {
        const shown = rows[i]!;
        assertEqual(shown.cells.map((c) => [c.language, c.rendering, c.thisArticle]), row.cells.map((c) => [c.language, c.rendering, c.thisArticle]), `${seed.file} ${row.key}: cells`);
        assertEqual(shown.cells.map((c) => c.who), row.cells.map((c) => c.source?.name ?? article.outlet), `${seed.file} ${row.key}: who printed each`);
        assertEqual(shown.cells.map((c) => c.marked.join('|')), row.cells.map((c) => (c.segments ?? []).filter((s) => s.differs).map((s) => s.text).join('|')), `${seed.file} ${row.key}: differences marked`);
        // Each cell says in words whether it is the original or a translation.
        for (const c of shown.cells) assert(/original|translation/.test(c.label), `${seed.file} ${row.key}: "${c.label}" says original or translation`);
        // An original printed by the speaker's own state media always comes first.
        const official = row.cells.findIndex((c) => c.official && c.rendering === 'original');
        assert(official <= 0, `${seed.file} ${row.key}: the state-media original first`);
        assert(shown.speaker?.startsWith('Words of '), `${seed.file} ${row.key}: the speaker in words`);
      }
      const placed = expected.rows.filter((r) => r.cells.some((c) => c.thisArticle)).length;
      assertEqual(rows.filter((r) => r.cells.some((c) => c.thisArticle)).length, placed, `${seed.file}: rows where this article is placed`);
      assert(placed > 0, `${seed.file}: the article quotes at least one phrase of its exchange`);
      assertEqual(await text(frame, '[data-testid=wording-count]'), plural('wordingCount', new Set(expected.rows.flatMap((r) => r.cells.map((c) => c.source?.key).filter(Boolean))).size), `${seed.file}: count`);
      const legendFirst = await frame.$eval('[data-testid=legend]', (legend) => !!(legend.compareDocumentPosition(document.querySelector('[data-testid=wording-table]')!) & Node.DOCUMENT_POSITION_FOLLOWING));
      assert(legendFirst, `${seed.file}: the legend comes before the table`);
      await page.close();
    }
  });

  test('sources: one entry per text, copies of one text are one source with several links, counted in words', async () => {
    for (const seed of await seedLabels()) {
      const { page, frame } = await openSidebarOn(session, seed.servedUrl);
      const expected = sourceTexts(byId(seed.eventId!), seed.url);
      assertEqual(await frame.locator('[data-testid=source]').count(), expected.length, `${seed.file}: sources`);
      assertEqual(await text(frame, '[data-testid=source-count]'), plural('sourceCount', expected.length), `${seed.file}: count`);
      assertEqual(await frame.locator('[data-testid=source].this-article').count(), expected.filter((s) => s.isThisArticle).length, `${seed.file}: this article among the sources`);
      await page.close();
    }
    const withCopies = events.filter((e) => e.readouts.some((r) => r.mirrors?.length));
    assert(withCopies.length > 0, 'the record has readouts carried on several sites');
    const page = await session.context.newPage();
    for (const event of withCopies) {
      await openExchangePage(session, event.id, page);
      const expected = sourceTexts(event);
      assertEqual(await page.locator('[data-testid=source]').count(), expected.length, `${event.id}: one source per text`);
      assert(expected.length < event.readouts.length + event.coverage.length + event.readouts.reduce((n, r) => n + (r.mirrors?.length ?? 0), 0), `${event.id}: copies not counted`);
      const links = await page.$$eval('[data-testid=source]', (lis) => lis.map((li) => li.querySelectorAll('a').length));
      assertEqual(links, expected.map((s) => s.urls.length), `${event.id}: every copy linked`);
    }
    await page.close();
  });

  test('every exchange: reader-facing text only, never a later exchange under earlier ones, never one twice, no text under 12 px', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 400, height: 900 });
    for (const event of events) {
      await openExchangePage(session, event.id, page);
      await showEverything(page);
      // Our own words: everything but the sources' quotes and headlines, which are theirs.
      const ours = await page.evaluate(() => {
        const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
        main.querySelectorAll('[data-testid=chip], a.headline').forEach((el) => el.remove());
        return main.innerText;
      });
      assertEqual(readerTextProblems(ours), [], `${event.id}: research wording`);
      for (const note of [event.researchNote, event.dateNote]) if (note) assert(!ours.includes(note.slice(0, 40)), `${event.id}: a maintainers' note is shown`);
      if (event.unconfirmed) assertEqual(await text(page, '[data-testid=unconfirmed]'), `${msg('unconfirmed')}: ${localize(event.unconfirmed, 'en')}`, `${event.id}: what is not confirmed`);
      const earlier = await page.$$eval('[data-testid=earlier-years] [data-event-id]', (els) => els.map((el) => el.getAttribute('data-event-id')!));
      for (const id of earlier) assert(byId(id).date <= event.date && id !== event.id, `${event.id}: ${id} listed under earlier years`);
      const timeline = await page.$$eval('[data-testid=timeline] li[data-position]', (lis) => lis.map((li) => [li.getAttribute('data-position'), li.querySelector('[data-event-id]')?.getAttribute('data-event-id') ?? '']));
      for (const [position, id] of timeline) {
        if (position === 'before') assert(byId(id!).date <= event.date, `${event.id}: later ${id} shown as earlier`);
        if (position === 'after') assert(byId(id!).date >= event.date, `${event.id}: earlier ${id} shown as later`);
      }
      const listed = await page.$$eval('[data-testid=around] [data-event-id]', (els) => els.map((el) => el.getAttribute('data-event-id')));
      assertEqual(listed.length, new Set(listed).size, `${event.id}: an exchange listed twice`);
      const small = (await visibleTextSizes(page)).filter((t) => t.size < 12);
      assertEqual(small, [], `${event.id}: text under 12 px`);
    }
    await page.close();
  });

  test('certainty in words: clear and probable never read the same; a topic page says we do not hold it', async () => {
    const seed = (await seedLabels())[0]!;
    const event = byId(seed.eventId!);
    const sayings: Record<string, string> = {};
    const variants: [string, Partial<TabState>][] = [
      ['clear at 60 %', { level: 'clear', confidence: 0.6 }],
      ['probable at 99 %', { level: 'probable', confidence: 0.99 }],
      ['no level, 99 %', { confidence: 0.99 }],
      ['no level, 60 %', { confidence: 0.6 }],
    ];
    for (const [what, over] of variants) {
      const page = await session.context.newPage();
      await page.goto(seed.servedUrl);
      const tabId = await tabIdOf(session, page);
      const state = (await waitFor(() => tabState(session, tabId), 'the tab state')) as unknown as TabState;
      await setTabState(session, tabId, { url: state.url, status: 'match', eventId: event.id, ...over });
      await toggleSidebar(session, tabId);
      const frame = await sidebarFrame(page);
      await frame.waitForSelector('#top');
      sayings[what] = await text(frame, '[data-testid=certainty]');
      await page.close();
    }
    assertEqual(sayings['clear at 60 %'], msg('certaintyClear'), 'a clear result');
    assertEqual(sayings['probable at 99 %'], msg('certaintyProbable'), 'a probable result');
    assertEqual(sayings['no level, 99 %'], msg('certaintyClear'), 'a sure result without level');
    assertEqual(sayings['no level, 60 %'], msg('certaintyProbable'), 'an unsure result without level');
    assert(sayings['no level, 60 %'] !== sayings['no level, 99 %'], '60 % and 99 % read differently');
    const topic = (await corpus()).find((c) => c.status === 'topic')!;
    const { page, frame } = await openSidebarOn(session, topic.servedUrl);
    assertEqual(await text(frame, '[data-testid=status]'), msg('certaintyTopicTitle'), 'a topic page');
    assertEqual(await frame.locator('[data-testid=nearest] li').count(), 5, 'the five nearest exchanges');
    await page.close();
  });

  test('"probably": two or three candidates one click apart; the pick is kept for the page across a reload and used for notes', async () => {
    const seed = (await seedLabels()).find((s) => s.file.includes('002'))!;
    const leading = byId(seed.eventId!);
    // The close rivals: the exchanges just before it in the record.
    const at = events.indexOf(leading);
    const [b, c] = [events[at - 1]!, events[at - 2]!];
    const probable = (url: string): TabState => ({ url, status: 'match', eventId: leading.id, confidence: 0.62, level: 'probable', candidates: [{ eventId: b.id, confidence: 0.41 }, { eventId: c.id, confidence: 0.3 }] });
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    let known: number | undefined;
    const openProbable = async () => {
      // A reload keeps the tab and its URL, so the last load's state (ours) would still be there and
      // be overwritten by the extractor's report after we set it: wait for this load's own report.
      if (known !== undefined) await (await session.worker()).evaluate(async (key: string) => chrome.storage.session.remove(key), `tab:${known}`);
      await page.goto(seed.servedUrl);
      const tabId = (known = await tabIdOf(session, page));
      const state = (await waitFor(() => tabState(session, tabId), 'the tab state')) as unknown as TabState;
      await setTabState(session, tabId, probable(state.url));
      await toggleSidebar(session, tabId);
      const frame = await sidebarFrame(page);
      await frame.waitForSelector('[data-testid=picker]');
      return { frame, url: state.url };
    };
    const first = await openProbable();
    assertEqual(await text(first.frame, '[data-testid=certainty]'), msg('certaintyProbable'), 'says probably');
    assertEqual(await first.frame.locator('[data-testid=picker] input[type=radio]').count(), 3, 'three candidates');
    assertEqual(await text(first.frame, '#top'), eventTitle(leading, 'en'), 'the leading candidate shown');
    for (const selector of ['#top', '[data-testid=picker]', '#stands-out-heading']) {
      const b = await box(first.frame, selector);
      assert(b.bottom <= 800, `with the picker, ${selector} still on a 1000×800 first screen (${JSON.stringify(b)})`);
    }
    await first.frame.locator('[data-testid=picker] label', { hasText: eventTitle(b, 'en') }).first().click();
    await waitFor(async () => (await text(first.frame, '#top')) === eventTitle(b, 'en'), 'the picked exchange shown');
    assert(await first.frame.evaluate((id) => (document.activeElement as HTMLInputElement | null)?.value === id, b.id), 'focus stays on the picked candidate');
    assertEqual(await text(first.frame, '[data-testid=certainty]'), msg('certaintyPicked'), 'says it is the reader’s choice');
    const sw = await session.worker();
    await waitFor(async () => {
      const picks = (await sw.evaluate(async () => (await chrome.storage.local.get('eventPicks')).eventPicks)) as Record<string, { eventId: string }> | undefined;
      return picks?.[articleKey(first.url)]?.eventId === b.id;
    }, 'the pick stored for the page');
    // A note written now is filed under the picked exchange.
    await first.frame.fill('#note-text', 'Filed under the picked exchange');
    await first.frame.getByRole('button', { name: msg('saveNote') }).click();
    await waitFor(async () => (await storedNotes(session)).some((n) => n.text === 'Filed under the picked exchange' && n.eventId === b.id), 'the note under the picked exchange');
    const again = await openProbable();
    assertEqual(await text(again.frame, '#top'), eventTitle(b, 'en'), 'the pick remembered after a reload');
    assert(await again.frame.locator(`[data-testid=picker] input[value="${b.id}"]`).isChecked(), 'the picked candidate checked');
    await page.close();
  });

  test('keyboard and focus: no ring after a mouse open; skip links; quote chips reach a note and phrase history; Esc closes a chip’s actions, then the sidebar', async () => {
    const seed = (await seedLabels()).find((s) => s.file.includes('002'))!;
    const page = await session.context.newPage();
    await page.goto(seed.servedUrl);
    await waitFor(async () => launcher(page).isVisible(), 'the launcher');
    await launcher(page).click();
    const frame = await sidebarFrame(page);
    await frame.waitForSelector('#top');
    const focus = () => frame.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      return { id: el.id, testid: el.dataset.testid ?? '', text: el.textContent?.trim() ?? '', outline: getComputedStyle(el).outlineStyle, width: r.width, expanded: el.getAttribute('aria-expanded') };
    });
    await waitFor(async () => (await focus()).id === 'top', 'focus on the title');
    assertEqual((await focus()).outline, 'none', 'no focus ring after a mouse open');
    await page.keyboard.press('Tab');
    const skip = await focus();
    assert(skip.text === msg('navStandsOut') && skip.width > 10 && skip.outline !== 'none', `the first skip link, visible with a ring (${JSON.stringify(skip)})`);
    await page.keyboard.press('Tab');
    assertEqual((await focus()).text, msg('navWording'), 'the next skip link');
    await page.keyboard.press('Enter');
    await waitFor(async () => (await focus()).id === 'wording-heading', 'focus on the wording section');
    await page.keyboard.press('Tab');
    assertEqual((await focus()).text, msg('skipTable'), 'a link past the table');
    await page.keyboard.press('Tab');
    const chip = await focus();
    assertEqual(chip.testid, 'chip', 'the first quote chip');
    await page.keyboard.press('Enter');
    assertEqual((await focus()).expanded, 'true', 'the chip opened its actions');
    await page.keyboard.press('Escape');
    assertEqual((await focus()).expanded, 'false', 'Esc closed the actions and kept focus on the chip');
    assert(await page.locator('lips-and-teeth-ui >> iframe').isVisible(), 'the sidebar still open');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assertEqual((await focus()).text, msg('chipQuote'), 'the quote action');
    await page.keyboard.press('Enter');
    await waitFor(async () => (await focus()).id === 'note-text', 'focus in the note form');
    const phrase = chip.text.replace(/^“|”$/g, '');
    assert((await text(frame, '[data-testid=notes] blockquote')).includes(phrase), 'the quote waits in the note form with its words');
    // The same chip, to phrase history.
    await frame.locator('[data-testid=wording-table] [data-testid=chip]').first().click();
    await frame.getByRole('button', { name: msg('chipHistory') }).click();
    await waitFor(async () => (await focus()).id === 'phrase-input', 'focus in phrase history');
    assertEqual(await frame.inputValue('#phrase-input'), phrase, 'phrase history filled in from the chip');
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await page.locator('lips-and-teeth-ui >> iframe').isVisible()), 'Esc closes the sidebar');
    assertEqual(await page.evaluate(() => document.querySelector('lips-and-teeth-ui')?.shadowRoot?.activeElement?.className ?? ''), 'launcher', 'focus back on the launcher');
    await page.close();
  });

  test('phrase history lists every exchange that used a phrase, with a chart by year', async () => {
    const seed = (await seedLabels())[0]!;
    const { page, frame } = await openSidebarOn(session, seed.servedUrl);
    const phrase = 'new situation';
    const expected = phraseHistory(phrase, events);
    assert(expected.length >= 2, 'the dataset uses the phrase in several exchanges');
    await frame.fill('#phrase-input', phrase);
    await waitFor(async () => (await frame.locator('[data-testid=phrase-history] .phrase-uses li').count()) === expected.length, `${expected.length} exchanges listed`);
    const chart = await frame.getAttribute('[data-testid=phrase-history] [role=img]', 'aria-label');
    assert(chart?.includes(expected[0]!.event.date.slice(0, 4)), `chart labelled by year (${chart})`);
    await page.close();
  });

  test('a reply links to the message it answers, which opens in place, and Back returns', async () => {
    const seed = (await seedLabels()).find((s) => byId(s.eventId!).repliesTo)!;
    const event = byId(seed.eventId!);
    const { page, frame } = await openSidebarOn(session, seed.servedUrl);
    await frame.locator(`[data-testid=timeline] [data-event-id="${event.repliesTo}"]`).click();
    await waitFor(async () => (await text(frame, '#top')) === eventTitle(byId(event.repliesTo!), 'en'), 'the answered message');
    assertEqual(await text(frame, '[data-testid=certainty]'), msg('certaintyBrowsing'), 'not said to be what the article reports');
    await frame.getByRole('button', { name: new RegExp(msg('back')) }).click();
    await waitFor(async () => (await text(frame, '#top')) === eventTitle(event, 'en'), 'the reply again');
    await page.close();
  });

  test('side and width are remembered across pages', async () => {
    const [a, b] = await seedLabels();
    const first = await openSidebarOn(session, a!.servedUrl);
    await first.frame.getByRole('button', { name: msg('switchSide') }).click();
    await waitFor(async () => parseInt(await first.page.evaluate(() => getComputedStyle(document.documentElement).marginLeft), 10) >= 280, 'the page pushed from the left');
    await first.page.close();
    const second = await openSidebarOn(session, b!.servedUrl);
    const frameBox = await second.page.locator('lips-and-teeth-ui >> iframe').boundingBox();
    assert(frameBox && frameBox.x < 20, `sidebar on the left on the next page (x=${frameBox?.x})`);
    await second.frame.getByRole('button', { name: msg('switchSide') }).click();
    await second.page.close();
  });

  test('no serious or critical accessibility violations (axe-core) in light and dark, with the picker and a chip open', async () => {
    const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const seed = (await seedLabels()).find((s) => s.file.includes('002'))!;
    const event = byId(seed.eventId!);
    for (const scheme of ['light', 'dark'] as const) {
      for (const probable of [false, true]) {
        const page = await session.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(seed.servedUrl);
        const tabId = await tabIdOf(session, page);
        const state = (await waitFor(() => tabState(session, tabId), 'the tab state')) as unknown as TabState;
        if (probable) await setTabState(session, tabId, { ...state, level: 'probable', candidates: [{ eventId: events[events.indexOf(event) - 1]!.id, confidence: 0.4 }] });
        await toggleSidebar(session, tabId);
        const frame = await sidebarFrame(page);
        await frame.waitForSelector('[data-testid=summary]');
        await frame.locator('[data-testid=chip]').first().click();
        await showEverything(frame);
        // evaluate() runs through DevTools, so the extension page's CSP does not block axe.
        await frame.evaluate(`${axe};0`);
        const violations = await frame.evaluate(async () => {
          const result = await (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document);
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))})`);
        });
        assertEqual(violations, [], `${scheme} theme${probable ? ', with the picker' : ''}: violations`);
        await page.close();
      }
    }
  });
});
