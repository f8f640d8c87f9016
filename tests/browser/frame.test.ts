/**
 * The frame around the sidebar, and the launcher, as a reader meets them (Chromium, built
 * extension, real-looking article pages): the page pushed at 1400 px with the article at its
 * width; at 800 px and at 200 % zoom at least 360 px of article beside the sidebar, or an
 * overlay that folds to an edge tab and opens again; the launcher on no text when the page
 * loads; moving and hiding it (on one site, on every site) kept across reloads and undone from
 * the sidebar's menu and the notes page; its label in Korean and Chinese; focus; axe.
 */
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { launchChromium, sidebarFrame, tabIdOf, tabState, type ChromiumSession } from './chromium';
import { FixtureServer } from './server';
import { corpus } from './fixtures';
import { messagesOf, toggleSidebar } from './sidebar-helpers';
import { clearLauncherPrefs, focusState, openLauncherMenu, ourBox, pushedBy, storedLauncherPrefs, textUnderLauncher } from './frame-helpers';
import { MIN_ARTICLE } from '../../extension/content/layout';
import { siteOf } from '../../shared/launcher-prefs';

type Label = Awaited<ReturnType<typeof corpus>>[number];

const NAME = 'Chromium: the frame and the launcher on the page';
const server = new FixtureServer();
let pages: Label[];
let msg: Awaited<ReturnType<typeof messagesOf>>;

export const frameHooks: Record<string, Hooks> = {
  [NAME]: {
    before: async () => {
      pages = await corpus();
      msg = await messagesOf('en');
      for (const p of pages) server.set(p.servedUrl, p.html);
      await server.start();
    },
    after: async () => {
      await server.stop();
    },
  },
};

async function withSession(options: Parameters<typeof launchChromium>[2], body: (s: ChromiumSession) => Promise<void>) {
  const session = await launchChromium(server.port, undefined, options);
  try {
    await body(session);
  } finally {
    await session.close();
  }
}

const seed = (n: string) => pages.find((p) => p.file.includes(`seed-${n}`))!;
const launcher = (page: Page) => page.locator('lips-and-teeth-ui >> button.launcher');
const iframe = (page: Page) => page.locator('lips-and-teeth-ui >> iframe');

/** Loads a page, waits for its detection result and for the launcher to have its place. */
async function load(session: ChromiumSession, url: string, page?: Page): Promise<{ page: Page; tabId: number }> {
  page ??= await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(session, page);
  await waitFor(() => tabState(session, tabId), `the detection result on ${url}`, 15_000);
  return { page, tabId };
}

const launcherShown = async (page: Page) => waitFor(async () => (await ourBox(page, '.launcher')) ?? false, 'the launcher on screen');

/** Waits, then checks the launcher is not on screen (detection done, the launcher would be there by now). */
async function launcherStaysHidden(page: Page, what: string) {
  await page.waitForTimeout(800);
  assertEqual(await ourBox(page, '.launcher'), null, `${what}: the launcher on screen`);
}

/** The box of the story's first paragraph of real text. */
const firstParagraph = (page: Page) =>
  page.evaluate(() => {
    const p = [...document.querySelectorAll('article p, main p, body p')].find((el) => (el.textContent ?? '').trim().length > 80)!;
    const r = p.getBoundingClientRect();
    return { left: r.left, right: r.right, width: r.width };
  });

suite(NAME, () => {
  test('at 1400 px the page is pushed aside and every seed article keeps its width', async () => {
    await withSession({ viewport: { width: 1400, height: 900 } }, async (session) => {
      for (const s of pages.filter((p) => p.kind === 'seed')) {
        const { page } = await load(session, s.servedUrl);
        const before = await firstParagraph(page);
        await launcher(page).click();
        await sidebarFrame(page);
        const panel = (await ourBox(page, '.panel'))!;
        assert(panel.width >= 280 && Math.round(panel.x + panel.width) === 1400, `${s.file}: the sidebar on the right (${JSON.stringify(panel)})`);
        assertEqual(Math.round(await pushedBy(page)), Math.round(panel.width), `${s.file}: the page pushed by the sidebar's width`);
        const after = await firstParagraph(page);
        assert(Math.abs(after.width - before.width) <= 1, `${s.file}: the article's width ${before.width} → ${after.width}`);
        assert(after.right <= panel.x + 1, `${s.file}: the article ends (${after.right}) before the sidebar (${panel.x})`);
        assertEqual(await ourBox(page, '.fold'), null, `${s.file}: no fold tab when the page is pushed`);
        await page.close();
      }
    });
  });

  for (const [what, options] of [
    ['an 800 px window', { viewport: { width: 800, height: 900 } }],
    ['200 % zoom of a 1400 px window (700 CSS px)', { viewport: { width: 700, height: 450 }, deviceScaleFactor: 2 }],
  ] as const) {
    test(`${what}: the sidebar pushes the page and leaves at least ${MIN_ARTICLE} px of article beside it`, async () => {
      await withSession(options, async (session) => {
        for (const s of pages.filter((p) => p.kind === 'seed')) {
          const { page } = await load(session, s.servedUrl);
          await launcher(page).click();
          await sidebarFrame(page);
          const panel = (await ourBox(page, '.panel'))!;
          const room = options.viewport.width - panel.width;
          assert(panel.width >= 280 && room >= MIN_ARTICLE, `${s.file}: sidebar ${panel.width} px leaves ${room} px`);
          assert(Math.abs((await pushedBy(page)) - panel.width) <= 1, `${s.file}: the page pushed aside, not covered`);
          const p = await firstParagraph(page);
          assert(p.right <= panel.x + 1 && p.width >= MIN_ARTICLE - 60, `${s.file}: the article's text beside the sidebar (${JSON.stringify(p)})`);
          // Every control of the sidebar's top bar (the launcher menu's ⋯ among them) is inside the sidebar, and the menu fits it.
          const frame = await sidebarFrame(page);
          await frame.waitForSelector('#top');
          const cut = await frame.$$eval('.topbar button', (buttons) => buttons.filter((b) => {
            const r = b.getBoundingClientRect();
            return r.left < 0 || r.right > innerWidth || r.width < 20;
          }).map((b) => b.textContent));
          assertEqual(cut, [], `${s.file}: top-bar controls cut off`);
          await openLauncherMenu(frame);
          const menu = await frame.$eval('.launcher-popover', (el) => {
            const r = el.getBoundingClientRect();
            return { left: r.left, right: r.right, width: innerWidth };
          });
          assert(menu.left >= 0 && menu.right <= menu.width, `${s.file}: the launcher menu inside the sidebar (${JSON.stringify(menu)})`);
          await page.close();
        }
      });
    });
  }

  test('200 % zoom of a 1120 px window (560 CSS px): an overlay that folds to an edge tab, opens again, and gives the article back', async () => {
    await withSession({ viewport: { width: 560, height: 450 }, deviceScaleFactor: 2 }, async (session) => {
      const { page } = await load(session, seed('002').servedUrl);
      await launcher(page).click();
      const frame = await sidebarFrame(page);
      await frame.waitForSelector('#top');
      const panel = (await ourBox(page, '.panel'))!;
      assertEqual(await pushedBy(page), 0, 'the page is not pushed (it would keep less than 360 px)');
      assert(panel.width >= 280 && panel.x >= 40, `an overlay leaving a strip of the page (${JSON.stringify(panel)})`);
      const fold = page.locator('lips-and-teeth-ui >> button.fold');
      assertEqual(await fold.getAttribute('aria-label'), msg('frameCollapse'), 'the fold tab is named');
      const foldBox = (await ourBox(page, '.fold'))!;
      assert(foldBox.x >= 0 && foldBox.x + foldBox.width <= panel.x + 1 && foldBox.width >= 24 && foldBox.height >= 24, `the fold tab beside the overlay (${JSON.stringify(foldBox)})`);
      await fold.click();
      await waitFor(async () => !(await iframe(page).isVisible()), 'the overlay to fold');
      const tab = (await ourBox(page, '.launcher'))!;
      assert(tab.width <= 40 && Math.round(tab.x + tab.width) === 560, `a slim tab on the right edge (${JSON.stringify(tab)})`);
      assertEqual((await focusState(page)).ours, 'launcher', 'focus on the edge tab');
      await page.keyboard.press('Enter');
      await waitFor(async () => iframe(page).isVisible(), 'the overlay to open again from the tab');
      assertEqual(await frame.textContent('#top'), await frame.textContent('#top'), 'the same sidebar, not reloaded');
      // The fold tab is reached from the sidebar by keyboard (Shift+Tab out of it).
      await frame.focus('#top');
      let reached = false;
      for (let i = 0; i < 12 && !reached; i++) {
        await page.keyboard.press('Shift+Tab');
        reached = (await focusState(page)).ours === 'fold';
      }
      assert(reached, 'Shift+Tab from the sidebar reaches the fold tab');
      await page.keyboard.press('Enter');
      await waitFor(async () => (await focusState(page)).ours === 'launcher', 'folded by keyboard, focus on the edge tab');
      await page.keyboard.press('Enter');
      await waitFor(async () => iframe(page).isVisible(), 'open again');
      await frame.focus('#top');
      await page.keyboard.press('Escape');
      await waitFor(async () => !(await iframe(page).isVisible()), 'Esc closes the overlay');
      await page.close();
    });
  });

  test('zooming in and out with the sidebar open (the window’s CSS width changes): push, overlay, push again; the launcher placed again off the text', async () => {
    await withSession({ viewport: { width: 1400, height: 900 } }, async (session) => {
      const { page } = await load(session, seed('004').servedUrl);
      await launcherShown(page);
      await launcher(page).click();
      await sidebarFrame(page);
      assert((await pushedBy(page)) >= 280, 'pushed at 1400 px');
      await page.setViewportSize({ width: 560, height: 900 });
      await waitFor(async () => (await pushedBy(page)) === 0 && (await ourBox(page, '.fold')), 'an overlay with its fold tab at 560 px');
      const panel = (await ourBox(page, '.panel'))!;
      assert(panel.x >= 40, `the overlay leaves a strip of the page (${JSON.stringify(panel)})`);
      await page.setViewportSize({ width: 1000, height: 900 });
      await waitFor(async () => (await pushedBy(page)) >= 280 && !(await ourBox(page, '.fold')), 'pushed again at 1000 px');
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width: 800, height: 900 });
      await page.waitForTimeout(400);
      const tab = (await launcherShown(page));
      assertEqual(Math.round(tab.x + tab.width), 800, 'the launcher on the new right edge');
      assertEqual(await textUnderLauncher(page), [], 'and on no text at the new width');
      await page.close();
    });
  });

  test('a page where the launcher is hidden: the sidebar folded to the edge still leaves a tab to open it again', async () => {
    await withSession({ viewport: { width: 560, height: 900 } }, async (session) => {
      const worker = await session.worker();
      await worker.evaluate((site) => chrome.storage.local.set({ launcher: { v: 1, hiddenEverywhere: false, hiddenSites: [site], edge: 'right', places: {} } }), siteOf(new URL(seed('003').servedUrl).hostname));
      const { page, tabId } = await load(session, seed('003').servedUrl);
      await launcherStaysHidden(page, 'hidden on this site');
      await toggleSidebar(session, tabId);
      await sidebarFrame(page);
      await page.locator('lips-and-teeth-ui >> button.fold').click();
      await launcherShown(page);
      assertEqual(await launcher(page).getAttribute('aria-label'), msg('launcherAria', msg('launcherMatch')), 'the edge tab says what it opens');
      await launcher(page).click();
      await waitFor(async () => iframe(page).isVisible(), 'open again');
      await page.keyboard.press('Escape');
      await launcherStaysHidden(page, 'closed (not folded) where the launcher is hidden');
      await clearLauncherPrefs(worker);
      await page.close();
    });
  });

  for (const width of [1400, 800]) {
    test(`at ${width} px the launcher covers no text on any article page when it loads (every labelled exchange page, en/ko/zh)`, async () => {
      await withSession({ viewport: { width, height: 900 } }, async (session) => {
        const articles = pages.filter((p) => p.status === 'match' && !p.file.includes('liveblog'));
        const problems: string[] = [];
        for (const p of articles) {
          const { page } = await load(session, p.servedUrl);
          const box = await launcherShown(page);
          if (box.x + box.width < width - 1 && box.x > 1) problems.push(`${p.file}: not on an edge (${JSON.stringify(box)})`);
          const covered = await textUnderLauncher(page);
          if (covered.length) problems.push(`${p.file}: covers ${JSON.stringify(covered.slice(0, 3))}`);
          await page.close();
        }
        assertEqual(problems, [], `launcher placement on ${articles.length} pages`);
        assert(articles.length >= 40, `${articles.length} article pages checked`);
      });
    });
  }

  test('moved to the other edge from the sidebar’s menu: kept across reloads, still off the text, first choice on other sites, and put back', async () => {
    await withSession({ viewport: { width: 1400, height: 900 } }, async (session) => {
      const worker = await session.worker();
      const { page } = await load(session, seed('000').servedUrl);
      assertEqual(Math.round((await launcherShown(page)).x + (await launcherShown(page)).width), 1400, 'on the right edge at first');
      await launcher(page).click();
      let frame = await sidebarFrame(page);
      await openLauncherMenu(frame);
      await frame.getByRole('button', { name: msg('launcherToLeft') }).click();
      await waitFor(async () => ((await storedLauncherPrefs(worker))?.edge === 'left' ? true : null), 'the move stored');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await waitFor(async () => (await ourBox(page, '.launcher'))?.x === 0, 'the launcher on the left edge at once');
      await page.reload();
      await waitFor(async () => (await ourBox(page, '.launcher'))?.x === 0, 'still on the left edge after a reload');
      assertEqual(await textUnderLauncher(page), [], 'moved, and still on no text');
      // Another site: the left edge is tried first.
      const other = await load(session, seed('004').servedUrl);
      assertEqual((await launcherShown(other.page)).x, 0, 'on another site, on the left edge too');
      assertEqual(await textUnderLauncher(other.page), [], 'and still on no text');
      await other.page.close();
      // Undo: back to the place chosen from the page.
      await launcher(page).click();
      frame = await sidebarFrame(page);
      await openLauncherMenu(frame);
      await frame.getByRole('button', { name: msg('launcherAutoPlace') }).click();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.reload();
      await waitFor(async () => {
        const b = await ourBox(page, '.launcher');
        return b && b.x === 0 && !((await storedLauncherPrefs(worker))?.places as Record<string, unknown>)[siteOf(new URL(seed('000').servedUrl).hostname)];
      }, 'the site’s own place forgotten (the edge stays the reader’s last choice)');
      await clearLauncherPrefs(worker);
      await page.reload();
      await waitFor(async () => Math.round(((await ourBox(page, '.launcher'))?.x ?? 0) + 30) >= 1400, 'back on the right with the defaults');
      await page.close();
    });
  });

  test('hidden on one site, then on every site, from the sidebar’s menu: kept across reloads; shown again from the menu and the notes page', async () => {
    await withSession({ viewport: { width: 1400, height: 900 } }, async (session) => {
      const worker = await session.worker();
      const a = seed('001');
      const b = seed('002');
      const siteA = siteOf(new URL(a.servedUrl).hostname);
      const { page } = await load(session, a.servedUrl);
      await launcherShown(page);
      await launcher(page).click();
      let frame = await sidebarFrame(page);
      await openLauncherMenu(frame);
      await frame.getByLabel(msg('launcherShowSite', siteA)).uncheck();
      await waitFor(async () => (((await storedLauncherPrefs(worker))?.hiddenSites as string[] | undefined)?.includes(siteA) ? true : null), 'hidden on the site, stored');
      await frame.locator('#top').focus();
      await page.keyboard.press('Escape');
      await launcherStaysHidden(page, 'closed after hiding it on this site');
      await page.reload();
      await launcherStaysHidden(page, 'hidden on this site, after a reload');
      const other = await load(session, b.servedUrl);
      await launcherShown(other.page);
      // Brought back from the toolbar button: it opens the sidebar, whose menu shows it again, at once.
      await toggleSidebar(session, await tabIdOf(session, page));
      frame = await sidebarFrame(page);
      await openLauncherMenu(frame);
      const onSite = frame.getByLabel(msg('launcherShowSite', siteA));
      assertEqual(await onSite.isChecked(), false, 'the menu says it is hidden here');
      await onSite.check();
      await frame.locator('#top').focus();
      await page.keyboard.press('Escape');
      await launcherShown(page);
      // Every site.
      await launcher(page).click();
      frame = await sidebarFrame(page);
      await openLauncherMenu(frame);
      await frame.getByLabel(msg('launcherShowAll')).uncheck();
      await waitFor(() => frame.getByLabel(msg('launcherShowSite', siteA)).isDisabled(), 'the site’s box to wait on the every-site one');
      await frame.locator('#top').focus();
      await page.keyboard.press('Escape');
      await other.page.reload();
      await launcherStaysHidden(other.page, 'hidden everywhere, another site after a reload');
      await page.reload();
      await launcherStaysHidden(page, 'hidden everywhere, this site after a reload');
      // Hidden on one site as well, then everything undone from the notes page (the options page).
      await worker.evaluate((site) => chrome.storage.local.get('launcher').then(({ launcher }) => chrome.storage.local.set({ launcher: { ...(launcher as object), hiddenSites: [site] } })), siteA);
      const notes = await session.context.newPage();
      await notes.goto(`chrome-extension://${session.extensionId}/notes/notes.html`);
      await notes.getByRole('heading', { name: msg('launcherSettings') }).waitFor();
      await notes.getByLabel(msg('launcherShowAll')).check();
      await launcherShown(other.page);
      await launcherStaysHidden(page, 'still hidden on the one site');
      await notes.getByRole('button', { name: msg('launcherShowSite', siteA) }).click();
      await launcherShown(page);
      assertEqual(await notes.locator('.hidden-sites li').count(), 0, 'no site listed as hidden');
      await page.reload();
      await launcherShown(page);
      const stored = (await storedLauncherPrefs(worker))!;
      assertEqual([stored.hiddenEverywhere, stored.hiddenSites], [false, []], 'everything undone');
      await notes.close();
      await other.page.close();
      await page.close();
    });
  });

  for (const lang of ['ko', 'zh_CN'] as const) {
    test(`the launcher and the frame's controls in ${lang === 'ko' ? 'Korean' : 'Chinese'} (--lang=${lang.replace('_', '-')})`, async () => {
      const m = await messagesOf(lang);
      await withSession({ viewport: { width: 560, height: 900 }, lang: lang.replace('_', '-') }, async (session) => {
        const { page } = await load(session, seed('002').servedUrl);
        await launcherShown(page);
        assertEqual(await launcher(page).getAttribute('aria-label'), m('launcherAria', m('launcherMatch')), 'accessible name');
        assertEqual((await launcher(page).innerText()).replace(/\s+/g, ' ').trim(), `Lips & Teeth · ${m('launcherMatch')}`, 'visible label');
        assertEqual(await launcher(page).getAttribute('lang'), m('uiLocale'), 'lang attribute');
        assert(m('launcherMatch') !== msg('launcherMatch'), 'not the English label');
        await launcher(page).click();
        await sidebarFrame(page);
        assertEqual(await page.locator('lips-and-teeth-ui >> button.fold').getAttribute('aria-label'), m('frameCollapse'), 'fold tab');
        assertEqual(await page.locator('lips-and-teeth-ui >> button.grip').getAttribute('aria-label'), m('frameResize'), 'resize grip');
        await page.close();
      });
    });
  }

  test('focus: no ring on the host, frame or title after a mouse open, even with page CSS that rings everything; Esc returns focus to where it was', async () => {
    await withSession({ viewport: { width: 1400, height: 900 } }, async (session) => {
      const s = seed('002');
      const ringAll = s.html.replace('</head>', () => '<style>*:focus, *:focus-visible, *:focus-within { outline: 6px solid orange !important; box-shadow: 0 0 0 6px orange !important; }</style></head>');
      const url = server.set(`${new URL(s.servedUrl).origin}/focus-rings`, ringAll);
      const { page, tabId } = await load(session, url);
      await launcher(page).click();
      const frame = await sidebarFrame(page);
      await frame.waitForSelector('#top');
      await waitFor(async () => (await frame.evaluate(() => document.activeElement?.id)) === 'top', 'focus on the title inside the sidebar');
      const state = await focusState(page);
      assertEqual(state.page, 'our host', 'focus inside our host');
      assertEqual(state.hostOutline, 'none none', 'no outline or ring around our host');
      assertEqual(state.frameOutline, 'none', 'no outline around the frame');
      assertEqual(await frame.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), 'none', 'no ring on the title');
      await page.keyboard.press('Escape');
      await waitFor(async () => (await focusState(page)).ours === 'launcher', 'Esc: focus back on the launcher that opened it');
      // Opened by the keyboard command from a link in the article: Esc puts focus back on that link.
      await page.evaluate(() => {
        const a = document.querySelector('a[href]') as HTMLElement;
        a.id = 'reader-was-here';
        a.focus();
      });
      await toggleSidebar(session, tabId);
      await waitFor(async () => (await focusState(page)).page === 'our host', 'focus in the sidebar');
      await page.keyboard.press('Escape');
      await waitFor(async () => (await focusState(page)).page === 'reader-was-here', 'Esc: focus back on the link the reader was on');
      // Keyboard users reach the launcher: it follows the page's last control in tab order.
      await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('a[href], button, input')].filter((el) => el.getClientRects().length > 0).pop()!.focus());
      await page.keyboard.press('Tab');
      assertEqual((await focusState(page)).ours, 'launcher', 'Tab from the page’s last control reaches the launcher');
      assertEqual(await page.evaluate(() => {
        const l = document.querySelector('lips-and-teeth-ui')!.shadowRoot!.querySelector('.launcher')!;
        return getComputedStyle(l).outlineStyle;
      }), 'solid', 'the launcher shows a ring when reached by keyboard');
      await page.close();
    });
  });

  test('axe-core: no violations in our launcher, frame and fold tab (page with the launcher; sidebar open as an overlay)', async () => {
    const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const ours = async (page: Page) => {
      await page.evaluate(`${axe};0`);
      return page.evaluate(async () => {
        type Rule = { id: string; impact: string; nodes: { target: unknown }[] };
        type Result = { violations: Rule[]; passes: Rule[] };
        const result = await (window as unknown as { axe: { run: (d: Document, o: unknown) => Promise<Result> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        // The page is a fixture with its own faults; only nodes inside our host are ours.
        // (No named helper here: the test runner's transpiler would wrap it in a function the page does not have.)
        return {
          violations: result.violations.flatMap((v) => v.nodes.filter((n) => JSON.stringify(n.target).includes('lips-and-teeth-ui')).map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)}`)),
          // Proof that axe looked inside our shadow root at all: rules it checked there and found right.
          passed: [...new Set(result.passes.filter((v) => v.nodes.some((n) => JSON.stringify(n.target).includes('lips-and-teeth-ui'))).map((v) => v.id))],
        };
      });
    };
    for (const scheme of ['light', 'dark'] as const) {
      await withSession({ viewport: { width: 560, height: 900 } }, async (session) => {
        const { page } = await load(session, seed('004').servedUrl);
        await page.emulateMedia({ colorScheme: scheme });
        await launcherShown(page);
        const closed = await ours(page);
        assertEqual(closed.violations, [], `${scheme}: the page with the launcher`);
        assert(closed.passed.includes('button-name') && closed.passed.includes('target-size'), `${scheme}: axe checked our launcher (${closed.passed.join(', ')})`);
        await launcher(page).click();
        await (await sidebarFrame(page)).waitForSelector('#top');
        const open = await ours(page);
        assertEqual(open.violations, [], `${scheme}: the sidebar open as an overlay`);
        assert(open.passed.includes('frame-title') && open.passed.includes('button-name'), `${scheme}: axe checked our frame and its tabs (${open.passed.join(', ')})`);
        await page.close();
      });
    }
  });
});
