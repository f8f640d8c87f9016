/**
 * Screenshots of the frame around the sidebar and of the launcher, on real-looking article
 * pages: the launcher as a page loads at 1400 and 800 px (English, Korean, Chinese), the
 * sidebar at 200 % zoom pushing the page (a 1400 px window) and as an overlay folded to the
 * edge (a 1120 px window), and the sidebar's launcher menu. `npm run screenshots:frame` writes
 * them to artifacts/screenshots/frame/; `-- --docs` writes the README's set to docs/.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, sidebarFrame, tabIdOf, tabState, type ChromiumSession, type LaunchOptions } from '../tests/browser/chromium';
import { FixtureServer } from '../tests/browser/server';
import { corpus } from '../tests/browser/fixtures';
import { waitFor } from '../tests/browser/harness';

const DOCS = process.argv.includes('--docs');
const OUT = resolve(DOCS ? 'docs' : 'artifacts/screenshots/frame');

interface Shot {
  name: string;
  file: string;
  options: LaunchOptions;
  /** What to do on the loaded page before the picture (nothing: the launcher as the page loads). */
  act?: (page: Page) => Promise<void>;
}

const open = async (page: Page) => {
  await page.locator('lips-and-teeth-ui >> button.launcher').click();
  await (await sidebarFrame(page)).waitForSelector('#top');
};

const SHOTS: Shot[] = [
  { name: 'launcher-en-1400', file: 'pages/seed-001-alahed-new-situation.html', options: { viewport: { width: 1400, height: 900 } } },
  { name: 'launcher-en-800', file: 'pages/seed-004-shropshirestar-xi-kim-messages.html', options: { viewport: { width: 800, height: 900 } } },
  { name: 'launcher-ko-800', file: 'pages/ko-hanbit-2018-prc-69th-congratulation.html', options: { viewport: { width: 800, height: 900 }, lang: 'ko' } },
  { name: 'launcher-zh-CN-800', file: 'pages/zh-huanyu-2024-xi-reply-prc-75th.html', options: { viewport: { width: 800, height: 900 }, lang: 'zh-CN' } },
  { name: 'zoom200-1400-pushed', file: 'pages/seed-002-hkfp-75th-ties.html', options: { viewport: { width: 700, height: 450 }, deviceScaleFactor: 2 }, act: open },
  { name: 'zoom200-1120-overlay', file: 'pages/seed-002-hkfp-75th-ties.html', options: { viewport: { width: 560, height: 450 }, deviceScaleFactor: 2 }, act: open },
  {
    name: 'zoom200-1120-folded', file: 'pages/seed-002-hkfp-75th-ties.html', options: { viewport: { width: 560, height: 450 }, deviceScaleFactor: 2 },
    act: async (page) => {
      await open(page);
      await page.locator('lips-and-teeth-ui >> button.fold').click();
    },
  },
  {
    name: 'launcher-menu-800', file: 'pages/seed-000-scmp-xi-new-situation.html', options: { viewport: { width: 800, height: 900 } },
    act: async (page) => {
      await open(page);
      const frame = await sidebarFrame(page);
      await frame.click('[data-testid=launcher-menu]');
      await frame.waitForSelector('[data-testid=launcher-settings]');
    },
  },
];

async function shoot(session: ChromiumSession, url: string, shot: Shot): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(session, page);
  await waitFor(() => tabState(session, tabId), 'the tab state');
  await page.locator('lips-and-teeth-ui >> button.launcher').waitFor();
  await shot.act?.(page);
  await page.waitForTimeout(300);
  const out = join(OUT, `frame-${shot.name}.png`);
  await page.screenshot({ path: out });
  console.log(out);
  await page.close();
}

await mkdir(OUT, { recursive: true });
const pages = await corpus();
const server = new FixtureServer();
for (const p of pages) server.set(p.servedUrl, p.html);
await server.start();
for (const shot of SHOTS) {
  const session = await launchChromium(server.port, undefined, shot.options);
  try {
    await shoot(session, pages.find((p) => p.file === shot.file)!.servedUrl, shot);
  } finally {
    await session.close();
  }
}
await server.stop();
