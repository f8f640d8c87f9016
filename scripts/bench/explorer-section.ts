/**
 * Section 7: the exchange explorer at the record's real size and at 10,000 exchanges.
 * The 10,000 are the synthetic dataset (worded from the real one) written into a copy of
 * dist/chrome, so the page loads them exactly as it loads the real record. Times are taken
 * inside the page: from navigation start to the view drawn, and from a query's input
 * event to the result count changing plus the next frame.
 */
import { chromium, type Page } from 'playwright-core';
import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_DIST } from '../../tests/browser/chromium';
import { syntheticDataset } from './synthetic-dataset';
import type { DatasetFile } from '../../shared/dataset/catalog';
import type { Section } from './report';
import { fmt, summarize } from './stats';

export const EXPLORER_QUERIES = ['new situation', '新形势', 'friendship'];

interface Sized {
  size: number;
  open: Record<string, number[]>;
  /** Of each opening, the part spent fetching and parsing the record (data/dataset.json). */
  load: Record<string, number[]>;
  search: Record<string, number[]>;
  found: Record<string, string>;
}

async function withExtension<T>(dir: string, run: (page: Page, base: string) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(join(tmpdir(), 'lt-bench-explorer-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const page = await context.newPage();
    return await run(page, `chrome-extension://${new URL(worker.url()).host}/explorer/explorer.html`);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** Navigation start → `selector` present, and → the record loaded, measured by the page's own clock. */
async function openTime(page: Page, url: string, selector: string): Promise<{ total: number; load: number }> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  const at = await page.waitForFunction((s: string) => (document.querySelector(s) ? performance.now() : 0), selector, { polling: 'raf', timeout: 60_000 });
  const total = (await at.jsonValue()) as number;
  const load = await page.evaluate(() => performance.getEntriesByName('lips-and-teeth:record-loaded')[0]?.startTime ?? NaN);
  return { total, load };
}

/** Input event → the result count changes, and the frame that paints it. */
const searchTime = (page: Page, query: string) =>
  page.evaluate(async (q: string) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid=search-input]')!;
    const counter = document.querySelector('[data-testid=search-count]')!;
    const before = counter.textContent;
    const t0 = performance.now();
    const changed = new Promise<void>((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (counter.textContent === before) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(counter, { childList: true, characterData: true, subtree: true });
      setTimeout(() => reject(new Error(`the result count did not change for "${q}"`)), 20_000);
    });
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await changed;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { ms: performance.now() - t0, count: counter.textContent ?? '' };
  }, query);

async function measure(dir: string, size: number, runs: number): Promise<Sized> {
  return withExtension(dir, async (page, base) => {
    const out: Sized = { size, open: { list: [], timeline: [], search: [] }, load: { list: [], timeline: [], search: [] }, search: {}, found: {} };
    const views: [string, string, string][] = [
      ['list', '#/list', '[data-testid=exchange-list] li'],
      ['timeline', '#/timeline', '[data-testid=lanes] tbody tr'],
      ['search', `#/search?q=${encodeURIComponent(EXPLORER_QUERIES[0]!)}`, '[data-testid=search-results] li.result'],
    ];
    for (let run = -1; run < runs; run++) {
      for (const [name, hash, selector] of views) {
        const { total, load } = await openTime(page, base + hash, selector);
        if (run >= 0) {
          out.open[name]!.push(total);
          out.load[name]!.push(load);
        }
      }
    }
    await page.goto(`${base}#/search`);
    await page.waitForSelector('[data-testid=search-input]');
    for (const q of EXPLORER_QUERIES) out.search[q] = [];
    for (let run = -1; run < runs; run++) {
      for (const q of EXPLORER_QUERIES) {
        const r = await searchTime(page, q);
        if (run >= 0) out.search[q]!.push(r.ms);
        out.found[q] = r.count;
        await searchTime(page, '');
      }
    }
    return out;
  });
}

export async function explorerSection(file: DatasetFile, bigSize: number, runs: number): Promise<{ section: Section; summary: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'lt-bench-explorer-ext-'));
  try {
    await cp(CHROME_DIST, dir, { recursive: true });
    const big = JSON.stringify({ ...file, events: syntheticDataset(file.events, bigSize) });
    await writeFile(join(dir, 'data/dataset.json'), big);
    const bigBytes = Buffer.byteLength(big);
    const realBytes = (await stat(join(CHROME_DIST, 'data/dataset.json'))).size;
    const sizes = [await measure(CHROME_DIST, file.events.length, runs), await measure(dir, bigSize, runs)];
    const n = (x: number) => x.toLocaleString('en');
    const row = (what: string, pick: (s: Sized) => number[]) => [what, ...sizes.map((s) => fmt(summarize(pick(s))))];
    const rows = [
      row('open the list (navigation → first rows drawn)', (s) => s.open.list!),
      row('  of which loading the record (navigation → data/dataset.json fetched and parsed)', (s) => s.load.list!),
      row('open the timeline (→ occasion lanes drawn)', (s) => s.open.timeline!),
      row(`open a search in the URL ("${EXPLORER_QUERIES[0]}", → results drawn; builds the index)`, (s) => s.open.search!),
      ...EXPLORER_QUERIES.map((q) => row(`type "${q}" (→ count and next frame)`, (s) => s.search[q]!)),
    ];
    const found = EXPLORER_QUERIES.map((q) => `"${q}": ${sizes.map((s) => `${s.found[q]} (${n(s.size)})`).join(' / ')}`);
    const median = (s: Sized, pick: (s: Sized) => number[]) => summarize(pick(s)).median;
    const large = sizes[1]!;
    return {
      section: {
        title: '7. Exchange explorer',
        method: `In Chromium, dist/chrome with the real record (${n(file.events.length)} exchanges) and a copy of it whose data/dataset.json holds ${n(bigSize)} synthetic exchanges (scripts/bench/synthetic-dataset.ts). Opening: a fresh navigation to each view, timed by the page's clock from navigation start until the view's first rows are in the DOM (polled each frame). Searching: a query set in the search box, timed inside the page from the input event until the result count changes, plus the next frame; every query is followed by an empty one. ${runs} runs after one warm-up; ms, median [IQR].`,
        columns: ['what', `${n(file.events.length)} exchanges (ms)`, `${n(bigSize)} exchanges (ms)`],
        rows,
        notes: [
          `Found: ${found.join('; ')}.`,
          `At ${n(bigSize)} exchanges data/dataset.json is ${(bigBytes / 1e6).toFixed(0)} MB (the real record: ${(realBytes / 1e6).toFixed(1)} MB): most of an opening is reading and parsing it, which every extension page that loads the record pays.`,
          'Lists under 300 rows are rendered whole (find-in-page sees them); longer ones render only the rows near the screen. The search index is built once per page, in idle time after the first view is drawn, or at the first search if that comes first.',
        ],
      },
      summary: `Explorer at ${n(large.size)} exchanges: list open ${median(large, (s) => s.open.list!).toFixed(0)} ms (${median(large, (s) => s.load.list!).toFixed(0)} ms of it loading the record), search "${EXPLORER_QUERIES[0]}" ${median(large, (s) => s.search[EXPLORER_QUERIES[0]!]!).toFixed(0)} ms (median; ${n(file.events.length)}: ${median(sizes[0]!, (s) => s.open.list!).toFixed(0)} / ${median(sizes[0]!, (s) => s.search[EXPLORER_QUERIES[0]!]!).toFixed(0)} ms).`,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
