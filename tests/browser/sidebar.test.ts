/** The sidebar's sections against the dataset, navigation, phrase history, layout prefs and accessibility (Chromium). */
import type { Frame, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { launchOnCorpus, sidebarFrame, tabIdOf, tabState, type ChromiumSession } from './chromium';
import { FixtureServer } from './server';
import { corpus, seedLabels } from './fixtures';
import { loadDataset } from '../../scripts/extension-build';
import { wordingOf } from '../../shared/dataset/wording';
import { phraseHistory } from '../../shared/dataset/relations';
import type { ExchangeEvent } from '../../shared/dataset/schema';

const NAME = 'Chromium: the sidebar';
const server = new FixtureServer();
let session: ChromiumSession;
let events: ExchangeEvent[];
const byId = (id: string) => events.find((e) => e.id === id)!;

async function openSidebarOn(url: string): Promise<{ page: Page; frame: Frame }> {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(session, page);
  await waitFor(() => tabState(session, tabId), 'the tab state');
  await (await session.worker()).evaluate((id: number) => (globalThis as unknown as { lipsAndTeethToggle: (tabId: number) => Promise<void> }).lipsAndTeethToggle(id), tabId);
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('[data-testid=status]');
  return { page, frame };
}

export const sidebarHooks: Record<string, Hooks> = {
  [NAME]: {
    before: async () => {
      events = await loadDataset();
      session = await launchOnCorpus(server);
    },
    after: async () => {
      await session.close();
      await server.stop();
    },
  },
};

suite(NAME, () => {
  test('on every seed: exchange, readouts, every source row, shared and one-side phrases match the dataset', async () => {
    for (const seed of await seedLabels()) {
      const event = byId(seed.eventId!);
      const { page, frame } = await openSidebarOn(seed.servedUrl);
      await frame.waitForSelector('[data-testid=summary]');
      assertEqual((await frame.textContent('[data-testid=summary]'))?.trim(), event.summary.en, `${seed.file} summary`);
      assertEqual(await frame.locator('[data-testid=readouts] li').count(), event.readouts.length, `${seed.file} readouts`);
      const rows = await frame.locator('[data-testid=sources] > li').allTextContents();
      const expected = wordingOf(event, seed.url);
      assertEqual(rows.length, expected.rows.length, `${seed.file} source rows`);
      for (const r of expected.rows) assert(rows.some((t) => t.includes(r.title)), `${seed.file}: row for "${r.title}"`);
      assertEqual(await frame.locator('[data-testid=this-article]').count(), 1, `${seed.file} "this article" marked once`);
      const sideOnly = expected.phrases.filter((p) => p.stateSide).length;
      assertEqual(sideOnly ? await frame.locator('[data-testid=side-only] p').count() : 0, sideOnly, `${seed.file} one-side phrases`);
      assertEqual(await frame.locator('[data-testid=renderings] li').count(), expected.renderings.length, `${seed.file} renderings`);
      await page.close();
    }
  });

  test('a reply links to the message it answers, which opens in place, and Back returns', async () => {
    const seed = (await seedLabels()).find((s) => byId(s.eventId!).repliesTo)!;
    const event = byId(seed.eventId!);
    const { page, frame } = await openSidebarOn(seed.servedUrl);
    await frame.locator('[data-testid=exchange] button.link').first().click();
    await waitFor(async () => (await frame.textContent('[data-testid=summary]'))?.trim() === byId(event.repliesTo!).summary.en, 'the answered message');
    await frame.getByRole('button', { name: /Back/ }).click();
    await waitFor(async () => (await frame.textContent('[data-testid=summary]'))?.trim() === event.summary.en, 'the reply again');
    await page.close();
  });

  test('phrase history lists every exchange that used a phrase, with a chart by year', async () => {
    const seed = (await seedLabels())[0]!;
    const { page, frame } = await openSidebarOn(seed.servedUrl);
    const phrase = 'new situation';
    const expected = phraseHistory(phrase, events);
    assert(expected.length >= 2, 'the dataset uses the phrase in several exchanges');
    await frame.fill('#phrase-input', phrase);
    await waitFor(async () => (await frame.locator('[data-testid=phrase-history] ul li').count()) === expected.length, `${expected.length} exchanges listed`);
    const chart = await frame.getAttribute('[data-testid=phrase-history] [role=img]', 'aria-label');
    assert(chart?.includes(expected[0]!.event.date.slice(0, 4)), `chart labelled by year (${chart})`);
    await page.close();
  });

  test('a topic article says so plainly and offers the nearest earlier exchanges', async () => {
    const topic = (await corpus()).find((c) => c.status === 'topic')!;
    const { page, frame } = await openSidebarOn(topic.servedUrl);
    assert((await frame.textContent('[data-testid=status]'))?.includes('not in the dataset'), 'status says not in the dataset');
    assert((await frame.locator('[data-testid=nearest] li').count()) === 5, 'five nearest exchanges');
    await page.close();
  });

  test('side and width are remembered across pages', async () => {
    const [a, b] = await seedLabels();
    const first = await openSidebarOn(a!.servedUrl);
    await first.frame.getByRole('button', { name: 'Move the sidebar to the other side' }).click();
    await waitFor(async () => parseInt(await first.page.evaluate(() => getComputedStyle(document.documentElement).marginLeft), 10) >= 280, 'the page pushed from the left');
    await first.page.close();
    const second = await openSidebarOn(b!.servedUrl);
    const box = await second.page.locator('lips-and-teeth-ui >> iframe').boundingBox();
    assert(box && box.x < 20, `sidebar on the left on the next page (x=${box?.x})`);
    await second.frame.getByRole('button', { name: 'Move the sidebar to the other side' }).click();
    await second.page.close();
  });

  test('no serious or critical accessibility violations (axe-core) in light and dark themes', async () => {
    const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const seed = (await seedLabels())[0]!;
    for (const scheme of ['light', 'dark'] as const) {
      const { page, frame } = await openSidebarOn(seed.servedUrl);
      await page.emulateMedia({ colorScheme: scheme });
      await frame.waitForSelector('[data-testid=summary]');
      // evaluate() runs through DevTools, so the extension page's CSP does not block axe.
      await frame.evaluate(`${axe};0`);
      const violations = await frame.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(document);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
      });
      assertEqual(violations, [], `${scheme} theme violations`);
      await page.close();
    }
  });
});
