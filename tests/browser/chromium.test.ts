/** Browser tests in Debian's Chromium, on the built extension (dist/chrome). */
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { sourceTexts } from '../../shared/dataset/source-texts';
import { badgeText, launchOnCorpus, sidebarFrame, tabIdOf, tabState, type ChromiumSession } from './chromium';
import { FixtureServer } from './server';
import { corpus, seedLabels, spaPage, UNRELATED_PAGE } from './fixtures';
import { loadDataset } from '../../scripts/extension-build';
import type { ExchangeEvent } from '../../shared/dataset/schema';

const server = new FixtureServer();
let session: ChromiumSession;
let events: ExchangeEvent[];
const UNRELATED_URL = 'http://weather.example/2026/11/20/rain-this-weekend';
const consoleErrors = new Map<Page, string[]>();

async function newPage(): Promise<Page> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

const launcher = (page: Page) => page.locator('lips-and-teeth-ui').locator('button.launcher');

async function openSeed(label: { servedUrl: string }): Promise<{ page: Page; tabId: number }> {
  const page = await newPage();
  await page.goto(label.servedUrl);
  const tabId = await tabIdOf(session, page);
  await waitFor(() => tabState(session, tabId), 'the tab state');
  return { page, tabId };
}

export const chromiumHooks: Record<string, Hooks> = {};

suite('Chromium: the extension on real-looking pages', () => {
  chromiumHooks['Chromium: the extension on real-looking pages'] = {
    before: async () => {
      events = await loadDataset();
      server.set(UNRELATED_URL, UNRELATED_PAGE);
      session = await launchOnCorpus(server);
    },
    after: async () => {
      await session.close();
      await server.stop();
    },
  };

  test('the service worker runs the built manifest (name and version from package.json)', async () => {
    const pkg = JSON.parse(await readFile(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    const manifest = await (await session.worker()).evaluate(() => chrome.runtime.getManifest());
    assertEqual(manifest.version, pkg.version, 'version');
    assertEqual(manifest.name, 'Lips & Teeth', 'name');
  });

  test('every seed article: launcher shown, state recorded as its exchange, badge set', async () => {
    const seeds = await seedLabels();
    assertEqual(seeds.length, 5, 'seed fixtures');
    for (const seed of seeds) {
      const { page, tabId } = await openSeed(seed);
      const state = await tabState(session, tabId);
      assertEqual(state?.status, 'match', `${seed.file} status`);
      assertEqual(state?.eventId, seed.eventId, `${seed.file} exchange`);
      assertEqual(state?.url, seed.servedUrl, `${seed.file} url`);
      assertEqual(await badgeText(session, tabId), '1', `${seed.file} badge`);
      const name = await waitFor(async () => (await launcher(page).isVisible()) && (await launcher(page).getAttribute('aria-label')), 'the launcher');
      assert(name.includes('Lips & Teeth'), `launcher's accessible name "${name}" names Lips & Teeth`);
      assertEqual(consoleErrors.get(page), [], `${seed.file} page console errors`);
      await page.close();
    }
  });

  test('the launcher opens the sidebar with the exchange; the page is pushed aside; Esc closes it and focus returns', async () => {
    const seed = (await seedLabels()).find((s) => s.file.includes('002'))!;
    const event = events.find((e) => e.id === seed.eventId)!;
    const { page } = await openSeed(seed);
    await launcher(page).click();
    const frame = await sidebarFrame(page);
    await frame.waitForSelector('[data-testid=summary]');
    assertEqual((await frame.textContent('[data-testid=summary]'))?.trim(), event.summary.en, 'summary');
    assertEqual(await frame.locator('[data-testid=source]').count(), sourceTexts(event).length, 'one entry per source text');
    assert(await frame.locator('[data-testid=source].this-article').count() === 1, 'the seed article is marked "this article" among the sources');
    const margin = await page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    assert(parseInt(margin, 10) >= 280, `the page is pushed aside (margin-right ${margin})`);
    // Focus moved into the sidebar when it opened, so a plain Esc reaches it.
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await page.locator('lips-and-teeth-ui >> iframe').isVisible()), 'the sidebar to close');
    const focused = await page.evaluate(() => document.querySelector('lips-and-teeth-ui')?.shadowRoot?.activeElement?.className ?? '');
    assertEqual(focused, 'launcher', 'focus back on the launcher');
    assertEqual(await page.evaluate(() => document.documentElement.style.marginRight), '', 'page margin restored');
    await page.close();
  });

  test('an earlier exchange opens inside the sidebar, and Back returns', async () => {
    const seed = (await seedLabels()).find((s) => s.file.includes('000'))!;
    const { page } = await openSeed(seed);
    await launcher(page).click();
    const frame = await sidebarFrame(page);
    const first = await frame.waitForSelector('[data-testid=timeline] button[data-event-id]');
    const targetId = await first.getAttribute('data-event-id');
    const target = events.find((e) => e.id === targetId)!;
    await first.click();
    await waitFor(async () => (await frame.textContent('[data-testid=summary]'))?.trim() === target.summary.en, 'the earlier exchange');
    await frame.getByRole('button', { name: /Back/ }).click();
    const original = events.find((e) => e.id === seed.eventId)!;
    await waitFor(async () => (await frame.textContent('[data-testid=summary]'))?.trim() === original.summary.en, 'the original exchange again');
    await page.close();
  });

  test('an unrelated page: nothing injected, no state, no console error; the toolbar toggle still opens the sidebar there', async () => {
    const page = await newPage();
    await page.goto(UNRELATED_URL);
    await page.waitForTimeout(1200);
    assertEqual(await page.locator('lips-and-teeth-ui').count(), 0, 'injected elements');
    const tabId = await tabIdOf(session, page);
    assertEqual(await tabState(session, tabId), undefined, 'tab state');
    assertEqual(await badgeText(session, tabId), '', 'badge');
    assertEqual(consoleErrors.get(page), [], 'console errors');
    assertEqual(await page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors), [], 'page errors');
    // What the toolbar button and the keyboard command do: the background asks the tab to toggle.
    await (await session.worker()).evaluate((id: number) => (globalThis as unknown as { lipsAndTeethToggle: (tabId: number) => Promise<void> }).lipsAndTeethToggle(id), tabId);
    const frame = await sidebarFrame(page);
    const status = await frame.waitForSelector('[data-testid=status]');
    assert((await status.textContent())?.includes('No Xi–Kim exchange'), 'the sidebar says nothing was detected');
    await page.close();
  });

  test('a single-page site swapping in a Xi–Kim article is detected again; swapping away clears the result', async () => {
    const seed = (await seedLabels()).find((s) => s.file.includes('002'))!;
    const seedBody = /<body[^>]*>([\s\S]*)<\/body>/.exec(seed.html)![1]!;
    const url = server.set('http://spa.example/news/weather', spaPage(UNRELATED_PAGE, { title: 'Xi and Kim exchange messages on 75 years of ties', html: seedBody, path: '/news/2024/10/06/xi-kim-75' }));
    const page = await newPage();
    await page.goto(url);
    const tabId = await tabIdOf(session, page);
    await page.waitForTimeout(800);
    assertEqual(await tabState(session, tabId), undefined, 'no result before the swap');
    await page.evaluate(() => (window as unknown as { __swap: () => void }).__swap());
    const state = await waitFor(async () => (await tabState(session, tabId))?.status === 'match' && tabState(session, tabId), 'detection after the swap');
    assertEqual(state.eventId, seed.eventId, 'exchange after the swap');
    assertEqual(await page.locator('lips-and-teeth-ui').count(), 1, 'one host, never two');
    await page.evaluate(() => {
      history.pushState({}, '', '/news/weather-again');
      document.title = 'Rain expected again';
      document.body.innerHTML = '<article><h1>Rain expected again</h1><p>More rain.</p></article>';
    });
    await waitFor(async () => (await tabState(session, tabId)) === undefined, 'the old result to clear');
    await page.close();
  });
});

suite('Chromium: evaluation through the built extension', () => {
  chromiumHooks['Chromium: evaluation through the built extension'] = {
    before: async () => {
      session = await launchOnCorpus(server);
    },
    after: async () => {
      await session.close();
      await server.stop();
    },
  };
  test('the labelled corpus meets precision 0.98, recall 0.95, event accuracy 0.90 in Chromium', async () => {
    const { score, isMiss } = await import('../../scripts/eval-core');
    const outcomes = [];
    for (const c of await corpus()) {
      const page = await session.context.newPage();
      await page.goto(c.servedUrl);
      const tabId = await tabIdOf(session, page);
      // Non-candidates never message the background, so "no state" after a settle time means none.
      let state: Record<string, unknown> | undefined;
      const end = Date.now() + 1500;
      while (!state && Date.now() < end) {
        state = await tabState(session, tabId);
        if (!state) await page.waitForTimeout(100);
      }
      outcomes.push({ label: c, prediction: { status: (state?.status as 'match' | 'topic' | 'none') ?? 'none', ...(state?.eventId ? { eventId: state.eventId as string } : {}), stage: 'resolver' as const } });
      await page.close();
    }
    const s = score(outcomes);
    console.log(`      Chromium: ${s.pages} pages, precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, event accuracy ${s.eventAccuracy.toFixed(3)} (${s.matchCorrect}/${s.matchPages})`);
    for (const m of outcomes.filter(isMiss)) console.log(`      miss: ${m.label.file} expected ${m.label.status} ${m.label.eventId ?? ''}, got ${m.prediction.status} ${m.prediction.eventId ?? ''}`);
    assert(s.precision >= 0.98 && s.recall >= 0.95 && s.eventAccuracy >= 0.9, 'thresholds met');
  });
});
