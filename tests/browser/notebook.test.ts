/**
 * The notes page as a research notebook, in Debian's Chromium on the built extension: an
 * empty notebook says how notes are made; a note on an exchange without an article; each
 * citation export read back by a real parser with its access date; the dossier per
 * exchange; edit of text, tags and quote; tag rename and merge; several notes deleted and
 * brought back; labelled date filters; the backup reminder; type sizes, axe and screenshots.
 */
import type { Page } from 'playwright-core';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import CSL from 'citeproc';
import { parse as parseRis } from 'astrocite-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { launchChromium, type ChromiumSession } from './chromium';
import { FixtureServer } from './server';
import { seedLabels } from './fixtures';
import { addNoteInSidebar, listedOnNotesPage, openNotesPage, openSidebar, storedNotes, waitForCount } from './notes-helpers';
import { loadDataset } from '../../scripts/extension-build';
import { eventTitle } from '../../shared/dataset/localize';
import { localDay } from '../../shared/citations/sources';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import type { Note } from '../../shared/storage/notes-schema';

const SUITE = 'Chromium: the notes page as a research notebook';
const SCREENSHOTS = resolve(import.meta.dirname, '../../artifacts/screenshots');
const require = createRequire(import.meta.url);
const styles = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;
const server = new FixtureServer();
let session: ChromiumSession;
let profile: string;
let events: ExchangeEvent[];
let seed: Awaited<ReturnType<typeof seedLabels>>[number];
let event: ExchangeEvent;
let older: ExchangeEvent;
/** An exchange with a readout read in a print edition (no URL). */
let printed: ExchangeEvent;

const SIDEBAR_NOTE = 'Xi promises a “new chapter”; KCNA stresses consolidation.';
const day = (iso: string) => Date.parse(`${iso}T12:00:00`);
/** Notes as an earlier session left them: on two exchanges years apart, written on two different days. */
const imported = (): Note[] => [
  { id: 'n-imp-1', eventId: event.id, article: { url: 'https://www.yna.example/view/AEN20241006', title: 'Kim, Xi exchange messages on 75th anniv. of ties', outlet: 'Yonhap', date: event.date, lang: 'en' }, text: 'Yonhap leads with the anniversary, not the wording.', quote: 'exchanged congratulatory messages', tags: ['yonhap', 'framing'], createdAt: day('2025-03-01'), updatedAt: day('2025-03-01'), accessedAt: day('2025-03-01') },
  { id: 'n-imp-2', eventId: older.id, text: 'Compare the 2019 wording with 2024.', tags: ['wording'], createdAt: day('2025-06-01'), updatedAt: day('2025-06-01'), accessedAt: day('2025-06-01') },
  { id: 'n-imp-3', eventId: older.id, text: 'Ask the desk about the delay.', tags: ['todo', 'framing'], createdAt: day('2025-06-02'), updatedAt: day('2025-06-02'), accessedAt: day('2025-06-02') },
  { id: 'n-imp-4', eventId: printed.id, text: 'The paper printed the agency text on its front page.', tags: [], createdAt: day('2026-09-10'), updatedAt: day('2026-09-10'), accessedAt: day('2026-09-10') },
];

async function importNotes(page: Page, notes: Note[]): Promise<void> {
  const answer = await page.evaluate(async (text) => chrome.runtime.sendMessage({ type: 'notes/import', text }), JSON.stringify({ format: 'lips-and-teeth-notes', version: 1, exportedAt: new Date().toISOString(), notes }));
  assert((answer as { ok?: boolean }).ok, `import answered ${JSON.stringify(answer)}`);
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') };
}

export const notebookHooks: Record<string, Hooks> = {
  [SUITE]: {
    before: async () => {
      events = await loadDataset();
      seed = (await seedLabels()).find((s) => s.file.includes('002'))!;
      event = events.find((e) => e.id === seed.eventId)!;
      older = events.find((e) => e.date.startsWith('2019') && e.readouts.length > 0)!;
      printed = events.find((e) => e.readouts.some((r) => !r.url))!;
      server.set(seed.servedUrl, seed.html);
      await server.start();
      profile = await mkdtemp(join(tmpdir(), 'lt-notebook-'));
      session = await launchChromium(server.port, profile);
      await mkdir(SCREENSHOTS, { recursive: true });
    },
    after: async () => {
      await session.close();
      await server.stop();
      await rm(profile, { recursive: true, force: true });
    },
  },
};

suite(SUITE, () => {
  test('an empty notebook says how notes are made; a note can start on any exchange, about one phrase', async () => {
    const page = await openNotesPage(session);
    const empty = page.locator('[data-testid=empty]');
    await waitFor(async () => empty.isVisible(), 'the empty state');
    const words = (await empty.textContent()) ?? '';
    for (const hint of ['No notes yet', 'Alt+Shift+L', 'Quote in a Lips & Teeth note', 'without an article']) assert(words.includes(hint), `the empty state says "${hint}"`);
    await empty.getByLabel('Start a note on an exchange').selectOption(older.id);
    await empty.getByRole('button', { name: 'Open', exact: true }).click();
    const dossier = page.locator(`[data-testid=dossier][data-event-id="${older.id}"]`);
    await waitFor(async () => dossier.isVisible(), 'the dossier of the chosen exchange');
    const phrase = [...older.readouts, ...older.coverage].flatMap((s) => s.phrases)[0]!.text;
    const form = dossier.locator('[data-testid=exchange-note-form]');
    await form.getByLabel('About').selectOption({ label: `“${phrase}”` });
    await form.getByLabel('Note').fill('Where else does this phrase appear?');
    await form.getByRole('button', { name: 'Save note' }).click();
    await waitFor(async () => (await dossier.locator('.note-text').allTextContents()).includes('Where else does this phrase appear?'), 'the note in the dossier');
    const [stored] = await storedNotes(session);
    assertEqual(stored!.eventId, older.id, 'the exchange');
    assertEqual(stored!.article, undefined, 'no article');
    assertEqual(stored!.target, { kind: 'phrase', text: phrase }, 'the phrase it is about');
    await page.close();
  });

  test('each export button downloads a file its parser reads, citing the article with its access date and the exchange’s readouts', async () => {
    const article = await session.context.newPage();
    await article.goto(seed.servedUrl);
    await addNoteInSidebar(await openSidebar(article), SIDEBAR_NOTE, '#wording');
    await article.close();
    const page = await openNotesPage(session);
    await importNotes(page, imported());
    await page.reload();
    const all = await storedNotes(session);
    await waitForCount(page, all.length, all.length);
    const saved = all.find((n) => n.text === SIDEBAR_NOTE)!;
    const accessed = localDay(saved.accessedAt);
    assert(Math.abs(saved.accessedAt - saved.createdAt) < 1000, 'the access date was recorded when the note was saved');
    const articleUrl = saved.article!.url;
    const readoutTitles = event.readouts.map((r) => r.title);
    console.log(`      access date ${accessed}; ${event.readouts.length} readouts of ${event.id}; ${all.length} notes`);

    const csl = await downloadText(page, 'CSL JSON');
    assert(csl.name.endsWith('.csl.json'), `a .csl.json file (${csl.name})`);
    const items = JSON.parse(csl.text) as { id: string; URL?: string; title: string; accessed?: { 'date-parts': number[][] } }[];
    const byId = new Map(items.map((i) => [i.id, i]));
    const engine = new CSL.Engine({ retrieveLocale: (l) => locales[l] ?? locales['en-US']!, retrieveItem: (id) => byId.get(id) }, styles.harvard1!);
    engine.updateItems(items.map((i) => i.id));
    const bibliography = engine.makeBibliography();
    assert(bibliography, 'citeproc-js made a bibliography');
    assertEqual(bibliography[0].bibliography_errors, [], 'citeproc-js errors');
    assertEqual(bibliography[1].length, items.length, 'one bibliography entry per item');
    const cslArticle = items.find((i) => i.URL === articleUrl)!;
    assertEqual(cslArticle.accessed?.['date-parts'][0], accessed.split('-').map(Number), 'CSL access date');
    const monthDay = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${accessed}T00:00:00Z`));
    assert(bibliography[1].some((e) => e.includes(`Accessed: ${monthDay}`)), `the rendered bibliography says "Accessed: ${monthDay}"`);
    for (const title of readoutTitles) assert(items.some((i) => i.title === title), `CSL cites the readout "${title}"`);
    // A readout read in print: a newspaper article with no URL, and no access date.
    assert(printed, 'the dataset holds a readout read in a print edition');
    for (const r of printed.readouts.filter((x) => !x.url)) {
      const item = items.find((i) => i.title === r.title) as (typeof items)[number] & { medium?: string; 'container-title'?: string };
      assert(item, `CSL cites the print readout "${r.title}"`);
      assertEqual([item.URL, item.accessed, item.medium, item['container-title']], [undefined, undefined, 'print', r.print?.publication ?? r.agency], `the print readout "${r.title}"`);
    }

    const ris = await downloadText(page, 'RIS');
    assert(ris.name.endsWith('.ris'), `a .ris file (${ris.name})`);
    const records = parseRis(ris.text);
    assertEqual(records.length, items.length, 'RIS records');
    const risArticle = records.find((r) => r.URL === articleUrl)!;
    assertEqual(((risArticle.accessed as { 'date-parts': unknown[][] })['date-parts'][0] ?? []).map(Number), accessed.split('-').map(Number), 'RIS access date (Y2)');
    assert(String(risArticle.note).includes(SIDEBAR_NOTE), 'RIS carries the note (N1)');
    for (const title of readoutTitles) assert(records.some((r) => r.title === title), `RIS cites the readout "${title}"`);

    const bib = await downloadText(page, 'BibTeX');
    assert(bib.name.endsWith('.bib'), `a .bib file (${bib.name})`);
    const library = parseBibtex(bib.text, { sentenceCase: false });
    assertEqual(library.errors, [], 'BibTeX parse errors');
    assertEqual(library.entries.length, items.length, 'BibTeX entries');
    const bibArticle = library.entries.find((e) => e.fields.url === articleUrl)!;
    assertEqual(bibArticle.fields.urldate, accessed, 'BibTeX access date (urldate)');
    assertEqual(bibArticle.fields.title, saved.article!.title, 'BibTeX title, read back exactly');
    for (const title of readoutTitles) assert(library.entries.some((e) => e.fields.title === title), `BibTeX cites the readout "${title}"`);

    const md = await downloadText(page, 'Markdown');
    assert(md.name.endsWith('.md'), `a .md file (${md.name})`);
    const accessedWords = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${accessed}T00:00:00Z`));
    assert(md.text.includes(`## ${eventTitle(event, 'en')}`), 'Markdown: the exchange heading');
    assert(md.text.includes(`<${articleUrl}> (accessed ${accessedWords})`), `Markdown: the article footnote with its access date (${accessedWords})`);
    assert(/\[\^\d+\]: /.test(md.text), 'Markdown: footnotes');
    assert(md.text.includes(SIDEBAR_NOTE), 'Markdown: the note');
    assert(md.text.includes('[Open at this passage](https://www.yna.example/view/AEN20241006#:~:text=exchanged%20congratulatory%20messages)'), 'Markdown: a quote links to its passage');
    for (const n of all) assert(!md.text.includes(n.id), `Markdown shows no note id (${n.id})`);
    for (const id of [event.id, older.id]) assert(!md.text.includes(id), `Markdown shows no exchange id (${id})`);

    // The current filter decides what is exported.
    await page.locator('[data-testid=search]').fill('desk');
    await waitForCount(page, 1, all.length);
    const filteredMd = await downloadText(page, 'Markdown');
    assert(filteredMd.text.includes('Ask the desk') && !filteredMd.text.includes(SIDEBAR_NOTE), 'a filtered export holds only the notes shown');
    await page.close();
  });

  test('an exchange title opens its dossier: title, labelled dates, sources, every note and quote on it', async () => {
    const page = await openNotesPage(session);
    const all = await storedNotes(session);
    await waitForCount(page, all.length, all.length);
    const item = page.locator('[data-testid=notes] li', { hasText: SIDEBAR_NOTE });
    await item.getByRole('link', { name: eventTitle(event, 'en') }).click();
    const dossier = page.locator(`[data-testid=dossier][data-event-id="${event.id}"]`);
    await waitFor(async () => dossier.isVisible(), 'the dossier');
    assert(page.url().endsWith(`#/exchange/${encodeURIComponent(event.id)}`), `the dossier's address (${page.url()})`);
    assertEqual((await dossier.locator('h2').textContent())?.trim(), eventTitle(event, 'en'), 'dossier title');
    const reported = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${event.date}T00:00:00Z`));
    assert((await dossier.locator('[data-testid=dossier-dates]').textContent())!.startsWith(`Reported ${reported}`), 'the labelled report date');
    assertEqual(await dossier.locator('[data-testid=dossier-readouts] li').count(), event.readouts.length, 'every readout listed');
    const onIt = all.filter((n) => n.eventId === event.id);
    assertEqual((await dossier.locator('.note-text').allTextContents()).sort(), onIt.map((n) => n.text).sort(), 'every note on the exchange');
    assertEqual(await dossier.locator('blockquote .quote-text').allTextContents(), onIt.filter((n) => n.quote).map((n) => n.quote!), 'every quote on it');
    assert((await page.evaluate(() => document.activeElement?.tagName)) === 'H2', 'focus moves to the dossier heading');
    await page.screenshot({ path: join(SCREENSHOTS, 'notes-dossier.png'), fullPage: true });
    // The view by exchange groups every note.
    await page.getByRole('link', { name: '← All exchanges' }).click();
    const withNotes = new Set(all.map((n) => n.eventId).filter(Boolean)).size;
    await waitFor(async () => (await page.locator('[data-testid=dossier]').count()) === withNotes, `one dossier per exchange with notes (${withNotes})`);
    await page.close();
  });

  test('edit changes a note’s text, tags and quote', async () => {
    const page = await openNotesPage(session);
    const all = await storedNotes(session);
    await waitForCount(page, all.length, all.length);
    const before = all.find((n) => n.id === 'n-imp-1')!;
    const item = page.locator('[data-note-id="n-imp-1"]');
    await item.getByRole('button', { name: 'Edit' }).click();
    await item.getByLabel('Note', { exact: true }).fill('Yonhap leads with the anniversary.');
    await item.getByLabel('Tags').fill('#Yonhap #lede');
    await item.getByLabel('Quote').fill('exchanged congratulatory messages on Sunday');
    await item.getByRole('button', { name: 'Save' }).click();
    await waitFor(async () => (await item.locator('.note-text').textContent()) === 'Yonhap leads with the anniversary.', 'the edited text shown');
    const after = (await storedNotes(session)).find((n) => n.id === 'n-imp-1')!;
    assertEqual([after.text, after.tags, after.quote], ['Yonhap leads with the anniversary.', ['yonhap', 'lede'], 'exchanged congratulatory messages on Sunday'], 'stored text, tags and quote');
    assertEqual([after.createdAt, after.accessedAt], [before.createdAt, before.accessedAt], 'written and accessed dates kept');
    assert(after.updatedAt > before.updatedAt, 'updatedAt moves');
    await page.close();
  });

  test('renaming a tag renames it on every note; renaming onto a tag in use merges them', async () => {
    const page = await openNotesPage(session);
    const count = (await storedNotes(session)).length;
    await waitForCount(page, count, count);
    const tools = page.locator('[data-testid=tag-tools]');
    const had = (await storedNotes(session)).filter((n) => n.tags.includes('framing')).map((n) => n.id);
    assert(had.length > 0, 'some note is tagged #framing');
    await tools.locator('summary').click();
    await tools.getByLabel('Tag', { exact: true }).selectOption('framing');
    await tools.getByLabel('New name').fill('#Angle');
    await tools.getByRole('button', { name: 'Rename' }).click();
    const message = page.locator('[data-testid=message]');
    await waitFor(async () => (await message.textContent())?.includes(`#framing is now #angle on ${had.length} note`), `the rename reported (now "${await message.textContent().catch(() => '')}")`);
    let stored = await storedNotes(session);
    assert(!stored.some((n) => n.tags.includes('framing')), 'no note keeps the old tag');
    assertEqual(stored.filter((n) => n.tags.includes('angle')).map((n) => n.id).sort(), had.sort(), 'the renamed notes');
    await tools.getByLabel('Tag', { exact: true }).selectOption('todo');
    await tools.getByLabel('New name').fill('angle');
    await tools.getByRole('button', { name: 'Rename' }).click();
    await waitFor(async () => (await page.locator('[data-testid=message]').textContent())?.includes('#todo is now #angle on 1 note'), 'the merge reported');
    stored = await storedNotes(session);
    assertEqual(stored.find((n) => n.id === 'n-imp-3')!.tags, ['angle'], 'merged into one tag, not two');
    await page.close();
  });

  test('labelled filters: "Note written" filters on when notes were written, "Exchange date" on the exchange', async () => {
    const page = await openNotesPage(session);
    const all = await storedNotes(session);
    await waitForCount(page, all.length, all.length);
    await page.locator('[data-testid=written-from]').fill('2025-05-01');
    await page.locator('[data-testid=written-to]').fill('2025-06-01');
    await waitForCount(page, 1, all.length);
    assertEqual(await listedOnNotesPage(page), ['Compare the 2019 wording with 2024.'], 'written 1 May – 1 June 2025');
    await page.locator('[data-testid=written-from]').fill('');
    await page.locator('[data-testid=written-to]').fill('');
    await waitForCount(page, all.length, all.length);
    await page.locator('[data-testid=exchange-from]').fill(`${older.date.slice(0, 4)}-01-01`);
    await page.locator('[data-testid=exchange-to]').fill(`${older.date.slice(0, 4)}-12-31`);
    const onOlder = all.filter((n) => n.eventId === older.id);
    await waitForCount(page, onOlder.length, all.length);
    assertEqual((await listedOnNotesPage(page)).sort(), onOlder.map((n) => n.text).sort(), `notes on exchanges of ${older.date.slice(0, 4)}`);
    for (const label of ['Note written', 'Exchange date']) assertEqual(await page.getByRole('group', { name: label }).count(), 1, `a filter labelled "${label}"`);
    await page.close();
  });

  test('several notes selected are deleted together, and Undo brings every one back exactly', async () => {
    const page = await openNotesPage(session);
    const before = await storedNotes(session);
    await waitForCount(page, before.length, before.length);
    const victims = before.filter((n) => n.eventId === older.id);
    for (const n of victims) await page.locator(`[data-note-id="${n.id}"] input[type=checkbox]`).check();
    assert((await page.locator('[data-testid=export-scope]').textContent())!.includes(`${victims.length} selected notes`), 'exports now cover the selection');
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await waitForCount(page, before.length - victims.length, before.length - victims.length);
    assertEqual((await storedNotes(session)).length, before.length - victims.length, 'deleted from the database');
    assertEqual(await page.evaluate(() => document.activeElement?.textContent), 'Undo', 'focus on Undo');
    await page.keyboard.press('Enter');
    await waitForCount(page, before.length, before.length);
    const canon = (notes: Note[]) => JSON.stringify(notes.map((n) => Object.fromEntries(Object.entries(n).sort(([a], [b]) => a.localeCompare(b)))));
    assertEqual(canon(await storedNotes(session)), canon(before), 'every note back, every field');
    await page.close();
  });

  test('the reader’s notes are the largest body text (≥ 14 px), nothing under 12 px; no axe violations in either theme; screenshots', async () => {
    const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    for (const theme of ['light', 'dark'] as const) {
      const page = await openNotesPage(session);
      await page.emulateMedia({ colorScheme: theme });
      const count = (await storedNotes(session)).length;
      await waitForCount(page, count, count);
      // A string, so no helper the test's compiler adds (__name) is needed in the page.
      const sizes = (await page.evaluate(`(() => {
        const px = (el) => parseFloat(getComputedStyle(el).fontSize);
        const texts = [...document.querySelectorAll('body *')].filter((el) => [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim()) && el.offsetParent !== null);
        const body = texts.filter((el) => !el.closest('h1, h2, h3, h4'));
        const note = Math.min(...[...document.querySelectorAll('.note-text')].map(px));
        const smallest = [...texts].sort((a, b) => px(a) - px(b))[0];
        return { note, largestOther: Math.max(...body.filter((el) => !el.closest('.note-text')).map(px)), smallest: px(smallest), smallestWhat: smallest.outerHTML.slice(0, 80) };
      })()`)) as { note: number; largestOther: number; smallest: number; smallestWhat: string };
      assert(sizes.note >= 14, `note text ${sizes.note} px`);
      assert(sizes.note > sizes.largestOther, `note text (${sizes.note} px) is larger than any other body text (${sizes.largestOther} px)`);
      assert(sizes.smallest >= 12, `smallest text ${sizes.smallest} px (${sizes.smallestWhat})`);
      await page.evaluate(`${axe};0`);
      const result = await page.evaluate(async () => (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(document));
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
      assertEqual(serious, [], `${theme}: serious or critical axe violations`);
      await page.screenshot({ path: join(SCREENSHOTS, `notes-${theme}.png`) });
      await page.close();
    }
  });
  test('a backup reminder after many notes in no backup file; a JSON backup of every note clears it and is remembered', async () => {
    const page = await openNotesPage(session);
    const now = Date.now();
    await importNotes(page, Array.from({ length: 20 }, (_, i) => ({ id: `n-bulk-${i}`, eventId: event.id, text: `Bulk note ${i}`, tags: ['bulk'], createdAt: now + i, updatedAt: now + i, accessedAt: now + i })));
    await page.reload();
    const count = (await storedNotes(session)).length;
    await waitForCount(page, count, count);
    const reminder = page.locator('[data-testid=backup-reminder]');
    await waitFor(async () => reminder.isVisible(), 'the reminder');
    assert((await reminder.textContent())!.includes(`${count} notes are not in a backup file yet`), `it counts the notes (${await reminder.textContent()})`);
    const [backup] = await Promise.all([page.waitForEvent('download'), reminder.getByRole('button', { name: 'Back up now' }).click()]);
    assertEqual((JSON.parse(await readFile((await backup.path())!, 'utf8')) as { notes: unknown[] }).notes.length, count, 'the backup holds every note');
    await waitFor(async () => !(await reminder.isVisible()), 'the reminder gone');
    await page.reload();
    await waitForCount(page, count, count);
    await page.waitForTimeout(500);
    assertEqual(await reminder.count(), 0, 'no reminder after a reload (the backup time is remembered)');
    await page.close();
  });

});
