/**
 * Section 2: what a matching page costs, by phase. The gate and the extraction (content
 * script) and the resolution (background: toArticle + ExchangeIndex.resolve) are timed in
 * Node on linkedom, the same functions as in scripts/eval-core.ts; beside them, the whole
 * content-script cost in Chromium from DevTools metrics, ours against no extension.
 */
import type { Page, Worker } from 'playwright-core';
import { toArticle } from '../../shared/detector/article';
import { ExchangeIndex } from '../../shared/detector/resolve';
import { extractPage, passesGate } from '../../extension/content/extract';
import { gateText } from '../../extension/content/head-text';
import { firstStageMatches, foldTitle } from '../../shared/detector/first-stage';
import type { FixtureServer } from '../../tests/browser/server';
import { parseHtml } from '../eval-core';
import type { Profile } from './browser-profiles';
import { pageCost, type PageCost } from './page-cost';
import type { Section } from './report';
import { fmt, median, num, summarize, timeSync, type Summary } from './stats';

export interface MatchingPage {
  name: string;
  /** The URL the page is served at (http, real-looking host). */
  url: string;
  html: string;
  eventId: string;
}

interface NodePhases {
  firstStage: Summary;
  gate: Summary;
  extract: Summary;
  resolve: Summary;
  messageBytes: number;
  result: string;
}

export function nodePhases(page: MatchingPage, index: ExchangeIndex, runs: number): NodePhases {
  const doc = parseHtml(page.html);
  const facts = extractPage(doc, page.url);
  const r = index.resolve(toArticle(facts));
  return {
    firstStage: summarize(timeSync(() => firstStageMatches(foldTitle(gateText(doc))), runs)),
    gate: summarize(timeSync(() => passesGate(doc), runs)),
    extract: summarize(timeSync(() => extractPage(doc, page.url), runs)),
    resolve: summarize(timeSync(() => index.resolve(toArticle(facts)), runs)),
    messageBytes: JSON.stringify(facts).length,
    result: r.status === 'match' && r.eventId === page.eventId ? 'match ✓' : `${r.status} ${r.eventId ?? ''} ✗`,
  };
}

/** Our service worker, found again if Chromium stopped and restarted it while idle. */
async function ourWorker(profile: Profile): Promise<Worker> {
  return profile.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? profile.context.waitForEvent('serviceworker', { timeout: 10_000 });
}

/** The tab state the background recorded for a URL, asked from outside the page. */
export async function tabStateFor(profile: Profile, url: string): Promise<Record<string, unknown> | undefined> {
  const worker = await ourWorker(profile);
  return worker.evaluate(async (u: string) => {
    // The newest tab with that URL: tab ids only grow, and the previous run's tab may not be gone yet.
    const ids = (await chrome.tabs.query({})).filter((t) => t.url === u && t.id !== undefined).map((t) => t.id!);
    if (ids.length === 0) return undefined;
    const key = `tab:${Math.max(...ids)}`;
    return (await chrome.storage.session.get(key))[key] as Record<string, unknown> | undefined;
  }, url);
}

/** Waits until the background has answered the page, then leaves the UI script time to mount the launcher. */
async function settleOurs(profile: Profile, page: Page): Promise<void> {
  const end = Date.now() + 5000;
  while (Date.now() < end && !(await tabStateFor(profile, page.url()).catch(() => undefined))) await page.waitForTimeout(30);
  await page.waitForTimeout(400);
}

export type Totals = Map<string, { none: PageCost[]; ours: PageCost[]; before: PageCost[]; launcher: number }>;

export async function browserTotals(none: Profile, ours: Profile, before: Profile | undefined, server: FixtureServer, pages: MatchingPage[], runs: number): Promise<Totals> {
  const out: Totals = new Map(pages.map((p) => [p.url, { none: [], ours: [], before: [], launcher: 0 }]));
  for (const p of pages) server.set(p.url, p.html);
  for (let run = -1; run < runs; run++) {
    for (const p of pages) {
      const base = await pageCost(none, p.url, (page) => page.waitForTimeout(400));
      const earlier = before && (await pageCost(before, p.url, (page) => settleOurs(before, page)));
      const ourCost = await pageCost(ours, p.url, (page) => settleOurs(ours, page), (page) => page.locator('lips-and-teeth-ui').locator('button.launcher').count());
      if (run < 0) continue;
      const entry = out.get(p.url)!;
      entry.none.push(base);
      entry.ours.push(ourCost);
      if (earlier) entry.before.push(earlier);
      entry.launcher += ourCost.inspected ?? 0;
    }
  }
  return out;
}

export function matchingSection(pages: MatchingPage[], phases: NodePhases[], totals: Totals, nodeRuns: number, browserRuns: number): Section {
  const withBefore = [...totals.values()].some((t) => t.before.length > 0);
  const rows = pages.map((p, i) => {
    const ph = phases[i]!;
    const t = totals.get(p.url)!;
    const ours = t.ours.map((c) => c.script);
    const baseline = median(t.none.map((c) => c.script));
    const added = median(ours) - baseline;
    const before = t.before.map((c) => c.script);
    return [
      p.name,
      `${num(p.html.length / 1024)} KB`,
      fmt(ph.firstStage),
      fmt(ph.gate),
      fmt(ph.extract),
      `${num(ph.messageBytes / 1024)} KB`,
      fmt(ph.resolve),
      ...(withBefore ? [`${fmt(summarize(before))} (+${num(median(before) - baseline)})`] : []),
      `${fmt(summarize(ours))} (+${num(added)})`,
      `${ph.result}, launcher ${t.launcher}/${t.ours.length}`,
    ];
  });
  return {
    title: '2. Cost on matching pages, by phase',
    method: `The gate's first stage (content.js: the title, or for a bare title its opening text too), its second stage (extract.js: the opening text), extraction and resolution (background: toArticle + ExchangeIndex.resolve on the real dataset) timed in Node on linkedom, ${nodeRuns} runs each after 3 warm-up calls. In Chromium, the candidate-page total: the page's whole script time with our extension (the gate, its message to the background, the injected extract.js, its message round trip with the page facts, ui.js and the launcher), and in brackets what it adds over the same page without an extension; ${browserRuns} runs, interleaved${withBefore ? ', the earlier build ("before") on the same pages in the same run' : ''}. Times in ms, median [IQR].`,
    columns: ['page', 'HTML', 'gate, first stage (Node)', 'gate, both stages (Node)', 'extraction (Node)', 'message', 'resolution (Node)', ...(withBefore ? ['Chromium script: before (+added)'] : []), 'Chromium script: ours (+added)', 'result'],
    rows,
    notes: [
      'linkedom is not Chromium: its selector engine is slower, so the Node extraction times overstate the browser\'s; the Chromium column is the real total.',
      'The resolution runs in the background (service worker), off the page\'s thread; it is not in the Chromium columns. Neither is the injection\'s own cost in the browser process.',
    ],
  };
}
