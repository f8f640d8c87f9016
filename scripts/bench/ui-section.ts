/**
 * Section 6: what the reader waits for. The sidebar: from a click on the launcher to the
 * exchange summary being visible. The notes page with 10,000 notes: loading it, and a
 * search typed into it. Notes are seeded through the background's import, sent from the
 * notes page (the service worker accepts notes messages only from extension pages).
 */
import type { Page } from 'playwright-core';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import type { Note } from '../../shared/storage/notes-schema';
import type { Profile } from './browser-profiles';
import type { MatchingPage } from './matching-section';
import type { Section } from './report';
import { fmt, summarize } from './stats';

const launcherOf = (page: Page) => page.locator('lips-and-teeth-ui').locator('button.launcher');

const SIDEBAR = 'lips-and-teeth-ui >> iframe[title="Lips & Teeth"]';

export interface SidebarTimes {
  /** From the click to the summary seen visible, as the driver sees it. */
  measured: number[];
  /** The same driver calls once the summary is already there: what the measurement itself adds. */
  overhead: number[];
}

/** A real mouse click on the launcher, then until the summary is visible in the sidebar frame; one fresh tab per run. */
export async function sidebarOpenTimes(ours: Profile, seeds: MatchingPage[], runs: number): Promise<SidebarTimes> {
  const out: SidebarTimes = { measured: [], overhead: [] };
  const summaryVisible = async (page: Page) => {
    const frame = await (await page.waitForSelector(SIDEBAR)).contentFrame();
    await frame!.waitForSelector('[data-testid=summary]', { state: 'visible' });
  };
  for (let run = -1; run < runs; run++) {
    const page = await ours.context.newPage();
    try {
      await page.goto(seeds[(run + seeds.length) % seeds.length]!.url);
      await launcherOf(page).waitFor({ state: 'visible' });
      await page.waitForTimeout(300); // let the launcher settle; not timed
      const box = (await launcherOf(page).boundingBox())!;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      // A raw input event at the launcher's centre: Playwright's click() would first wait for stability, which we would time.
      const t0 = performance.now();
      await page.mouse.click(x, y);
      await summaryVisible(page);
      const t1 = performance.now();
      await page.mouse.move(x, y);
      await summaryVisible(page);
      if (run >= 0) {
        out.measured.push(t1 - t0);
        out.overhead.push(performance.now() - t1);
      }
    } finally {
      await page.close();
    }
  }
  return out;
}

/** Notes attached to real exchanges and their coverage, in the export format the notes page imports. */
export function benchNotes(events: readonly ExchangeEvent[], count: number): string {
  const tags = ['wording', 'follow-up', 'kcna', 'xinhua', 'summit'];
  const start = Date.UTC(2024, 0, 1);
  const notes: Note[] = Array.from({ length: count }, (_, i) => {
    const e = events[i % events.length]!;
    const c = e.coverage[i % Math.max(1, e.coverage.length)];
    const phrase = [...e.readouts, ...e.coverage].flatMap((s) => s.phrases)[i % 3]?.text ?? (e.summary.en ?? '').slice(0, 80);
    return {
      id: `bench-${i}`,
      eventId: e.id,
      ...(c?.url ? { article: { url: c.url, title: c.headline, outlet: c.outlet, date: c.date } } : {}),
      // The text never contains a tag word, so a search for a tag finds a fifth of the notes.
      text: `Note ${i}: compare "${phrase}" with the other side.`,
      tags: [tags[i % tags.length]!],
      createdAt: start + i * 60_000,
      updatedAt: start + i * 60_000,
      accessedAt: start + i * 60_000,
    };
  });
  return JSON.stringify({ format: 'lips-and-teeth-notes', version: 1, exportedAt: new Date().toISOString(), notes });
}

/** The two numbers of "N of M notes", whatever the locale's wording. */
const countsOf = (page: Page) => page.evaluate(() => (document.querySelector('[data-testid=count]')?.textContent ?? '').replace(/[,.\u202f\u00a0](?=\d{3})/g, '').match(/\d+/g)?.map(Number) ?? []);

interface NotesTimes {
  load: number[];
  search: number[];
  clear: number[];
  shownForQuery: number;
}

export async function notesTimes(ours: Profile, events: readonly ExchangeEvent[], count: number, runs: number, query: string): Promise<NotesTimes> {
  const page = await ours.context.newPage();
  try {
    await page.goto(`chrome-extension://${ours.extensionId}/notes/notes.html`);
    const answer = await page.evaluate(async (text: string) => chrome.runtime.sendMessage({ type: 'notes/import', text }), benchNotes(events, count));
    const added = (answer as { report?: { added: number } } | undefined)?.report?.added;
    if (added !== count) throw new Error(`seeding ${count} notes failed: ${JSON.stringify(answer).slice(0, 300)}`);

    const load: number[] = [];
    for (let run = -1; run < runs; run++) {
      const t0 = performance.now();
      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction((n: number) => {
        const nums = (document.querySelector('[data-testid=count]')?.textContent ?? '').replace(/[,.\u202f\u00a0](?=\d{3})/g, '').match(/\d+/g);
        return nums?.length === 2 && Number(nums[0]) === n && Number(nums[1]) === n;
      }, count, { polling: 'raf', timeout: 30_000 });
      if (run >= 0) load.push(performance.now() - t0);
    }

    // Timed inside the page: from the input event to the count changing, plus the frame that paints the new list.
    const type = (text: string) =>
      page.evaluate(async (q: string) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid=search]')!;
        const counter = document.querySelector('[data-testid=count]')!;
        const before = counter.textContent;
        const t0 = performance.now();
        const changed = new Promise<void>((resolve, reject) => {
          const observer = new MutationObserver(() => {
            if (counter.textContent === before) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(counter, { childList: true, characterData: true, subtree: true });
          setTimeout(() => reject(new Error(`the note count did not change for "${q}"`)), 10_000);
        });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await changed;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }, text);
    const search: number[] = [];
    const clear: number[] = [];
    let shownForQuery = 0;
    for (let run = -1; run < runs * 2; run++) {
      const s = await type(query);
      if (run === -1) shownForQuery = (await countsOf(page))[0] ?? 0;
      const c = await type('');
      if (run >= 0) {
        search.push(s);
        clear.push(c);
      }
    }
    return { load, search, clear, shownForQuery };
  } finally {
    await page.close();
  }
}

export function uiSection(sidebar: SidebarTimes, notes: NotesTimes, count: number, query: string): { section: Section; sidebarNet: number } {
  const net = sidebar.measured.map((m, i) => m - sidebar.overhead[i]!);
  const row = (what: string, values: number[]) => {
    const s = summarize(values);
    return [what, String(s.n), fmt(s), `${s.min.toFixed(0)}–${s.max.toFixed(0)}`];
  };
  const sidebarNet = summarize(net).median;
  return {
    sidebarNet,
    section: {
      title: '6. Sidebar and notes page',
      method: `In Chromium with our extension. Sidebar: a seed article in a fresh tab, a mouse click at the launcher's centre, then until \`[data-testid=summary]\` is visible in the sidebar frame, timed from Node; the same driver calls repeated once the summary is there give the measurement's own overhead, subtracted run by run for the net figure. Notes: ${count.toLocaleString('en')} notes imported through the background, then the notes page reloaded until its count shows them all; a search typed into \`[data-testid=search]\`, timed inside the page from the input event until the count changes and the next frame. Times in ms, median [IQR].`,
      columns: ['what', 'runs', 'time (ms)', 'min–max (ms)'],
      rows: [
        row('click on launcher → exchange summary visible, as measured', sidebar.measured),
        row('  of which the driver\'s own round trips', sidebar.overhead),
        row('  net', net),
        row(`notes page load, ${count.toLocaleString('en')} notes`, notes.load),
        row(`search "${query}" (${notes.shownForQuery.toLocaleString('en')} of ${count.toLocaleString('en')} shown)`, notes.search),
        row('clear the search (all shown)', notes.clear),
      ],
      notes: [`Goal: sidebar summary within 150 ms of the click — ${sidebarNet <= 150 ? 'met' : 'not met'} (net median ${sidebarNet.toFixed(0)} ms, ${summarize(sidebar.measured).median.toFixed(0)} ms as measured).`],
    },
  };
}
