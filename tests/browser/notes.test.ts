/**
 * Notes in Debian's Chromium, on the built extension: what the reader writes survives
 * reloads, a stopped service worker, an extension reload and a browser restart; drafts,
 * undo, two tabs at once, a schema migration, export/import, storage failures, and a
 * hostile page that tries to reach the notes.
 */
import type { Page } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { launchChromium, type ChromiumSession } from './chromium';
import { FixtureServer } from './server';
import { seedLabels } from './fixtures';
import { addNoteInSidebar, DB_NAME, launcher, listedInSidebar, listedOnNotesPage, openNotesPage, openSidebar, putRawNotes, storedNotes, stopServiceWorker, waitForCount } from './notes-helpers';
import { loadDataset } from '../../scripts/extension-build';
import { eventTitle } from '../../shared/dataset/localize';
import { EXPORT_FORMAT, MAX_IMPORT_BYTES, type Note } from '../../shared/storage/notes-schema';
import type { ExchangeEvent } from '../../shared/dataset/schema';

const SUITE = 'Chromium: notes';
const server = new FixtureServer();
const HOSTILE_URL = 'http://hostile.example/2024/10/06/xi-kim-75th/';
let session: ChromiumSession;
let profile: string;
let tmp: string;
let seed: Awaited<ReturnType<typeof seedLabels>>[number];
let event: ExchangeEvent;
let events: ExchangeEvent[];

/** Key-order-independent form, so "exactly the same note" means the same fields and values. */
const canon = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));
const meta = (html: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? '';

async function seedPage(url = seed.servedUrl): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

async function closeAllPages(s: ChromiumSession): Promise<void> {
  for (const p of s.context.pages()) await p.close();
}

const KEPT = 'Lacquered phrasing: KCNA says "invincible", Xinhua says "strategic".';

export const notesHooks: Record<string, Hooks> = {};

suite(SUITE, () => {
  notesHooks[SUITE] = {
    before: async () => {
      events = await loadDataset();
      seed = (await seedLabels()).find((s) => s.file.includes('002'))!;
      event = events.find((e) => e.id === seed.eventId)!;
      server.set(seed.servedUrl, seed.html);
      const hostile = `<script>window.__pageErrors = []; addEventListener('error', (e) => window.__pageErrors.push(String(e.message)));</script></body>`;
      server.set(HOSTILE_URL, seed.html.replace('</body>', () => hostile));
      await server.start();
      tmp = await mkdtemp(join(tmpdir(), 'lt-notes-'));
      // Our own profile folder, so the browser-restart test can start Chromium again on it.
      profile = await mkdtemp(join(tmpdir(), 'lt-notes-profile-'));
      session = await launchChromium(server.port, profile);
    },
    after: async () => {
      await session.close();
      await server.stop();
      await rm(profile, { recursive: true, force: true });
      await rm(tmp, { recursive: true, force: true });
    },
  };

  test('a note saved in the sidebar is stored with its exchange and article, and listed after a page reload', async () => {
    const page = await seedPage();
    let frame = await openSidebar(page);
    await addNoteInSidebar(frame, KEPT, '#Wording, kcna');
    const stored = (await storedNotes(session)).find((n) => n.text === KEPT);
    assert(stored, 'the note is in the database');
    assertEqual(stored.eventId, seed.eventId, 'exchange');
    assertEqual(stored.article?.url, seed.servedUrl, 'article url');
    assertEqual(stored.article?.outlet, meta(seed.html, 'og:site_name'), 'outlet (og:site_name)');
    assertEqual(stored.article?.date, meta(seed.html, 'article:published_time').slice(0, 10), 'date (article:published_time)');
    assert((stored.article?.title ?? '').length > 0, 'a headline is kept');
    assertEqual(stored.tags, ['wording', 'kcna'], 'tags, normalized');
    await page.reload();
    frame = await openSidebar(page);
    await waitFor(async () => (await listedInSidebar(frame)).includes(KEPT), 'the note after reload');
    await page.close();
  });

  test('the note is still listed after the service worker is stopped (and started again by the sidebar)', async () => {
    const page = await seedPage();
    // Detection must be over before the worker is stopped, so that what restarts it is the sidebar.
    await waitFor(async () => launcher(page).isVisible(), 'the launcher');
    await (await session.worker()).evaluate(() => { (self as unknown as { __alive: number }).__alive = 1; });
    await stopServiceWorker(session, page);
    const frame = await openSidebar(page);
    await waitFor(async () => (await listedInSidebar(frame)).includes(KEPT), 'the note after the worker restarted');
    const fresh = await (await session.worker()).evaluate(() => (self as unknown as { __alive?: number }).__alive === undefined);
    assert(fresh, 'the service worker is a new instance (its globals are gone)');
    await page.close();
  });

  test('the note is still listed after the extension is reloaded', async () => {
    await closeAllPages(session);
    // Chromium 156 disables a command-line unpacked extension that reloads itself
    // ("unsupportedDeveloperExtension") unless developer mode is on, as it is for a developer.
    const settings = await session.context.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate(() => new Promise<void>((resolve) => (chrome as unknown as { developerPrivate: { updateProfileConfiguration: (c: object, done: () => void) => void } }).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve)));
    await settings.close();
    const old = await session.worker();
    await old.evaluate(() => {
      (self as unknown as { __alive: number }).__alive = 1;
      // Scheduled, so this evaluate returns before the worker goes away.
      setTimeout(() => chrome.runtime.reload(), 50);
    });
    await waitFor(async () => (await session.worker()).evaluate(() => (self as unknown as { __alive?: number }).__alive === undefined), 'the reloaded service worker', 15_000);
    const page = await seedPage();
    const frame = await openSidebar(page);
    await waitFor(async () => (await listedInSidebar(frame)).includes(KEPT), 'the note after the extension reload');
    await page.close();
  });

  test('the note is still listed after a browser restart with the same profile', async () => {
    const before = await storedNotes(session);
    await session.close();
    session = await launchChromium(server.port, profile);
    assertEqual(canon(await storedNotes(session)), canon(before), 'stored notes after restart');
    const page = await seedPage();
    const frame = await openSidebar(page);
    await waitFor(async () => (await listedInSidebar(frame)).includes(KEPT), 'the note after the restart');
    await page.close();
  });

  test('a draft (typed, not saved) survives closing the sidebar and reloading the page; saving clears it', async () => {
    const draft = 'Half a thought about "blood-sealed" friendship';
    const page = await seedPage();
    let frame = await openSidebar(page);
    await frame.fill('#note-text', draft);
    await frame.fill('#note-tags', '#draft');
    // Close at once and reload: a reader does not wait for a save timer.
    await frame.locator('#note-text').press('Escape');
    await waitFor(async () => !(await page.locator('lips-and-teeth-ui >> iframe').isVisible()), 'the sidebar to close');
    await page.reload();
    frame = await openSidebar(page);
    await waitFor(async () => (await frame.inputValue('#note-text')) === draft, 'the draft text back');
    assertEqual(await frame.inputValue('#note-tags'), '#draft', 'draft tags');
    await frame.getByRole('button', { name: 'Save note' }).click();
    await waitFor(async () => (await listedInSidebar(frame)).includes(draft), 'the saved draft listed');
    assertEqual(await frame.inputValue('#note-text'), '', 'editor empty after saving');
    await page.reload();
    frame = await openSidebar(page);
    await page.waitForTimeout(800);
    assertEqual(await frame.inputValue('#note-text'), '', 'no stale draft after saving and reloading');
    await page.close();
  });

  test('delete, then Undo, puts the note back exactly as it was', async () => {
    const text = 'Note to delete and bring back';
    const page = await seedPage();
    const frame = await openSidebar(page);
    await addNoteInSidebar(frame, text, '#undo #check');
    const before = (await storedNotes(session)).find((n) => n.text === text);
    assert(before, 'stored before delete');
    await frame.locator('[data-testid=note-list] li', { hasText: text }).getByRole('button', { name: 'Delete' }).click();
    await waitFor(async () => !(await listedInSidebar(frame)).includes(text), 'the note gone from the list');
    assert(!(await storedNotes(session)).some((n) => n.id === before.id), 'gone from the database');
    await frame.getByRole('button', { name: 'Undo' }).click();
    await waitFor(async () => (await listedInSidebar(frame)).includes(text), 'the note back in the list');
    const after = (await storedNotes(session)).find((n) => n.id === before.id);
    assertEqual(canon(after), canon(before), 'restored note (every field, times included)');
    await page.close();
  });

  test('two tabs adding notes at the same time lose none', async () => {
    const [a, b] = [await seedPage(), await seedPage()];
    const [fa, fb] = [await openSidebar(a), await openSidebar(b)];
    const texts = (tab: string) => Array.from({ length: 5 }, (_, i) => `Concurrent note ${tab}${i}`);
    const addAll = async (frame: typeof fa, tab: string) => {
      for (const t of texts(tab)) await addNoteInSidebar(frame, t, `#tab${tab}`);
    };
    await Promise.all([addAll(fa, 'A'), addAll(fb, 'B')]);
    const expected = [...texts('A'), ...texts('B')];
    const stored = (await storedNotes(session)).map((n) => n.text).filter((t) => t.startsWith('Concurrent note'));
    assertEqual(stored.sort(), [...expected].sort(), 'stored concurrent notes (each once)');
    for (const p of [a, b]) {
      await p.reload();
      const f = await openSidebar(p);
      await waitFor(async () => { const listed = await listedInSidebar(f); return expected.every((t) => listed.includes(t)); }, 'both tabs list all ten');
      await p.close();
    }
  });

  test('storage failures are shown in the sidebar (role=alert) and the typed text is kept', async () => {
    const page = await seedPage();
    const frame = await openSidebar(page);
    const sw = await session.worker();
    const text = 'A note the full disk must not eat';
    // A full disk: every write fails the way Chromium reports it.
    await sw.evaluate(() => {
      const g = self as unknown as { __put: typeof IDBObjectStore.prototype.put };
      g.__put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    await frame.fill('#note-text', text);
    await frame.fill('#note-tags', '');
    await frame.getByRole('button', { name: 'Save note' }).click();
    const alert = frame.getByRole('alert');
    await waitFor(async () => /storage is full/.test((await alert.textContent()) ?? ''), 'the quota message');
    assertEqual(await frame.inputValue('#note-text'), text, 'typed text kept after the failure');
    assert(!(await storedNotes(session)).some((n) => n.text === text), 'nothing half-saved');
    // A database that cannot be reached at all (backing store lost).
    await sw.evaluate(() => {
      const g = self as unknown as { __tx: typeof IDBDatabase.prototype.transaction };
      g.__tx = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = () => { throw new DOMException('Internal error opening backing store.', 'UnknownError'); };
    });
    await frame.getByRole('button', { name: 'Save note' }).click();
    await waitFor(async () => /Notes storage failed: Internal error opening backing store/.test((await alert.textContent()) ?? ''), 'the backing-store message');
    assertEqual(await frame.inputValue('#note-text'), text, 'typed text kept after the second failure');
    await sw.evaluate(() => {
      const g = self as unknown as { __put: typeof IDBObjectStore.prototype.put; __tx: typeof IDBDatabase.prototype.transaction };
      IDBObjectStore.prototype.put = g.__put;
      IDBDatabase.prototype.transaction = g.__tx;
    });
    // Once storage works again, the kept text saves and the alert goes.
    await frame.getByRole('button', { name: 'Save note' }).click();
    await waitFor(async () => (await listedInSidebar(frame)).includes(text), 'the note saved after recovery');
    assertEqual(await alert.count(), 0, 'alert cleared');
    await page.close();
  });

  test('a note whose exchange id is not in the dataset (renamed) still shows on the notes page, with its raw id', async () => {
    const rawId = '2019-01-08-renamed-exchange-old-id';
    assert(!events.some((e) => e.id === rawId), 'the id is not in the dataset');
    const now = Date.now();
    await putRawNotes(session, [{ id: 'n-renamed-test', eventId: rawId, text: 'Saved before the exchange id changed', tags: ['renamed'], createdAt: now, updatedAt: now, accessedAt: now }]);
    const total = (await storedNotes(session)).length;
    const page = await openNotesPage(session);
    await waitForCount(page, total, total);
    const item = page.locator('[data-testid=notes] li', { hasText: 'Saved before the exchange id changed' });
    assert((await item.textContent())?.includes(rawId), 'the raw exchange id is shown');
    await page.getByLabel('Exchange', { exact: true }).selectOption(rawId);
    await waitForCount(page, 1, total);
    await page.close();
  });

  test('the notes page lists every note newest first, and full-text search filters', async () => {
    const stored = await storedNotes(session);
    const page = await openNotesPage(session);
    await waitForCount(page, stored.length, stored.length);
    const listed = await listedOnNotesPage(page);
    assertEqual([...listed].sort(), stored.map((n) => n.text).sort(), 'every note listed once');
    const times = listed.map((t) => stored.find((n) => n.text === t)!.updatedAt);
    assert(times.every((t, i) => i === 0 || t <= times[i - 1]!), `newest first (updatedAt ${times.join(', ')})`);
    const search = page.locator('[data-testid=search]');
    // Two words, one from the text and one from a tag, any case.
    await search.fill('LACQUERED kcna');
    await waitForCount(page, 1, stored.length);
    assertEqual(await listedOnNotesPage(page), [KEPT], 'the one match');
    await search.fill('concurrent taba');
    await waitForCount(page, 5, stored.length);
    await search.fill('nothing-matches-this');
    await waitForCount(page, 0, stored.length);
    await search.fill('');
    await waitForCount(page, stored.length, stored.length);
    await page.close();
  });

  test('Markdown export cites outlet, headline, date, URL and exchange by title, and shows no internal id', async () => {
    const note = (await storedNotes(session)).find((n) => n.text === KEPT)!;
    const page = await openNotesPage(session);
    await page.locator('[data-testid=search]').fill('lacquered');
    await waitForCount(page, 1, (await storedNotes(session)).length);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown', exact: true }).click()]);
    assert(download.suggestedFilename().endsWith('.md'), `a .md file (${download.suggestedFilename()})`);
    const md = await readFile((await download.path())!, 'utf8');
    const published = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${note.article!.date!}T00:00:00Z`));
    for (const [what, value] of [['outlet', note.article!.outlet], ['headline', note.article!.title], ['date', published], ['URL', note.article!.url], ['exchange', eventTitle(event, 'en')], ['text', KEPT]] as const) {
      assert(md.includes(value), `the Markdown has the ${what} (${value})`);
    }
    assert(md.includes('#wording') && md.includes('#kcna'), 'tags');
    assert(!md.includes(event.id) && !md.includes(note.id), 'no exchange or note id');
    await page.close();
  });

  test('JSON export imports into a fresh profile (all added), again (all skipped); bad files are refused with a clear message', async () => {
    const stored = await storedNotes(session);
    const page = await openNotesPage(session);
    await waitForCount(page, stored.length, stored.length);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON', exact: true }).click()]);
    const file = join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const text = await readFile(file, 'utf8');
    const exported = JSON.parse(text) as { format: string; version: number; notes: Note[] };
    assertEqual([exported.format, exported.version], [EXPORT_FORMAT, 1], 'format and version');
    assertEqual(canon([...exported.notes].sort((a, b) => a.id.localeCompare(b.id))), canon(stored), 'the export holds every stored note exactly');
    await page.close();

    const fresh = await launchChromium(server.port);
    try {
      const n = stored.length;
      const notesPage = await openNotesPage(fresh);
      await waitForCount(notesPage, 0, 0);
      const message = notesPage.locator('[data-testid=message]');
      await notesPage.setInputFiles('[data-testid=import]', file);
      await waitFor(async () => (await message.textContent()) === `Imported: ${n} added, 0 updated, 0 skipped.`, `"${n} added" (now "${await message.textContent().catch(() => '')}")`);
      await waitForCount(notesPage, n, n);
      assertEqual(canon(await storedNotes(fresh)), canon(stored), 'imported notes equal the originals');
      assertEqual(await notesPage.inputValue('[data-testid=import]'), '', 'the file input is reset, so the same file can be chosen again');
      await notesPage.setInputFiles('[data-testid=import]', file);
      await waitFor(async () => (await message.textContent()) === `Imported: 0 added, 0 updated, ${n} skipped.`, `"${n} skipped" (now "${await message.textContent().catch(() => '')}")`);
      console.log(`      round trip: ${n} notes exported; first import "${n} added, 0 updated, 0 skipped", second "0 added, 0 updated, ${n} skipped"`);

      const bad: [string, string | Buffer, RegExp][] = [
        ['malformed.json', '{"format": "lips-and-teeth-notes", "version": 1, "notes": [}', /not valid JSON/],
        ['truncated.json', text.slice(0, Math.floor(text.length / 2)), /not valid JSON \(it may be truncated\)/],
        ['wrong-version.json', JSON.stringify({ ...exported, version: 2 }), /version 2.*reads version 1/],
        ['not-ours.json', JSON.stringify({ notes: [] }), /not a Lips & Teeth notes export/],
        ['bad-note.json', JSON.stringify({ ...exported, notes: [exported.notes[0], { ...exported.notes[1], text: 42 }] }), /Note 2 is invalid: text must be a string/],
        // Valid JSON padded past the limit: only its size can be the reason to refuse it.
        ['oversized.json', Buffer.concat([Buffer.from(text.replace(/\}\s*$/, '')), Buffer.alloc(MAX_IMPORT_BYTES + 1024, ' '), Buffer.from('}')]), /too large.*limit is 20 MB/],
        // Past what one extension message can carry (64 MiB in Chromium): refused before it is sent.
        ['huge.json', Buffer.concat([Buffer.from(text.replace(/\}\s*$/, '')), Buffer.alloc(70 * 1024 * 1024, ' '), Buffer.from('}')]), /too large.*limit is 20 MB/],
      ];
      const error = notesPage.locator('[data-testid=error]');
      for (const [name, content, expected] of bad) {
        const path = join(tmp, name);
        await writeFile(path, content);
        await notesPage.setInputFiles('[data-testid=import]', path);
        await waitFor(async () => expected.test((await error.textContent().catch(() => '')) ?? ''), `${name}: an error matching ${expected} (now "${await error.textContent().catch(() => '')}")`);
        assert((await error.textContent())!.startsWith('Import failed, nothing was changed'), `${name}: says nothing changed`);
        assertEqual(await message.count(), 0, `${name}: no success message`);
        await waitForCount(notesPage, n, n);
        assertEqual(canon(await storedNotes(fresh)), canon(stored), `${name}: stored notes unchanged`);
        console.log(`      ${name}: ${await error.textContent()}`);
      }
    } finally {
      await fresh.close();
    }
  });

  test('the notes page says once, in plain words, when the browser refuses persistent storage, and not when it grants it', async () => {
    const notice = (page: Page) => page.locator('[data-testid=storage-notice]');
    const visit = async (granted: boolean | null, forget: boolean) => {
      // "Once" is remembered in storage.local; forgetting it stands for a new profile.
      if (forget) await (await session.worker()).evaluate(async () => chrome.storage.local.remove('notesPage'));
      const page = await session.context.newPage();
      if (granted !== null) {
        await page.addInitScript((g: boolean) => {
          StorageManager.prototype.persist = async () => g;
          StorageManager.prototype.persisted = async () => g;
        }, granted);
      }
      await page.goto(`chrome-extension://${session.extensionId}/notes/notes.html`);
      await page.waitForSelector('[data-testid=count]');
      await page.waitForTimeout(800);
      const text = (await notice(page).count()) ? await notice(page).textContent() : null;
      const actual = await page.evaluate(() => navigator.storage.persisted());
      await page.close();
      return { text, actual };
    };
    const refused = await visit(false, true);
    assert(refused.text?.includes('may delete them when the disk is nearly full'), `plain words when refused (${refused.text})`);
    assert(refused.text?.includes('Export JSON'), 'it says what to do');
    assertEqual((await visit(false, false)).text, null, 'not said a second time');
    // The grant is decided per origin: granted in the page means granted for the notes.
    assertEqual((await visit(true, true)).text, null, 'nothing said when granted');
    const real = await visit(null, true);
    console.log(`      this Chromium: persisted() after the page asked = ${real.actual}; notice shown = ${real.text !== null}`);
    assertEqual(real.text !== null, !real.actual, 'the notice matches what the browser reports');
    await (await session.worker()).evaluate(async () => chrome.storage.local.remove('notesPage'));
  });

  test('a hostile page cannot read or change notes, and gets no error and no answer', async () => {
    const before = await storedNotes(session);
    const victim = before.find((n) => n.text === KEPT)!;
    const page = await seedPage(HOSTILE_URL);
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await openSidebar(page);
    const result = await page.evaluate(async ({ extensionId, victimId }) => {
      const answers: string[] = [];
      addEventListener('message', (e) => e.origin !== location.origin && answers.push(`${e.origin}: ${JSON.stringify(e.data)}`));
      const sidebar = document.querySelector('lips-and-teeth-ui')?.shadowRoot?.querySelector('iframe');
      const evil = { format: 'lips-and-teeth-notes', version: 1, notes: [{ id: 'n-evil', eventId: 'x', text: 'planted', tags: [], createdAt: 1, updatedAt: 1 }] };
      const payloads: unknown[] = [
        { type: 'notes/delete', id: victimId },
        { type: 'notes/save', note: { eventId: 'x', text: 'planted by the page', tags: [] } },
        { type: 'notes/save', note: { id: victimId, eventId: 'x', text: 'overwritten', tags: [] } },
        { type: 'notes/import', text: JSON.stringify(evil) },
        { type: 'notes/list', query: {} },
        { type: 'notes/draft-save', key: '|', text: 'planted draft' },
        { type: 'content/toggle-sidebar' },
        'notes/list',
      ];
      const targets: (Window | null | undefined)[] = [window, sidebar?.contentWindow];
      for (let i = 0; i < window.frames.length; i++) targets.push(window.frames[i]);
      let posted = 0;
      for (let round = 0; round < 50; round++) {
        for (const target of targets) for (const p of payloads) { target?.postMessage(p, '*'); posted++; }
      }
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
      let direct = 'chrome.runtime unavailable to the page';
      if (runtime?.sendMessage) {
        try {
          direct = `answered: ${JSON.stringify(await runtime.sendMessage(extensionId, { type: 'notes/list', query: {} }))}`;
        } catch (e) {
          direct = `refused: ${String(e)}`;
        }
      }
      let sidebarRead = 'read';
      try {
        void sidebar?.contentWindow?.document.body.innerText;
      } catch {
        sidebarRead = 'blocked';
      }
      const frame = document.createElement('iframe');
      frame.src = `chrome-extension://${extensionId}/notes/notes.html`;
      document.body.append(frame);
      await new Promise((r) => { frame.onload = r; setTimeout(r, 3000); });
      let notesRead: string | null = null;
      try {
        notesRead = frame.contentDocument?.body?.innerText ?? null;
      } catch {
        notesRead = 'blocked';
      }
      await new Promise((r) => setTimeout(r, 1500));
      return { answers, direct, sidebarRead, notesRead, posted, pageErrors: (window as unknown as { __pageErrors: string[] }).__pageErrors };
    }, { extensionId: session.extensionId, victimId: victim.id });
    console.log(`      posted ${result.posted} messages; ${result.direct}; sidebar document ${result.sidebarRead}; notes page in an iframe: ${result.notesRead === null ? 'no document reachable' : result.notesRead}`);
    if (consoleErrors.length) console.log(`      console errors (browser's own): ${consoleErrors.join(' | ')}`);
    assert(!result.direct.startsWith('answered'), `no answer to chrome.runtime.sendMessage (${result.direct})`);
    assertEqual(result.answers, [], 'messages from other origins to the page');
    assertEqual(result.sidebarRead, 'blocked', 'the sidebar document is out of reach');
    assert(result.notesRead === null || result.notesRead === 'blocked', 'the framed notes page is out of reach');
    for (const f of page.frames().filter((f) => f.url().includes('/notes/notes.html'))) {
      assertEqual(await f.locator('[data-testid=count]').count(), 0, `the notes page did not render inside the hostile page (${f.url()})`);
    }
    assertEqual(canon(await storedNotes(session)), canon(before), 'notes unchanged');
    assertEqual(result.pageErrors, [], 'errors on the page');
    assertEqual(pageErrors, [], 'uncaught page errors');
    await page.close();
  });

  /** Notes as an older version stored them: no access date; every optional field somewhere. */
  const oldNotes = (version: number): Omit<Note, 'accessedAt'>[] => {
    const t0 = Date.UTC(2024, 0, 1);
    return Array.from({ length: 30 }, (_, i) => ({
      id: `n-v${version}-${String(i).padStart(2, '0')}`,
      text: `Version ${version} note ${i}`,
      tags: i % 3 ? ['old', `t${i % 4}`] : [],
      createdAt: t0 + i * 60_000,
      updatedAt: t0 + i * 120_000,
      ...(i % 2 ? { eventId: event.id } : {}),
      ...(i % 2 === 0 || i % 5 === 0 ? { article: { url: `https://news${i % 3}.example/a/${i}`, title: `Headline ${i}`, outlet: `Outlet ${i % 3}`, date: i % 4 ? '2024-10-06' : null } } : {}),
      ...(i % 7 === 0 ? { quote: `quoted line ${i}\nsecond line` } : {}),
    }));
  };

  /** Writes a database exactly as extension version `version` (1 or 2) created it, with notes and a draft. */
  const writeOldDatabase = async (s: ChromiumSession, version: 1 | 2, rows: Omit<Note, 'accessedAt'>[]) =>
    (await s.worker()).evaluate(
      async ({ name, rows, version }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name, version);
          open.onupgradeneeded = () => {
            // MIGRATIONS[0], and for version 2 MIGRATIONS[1], as they were written.
            const notes = open.result.createObjectStore('notes', { keyPath: 'id' });
            notes.createIndex('byEvent', 'eventId');
            notes.createIndex('byArticle', 'article.url');
            notes.createIndex('byUpdated', 'updatedAt');
            notes.createIndex('byTag', 'tags', { multiEntry: true });
            if (version >= 2) {
              open.result.createObjectStore('drafts', { keyPath: 'key' }).put({ key: 'x|https://news0.example/a/0', text: '{"text":"half a thought"}', updatedAt: 1 });
              notes.createIndex('byOutlet', 'article.outlet');
            }
            for (const n of rows) notes.put(n);
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
      { name: DB_NAME, rows, version },
    );

  const shapeOf = async (s: ChromiumSession) =>
    (await s.worker()).evaluate(
      async (name: string) =>
        new Promise<{ version: number; stores: string[]; indexes: string[]; outlet0: number; drafts: number }>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['notes', 'drafts']);
            const store = tx.objectStore('notes');
            const byOutlet = store.index('byOutlet').count('Outlet 0');
            const drafts = tx.objectStore('drafts').count();
            tx.oncomplete = () => {
              resolve({ version: db.version, stores: [...db.objectStoreNames], indexes: [...store.indexNames], outlet0: byOutlet.result, drafts: drafts.result });
              db.close();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      DB_NAME,
    );

  for (const version of [1, 2] as const) {
    test(`a version-${version} database${version === 2 ? ' (the schema before access dates)' : ' (before drafts)'} is upgraded keeping every note, each given its creation time as access date`, async () => {
      const fresh = await launchChromium(server.port);
      try {
        const old = oldNotes(version);
        await writeOldDatabase(fresh, version, old);
        // Any notes request makes the extension open (and upgrade) the database.
        const page = await openNotesPage(fresh);
        await waitForCount(page, old.length, old.length);
        const shape = await shapeOf(fresh);
        assertEqual(shape.version, 3, 'database version');
        assertEqual(shape.stores, ['drafts', 'notes'], 'object stores');
        assertEqual(shape.indexes, ['byArticle', 'byEvent', 'byOutlet', 'byTag', 'byUpdated'], 'notes indexes');
        assertEqual(shape.outlet0, old.filter((n) => n.article?.outlet === 'Outlet 0').length, 'the outlet index covers old notes');
        assertEqual(shape.drafts, version === 2 ? 1 : 0, 'drafts kept');
        const expected = old.map((n) => ({ ...n, accessedAt: n.createdAt }));
        assertEqual(canon(await storedNotes(fresh)), canon(expected), `every version-${version} note, unchanged but for its access date`);
        assertEqual((await listedOnNotesPage(page))[0], `Version ${version} note 29`, 'newest first after migration');
        await page.close();
      } finally {
        await fresh.close();
      }
    });
  }
});
