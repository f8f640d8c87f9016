/**
 * The reader's library across profiles and releases, in Debian's Chromium on the built
 * extension: a dataset pack exported and imported into a fresh profile (the same records; a
 * second import changes nothing; Undo; bad packs refused with their problem named and nothing
 * changed), a database from before a schema migration, and a release that bundles an exchange
 * the reader had added (linked: sources and notes follow, no duplicate).
 */
import type { Page } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { launchChromium } from './chromium';
import { FixtureServer } from './server';
import { corpus } from './fixtures';
import { addNoteInSidebar, listedInSidebar, storedNotes } from './notes-helpers';
import { addFloodExchange, canon, copyOfBuild, FLOOD_PAGES, keepWording, LIBRARY_DB, matchedPagesNotAmongSources, openAndDetect, openLibraryPage, openSidebarFrame, readFixture, releasedTwin, releaseWith, storedLibrary } from './library-helpers';
import { loadDataset } from '../../scripts/extension-build';
import { validateEvents } from '../../shared/dataset/validate';
import { PACK_FORMAT, type DatasetPack } from '../../shared/library/pack';
import { eventFromInput, type CapturedSource } from '../../shared/library/library-schema';
import type { ExchangeEvent } from '../../shared/dataset/schema';

const SUITE = 'Chromium: library packs, a schema migration, a release catching up';
const server = new FixtureServer();
let events: ExchangeEvent[];
let tmp: string;

/** Kept stories by the exchange they belong to, as a pack lists them. */
const storiesByEvent = (sources: CapturedSource[]) => {
  const out: Record<string, unknown[]> = {};
  for (const s of sources) (out[s.eventId] ??= []).push(s.coverage);
  for (const list of Object.values(out)) list.sort((a, b) => canon(a).localeCompare(canon(b)));
  return out;
};

async function importFile(page: Page, path: string): Promise<void> {
  await page.setInputFiles('[data-testid=import]', path);
}

export const libraryPacksHooks: Record<string, Hooks> = {
  [SUITE]: {
    before: async () => {
      events = await loadDataset();
      for (const p of Object.values(FLOOD_PAGES)) server.set(p.url, await readFixture(p.file));
      for (const c of await corpus()) server.set(c.servedUrl, c.html);
      await server.start();
      tmp = await mkdtemp(join(tmpdir(), 'lt-packs-'));
    },
    after: async () => {
      await server.stop();
      await rm(tmp, { recursive: true, force: true });
    },
  },
};

suite(SUITE, () => {
  test('pack export → fresh profile import: the same records; a second import changes nothing; Undo; bad packs refused, nothing changed', async () => {
    const source = await launchChromium(server.port);
    let pack: DatasetPack;
    let packPath: string;
    let original: Awaited<ReturnType<typeof storedLibrary>>;
    let id: string;
    try {
      id = await addFloodExchange(source, 'Xi sent sympathy over the floods; exported in a pack.');
      await keepWording(source, FLOOD_PAGES.ko.url);
      const bundledPage = (await matchedPagesNotAmongSources(events)).find((c) => c.lang === 'en')!;
      await keepWording(source, bundledPage.servedUrl);
      original = await storedLibrary(source);
      assertEqual([original.exchanges.length, original.sources.length], [1, 2], 'one exchange and two kept stories (one for a bundled exchange)');
      const page = await openLibraryPage(source);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export pack' }).click()]);
      assert(/^lips-and-teeth-pack-\d{4}-\d{2}-\d{2}\.json$/.test(download.suggestedFilename()), `file name (${download.suggestedFilename()})`);
      packPath = join(tmp, download.suggestedFilename());
      await download.saveAs(packPath);
      pack = JSON.parse(await readFile(packPath, 'utf8')) as DatasetPack;
      assertEqual([pack.format, pack.version], [PACK_FORMAT, 1], 'envelope');
      assertEqual(validateEvents(pack.events, { knownIds: events.map((e) => e.id) }), [], 'the pack\'s exchanges pass the dataset\'s validator');
      assertEqual(canon(pack.events), canon(original.exchanges.map((x) => x.event)), 'the exchange, exactly as stored');
      assertEqual(canon(pack.coverage), canon(storiesByEvent(original.sources)), 'every kept story, under its exchange');
      await page.close();
    } finally {
      await source.close();
    }

    const fresh = await launchChromium(server.port);
    try {
      const page = await openLibraryPage(fresh);
      const preview = page.locator('[data-testid=import-preview]');
      await importFile(page, packPath);
      await preview.waitFor();
      assertEqual(await page.textContent('[data-testid=preview-add]').then((t) => t?.startsWith('New exchanges: 1')), true, 'preview: one new exchange');
      assertEqual(await page.textContent('[data-testid=preview-sources]').then((t) => t?.startsWith('New stories: 2')), true, 'preview: two new stories');
      assertEqual((await storedLibrary(fresh)).exchanges.length, 0, 'nothing changes before Apply');
      await page.getByRole('button', { name: 'Apply' }).click();
      const message = page.locator('[data-testid=message]');
      await waitFor(async () => (await message.textContent())?.startsWith('Imported: 1 exchanges added, 0 changed; 2 stories added, 0 changed.'), 'the import report');
      let imported = await storedLibrary(fresh);
      assertEqual(canon(imported.exchanges.map((x) => x.event)), canon(original.exchanges.map((x) => x.event)), 'the same exchange in the fresh profile');
      assertEqual(canon(storiesByEvent(imported.sources)), canon(storiesByEvent(original.sources)), 'the same kept stories');
      // Undo takes the whole import back; apply it again.
      await message.getByRole('button', { name: 'Undo' }).click();
      await waitFor(async () => (await storedLibrary(fresh)).exchanges.length === 0 && (await storedLibrary(fresh)).sources.length === 0, 'the import undone');
      await importFile(page, packPath);
      await page.getByRole('button', { name: 'Apply' }).click();
      await waitFor(async () => (await storedLibrary(fresh)).exchanges.length === 1, 'applied again');
      imported = await storedLibrary(fresh);
      // The imported exchange is a first-class one: another outlet's article resolves to it.
      const zh = await openAndDetect(fresh, FLOOD_PAGES.zh.url);
      assertEqual([zh.state.status, zh.state.eventId], ['match', id], 'a third outlet matches the imported exchange');
      await zh.page.close();
      // A second import of the same pack changes nothing.
      await importFile(page, packPath);
      await page.locator('[data-testid=preview-nothing]').waitFor();
      assertEqual(await page.getByRole('button', { name: 'Apply' }).count(), 0, 'nothing to apply');
      assertEqual(canon(await storedLibrary(fresh)), canon(imported), 'second import: records unchanged');
      console.log(`      round trip: 1 exchange and 2 stories exported; first import added them, the second changes nothing (${await page.textContent('[data-testid=preview-same]')})`);
      await page.getByRole('button', { name: 'Cancel' }).click();

      const text = await readFile(packPath, 'utf8');
      const bundled = events.find((e) => e.coverage.length > 0)!;
      const bad: [string, string, RegExp][] = [
        ['truncated.json', text.slice(0, Math.floor(text.length / 2)), /not valid JSON \(it may be truncated\)/],
        ['notes-export.json', JSON.stringify({ format: 'lips-and-teeth-notes', version: 1, notes: [] }), /not a Lips & Teeth dataset pack/],
        ['future-version.json', JSON.stringify({ ...pack, version: 2 }), /version 2; this version of Lips & Teeth reads version 1/],
        ['overwrites-bundled.json', JSON.stringify({ ...pack, events: [{ ...bundled, origin: 'reader', summary: { en: 'Overwritten.' } }] }), new RegExp(`Exchange ${bundled.id} has the id of an exchange the extension ships`)],
        ['unknown-kind.json', JSON.stringify({ ...pack, events: [{ ...pack.events[0], kind: 'telegram' }] }), /kind "telegram" unknown/],
        ['undated-story.json', JSON.stringify({ ...pack, coverage: { [id]: [{ ...pack.coverage[id]![0], date: 'last week' }] } }), /date must be YYYY-MM-DD/],
      ];
      const error = page.locator('[data-testid=error]');
      for (const [name, content, expected] of bad) {
        const path = join(tmp, name);
        await writeFile(path, content);
        await importFile(page, path);
        await waitFor(async () => expected.test((await error.textContent().catch(() => '')) ?? ''), `${name}: an error matching ${expected} (now "${await error.textContent().catch(() => '')}")`);
        assert((await error.textContent())!.startsWith('Import refused, nothing was changed: '), `${name}: says nothing changed`);
        assertEqual(await page.locator('[data-testid=import-preview]').count(), 0, `${name}: no preview`);
        assertEqual(canon(await storedLibrary(fresh)), canon(imported), `${name}: records unchanged`);
        console.log(`      ${name}: ${await error.textContent()}`);
      }
      await page.close();
    } finally {
      await fresh.close();
    }
  });

  test('a version-1 library database is migrated keeping every record; the new stores and index appear', async () => {
    const fresh = await launchChromium(server.port);
    try {
      const event = { ...eventFromInput({ date: '2027-08-14', kind: 'sympathy', direction: 'xi-to-kim', occasion: 'disaster', occasionDetail: { en: 'Floods' }, summary: { en: 'Stored by version 1.' } }, undefined, 'v1000000'), coverage: [] };
      const v1 = {
        exchanges: [{ id: event.id, event, createdAt: 1, updatedAt: 2 }],
        sources: [{ id: 's-v1', eventId: event.id, coverage: { outlet: '동북아일보', url: FLOOD_PAGES.ko.url, date: '2027-08-15', headline: '시진핑, 김정은에게 수해 위문 전문', language: 'ko', phrases: [], origin: 'reader' }, capturedAt: 3, auto: false }],
      };
      // What version 1 created: the two stores and their index (MIGRATIONS[0] in shared/storage/library-db.ts).
      await (await fresh.worker()).evaluate(
        async ({ name, rows }) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open(name, 1);
            open.onupgradeneeded = () => {
              const exchanges = open.result.createObjectStore('exchanges', { keyPath: 'id' });
              exchanges.createIndex('byUpdated', 'updatedAt');
              const sources = open.result.createObjectStore('sources', { keyPath: 'id' });
              sources.createIndex('byEvent', 'eventId');
              for (const x of rows.exchanges) exchanges.put(x);
              for (const s of rows.sources) sources.put(s);
            };
            open.onsuccess = () => {
              open.result.close();
              resolve();
            };
            open.onerror = () => reject(open.error);
          }),
        { name: LIBRARY_DB, rows: v1 },
      );
      const page = await openLibraryPage(fresh);
      await page.locator(`[data-testid=exchanges] li[data-event-id="${event.id}"]`).waitFor();
      const after = await storedLibrary(fresh);
      assertEqual(after.version, 2, 'database version');
      assertEqual(after.stores, ['exchanges', 'settings', 'sources', 'undo'], 'object stores');
      assertEqual(canon({ exchanges: after.exchanges, sources: after.sources }), canon(v1), 'every version-1 record, unchanged');
      const byUrl = await (await fresh.worker()).evaluate(
        async ({ name, url }) =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open(name);
            open.onsuccess = () => {
              const count = open.result.transaction('sources').objectStore('sources').index('byUrl').count(url);
              count.onsuccess = () => {
                open.result.close();
                resolve(count.result);
              };
              count.onerror = () => reject(count.error);
            };
            open.onerror = () => reject(open.error);
          }),
        { name: LIBRARY_DB, url: FLOOD_PAGES.ko.url },
      );
      assertEqual(byUrl, 1, 'the new address index covers old sources');
      const { state, page: article } = await openAndDetect(fresh, FLOOD_PAGES.en.url);
      assertEqual([state.status, state.eventId], ['match', event.id], 'the migrated exchange still resolves');
      await article.close();
      await page.close();
    } finally {
      await fresh.close();
    }
  });

  test('a release that bundles an exchange the reader added: linked, sources and notes follow the bundled id, nothing lost, no duplicate', async () => {
    const dist = await copyOfBuild();
    const profile = await mkdtemp(join(tmpdir(), 'lt-release-profile-'));
    const NOTE = 'Note written on my own exchange before the release.';
    let session = await launchChromium(server.port, profile, { dist });
    try {
      const mine = await addFloodExchange(session, 'Added before the release caught up.');
      await keepWording(session, FLOOD_PAGES.ko.url);
      const { page } = await openAndDetect(session, FLOOD_PAGES.ko.url);
      await addNoteInSidebar(await openSidebarFrame(page), NOTE);
      await page.close();
      const before = await storedLibrary(session);
      assertEqual((await storedNotes(session)).find((n) => n.text === NOTE)?.eventId, mine, 'the note is on the reader\'s exchange');
      await session.close();

      const twin = releasedTwin(FLOOD_PAGES.en.url.replace('http://', 'https://'));
      await releaseWith(dist, [twin], '99.0.0');
      session = await launchChromium(server.port, profile, { dist });
      const ko = await openAndDetect(session, FLOOD_PAGES.ko.url);
      assertEqual([ko.state.status, ko.state.eventId], ['match', twin.id], 'the second outlet now resolves to the bundled exchange');
      const after = await storedLibrary(session);
      const kept = after.exchanges.find((x) => x.id === mine)!;
      assertEqual([kept.linkedTo, canon(kept.event)], [twin.id, canon(before.exchanges[0]!.event)], 'the reader\'s record is kept, linked to the bundled one');
      assertEqual(after.sources.map((s) => [s.eventId, s.formerEventId, s.coverage.url]), [[twin.id, mine, FLOOD_PAGES.ko.url]], 'the kept wording follows the bundled id');
      assertEqual((await storedNotes(session)).find((n) => n.text === NOTE)?.eventId, twin.id, 'the note follows the bundled id');
      const frame = await openSidebarFrame(ko.page);
      await frame.waitForSelector('[data-testid=exchange-title]');
      assertEqual(await frame.textContent('[data-testid=exchange-title]'), twin.title.en, 'the bundled exchange is shown');
      assertEqual(await frame.locator('[data-testid=exchange] [data-testid=added-by-you]').count(), 0, 'not marked as the reader\'s');
      await waitFor(async () => (await listedInSidebar(frame)).includes(NOTE), 'the note listed on the bundled exchange');
      const urls = await frame.locator('[data-testid=sources] [data-testid=source] a.headline').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      assertEqual(urls.filter((u) => u.includes('neasiawire')).length, 1, 'the first outlet\'s article once (the release lists it too)');
      assert(urls.some((u) => u.includes('dongbuka')), 'the reader\'s kept article among the sources');
      assertEqual(await frame.locator('[data-testid=sources] li.this-article [data-testid=from-your-reading]').count(), 1, 'marked "from your reading"');
      await ko.page.close();
      // No duplicate anywhere: a later article's nearest list has the bundled one, not the reader's.
      const later = await openAndDetect(session, (await corpus()).find((c) => c.file.includes('ko-nuri-2027-kim-reply-79th'))!.servedUrl);
      const f2 = await openSidebarFrame(later.page);
      await f2.locator('[data-testid=nearest] li').first().waitFor();
      const nearest = await f2.locator('[data-testid=nearest] li').allTextContents();
      assert(nearest[0]!.includes(twin.title.en!), `the bundled exchange heads the nearest list (${nearest[0]})`);
      assert(!nearest.some((n) => n.includes('added by you')), 'the reader\'s exchange is not listed twice');
      await later.page.close();
      const library = await openLibraryPage(session);
      assert((await library.textContent(`[data-testid=exchanges] li[data-event-id="${mine}"] [data-testid=joined]`))?.includes(twin.title.en!), 'the library page says where it went');
      await library.close();
    } finally {
      await session.close();
      await rm(dist, { recursive: true, force: true });
      await rm(profile, { recursive: true, force: true });
    }
  });
});
