/**
 * What a page load costs its renderer, read from outside through the DevTools protocol:
 * Performance.getMetrics' ScriptDuration (every script run in the page's main thread,
 * content scripts' isolated worlds included) and TaskDuration (all main-thread work).
 * Metrics count from Performance.enable, which is sent on a fresh tab before navigating.
 */
import type { Page } from 'playwright-core';
import type { Profile } from './browser-profiles';

export interface PageCost {
  /** Milliseconds of script. */
  script: number;
  /** Milliseconds of main-thread tasks (parsing, style, layout, script...). */
  task: number;
}

/** Loads `url` in a new tab, waits for `settle`, and reads the metrics. `inspect` runs after the reading, so it costs nothing measured. */
export async function pageCost<T>(profile: Profile, url: string, settle: (page: Page) => Promise<void>, inspect?: (page: Page) => Promise<T>): Promise<PageCost & { inspected?: T }> {
  const page = await profile.context.newPage();
  try {
    const cdp = await profile.context.newCDPSession(page);
    // Thread time, not wall time: on two cores the other browsers' idle work must not count.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
    const cost = { script: value('ScriptDuration'), task: value('TaskDuration') };
    return inspect ? { ...cost, inspected: await inspect(page) } : cost;
  } finally {
    await page.close();
  }
}
