/**
 * Screenshots of the sidebar on real-looking article pages, for looking at changes and for
 * the README: `npm run screenshots` writes every shot to artifacts/screenshots/;
 * `npm run screenshots -- --docs` writes the README's set to docs/; `--only=<name>` limits
 * the run to one page. Each shot is the whole browser window (article and sidebar), in light
 * and dark, at 1400 and 800 px wide, with the interface in English, Korean and Chinese.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchChromium, sidebarFrame, tabIdOf, tabState, type ChromiumSession } from '../tests/browser/chromium';
import { FixtureServer } from '../tests/browser/server';
import { corpus } from '../tests/browser/fixtures';
import { waitFor } from '../tests/browser/harness';
import { setTabState } from '../tests/browser/sidebar-helpers';
import { loadDataset } from './extension-build';
import type { TabState } from '../shared/messages';

const events = (await loadDataset()).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

const DOCS = process.argv.includes('--docs');
const OUT = resolve(DOCS ? 'docs' : 'artifacts/screenshots');
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? '';
/** The README's set: every page's first screen, both widths, both themes, all three languages. */
const DOCS_SET = new Set([
  'ties-75th-en-1400-light', 'ties-75th-en-1400-dark', 'ties-75th-en-800-light',
  'olympics-reply-en-1400-light', 'olympics-reply-en-800-dark',
  'kim-reply-74th-en-1400-light', 'probable-en-1400-light',
  'prc-69th-ko-1400-light', 'prc-69th-ko-800-dark',
  'prc-75th-reply-zh-CN-1400-dark', 'prc-75th-reply-zh-CN-800-light',
]);
const inDocs = (name: string, lang: string, width: number, scheme: string) => DOCS_SET.has(`${name}-${lang}-${width}-${scheme}`);

/** Which page each language is shown on: an article in that language where the corpus has one. */
const SHOTS: { lang: string; file: string; name: string; probable?: boolean }[] = [
  { lang: 'en', file: 'pages/seed-000-scmp-xi-new-situation.html', name: 'olympics-reply' },
  { lang: 'en', file: 'pages/seed-002-hkfp-75th-ties.html', name: 'ties-75th' },
  { lang: 'en', file: 'pages/en-wire-2022-kim-reply-74th.html', name: 'kim-reply-74th' },
  // The same article shown as a probable match with two rivals, to show the picker.
  { lang: 'en', file: 'pages/seed-002-hkfp-75th-ties.html', name: 'probable', probable: true },
  { lang: 'ko', file: 'pages/ko-hanbit-2018-prc-69th-congratulation.html', name: 'prc-69th' },
  { lang: 'zh-CN', file: 'pages/zh-huanyu-2024-xi-reply-prc-75th.html', name: 'prc-75th-reply' },
];
const SIZES = [
  { width: 1400, height: 900 },
  { width: 800, height: 900 },
];

async function shoot(session: ChromiumSession, url: string, out: string, scheme: 'light' | 'dark', probable = false): Promise<void> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  const tabId = await tabIdOf(session, page);
  const state = (await waitFor(() => tabState(session, tabId), 'the tab state')) as unknown as TabState;
  if (probable && state.eventId) {
    // Rivals: the two exchanges reported just before, as a detector unsure between them would give.
    const at = events.findIndex((e) => e.id === state.eventId);
    const candidates = [events[at - 1]!, events[at - 2]!].map((e, i) => ({ eventId: e.id, confidence: 0.4 - i / 10 }));
    await setTabState(session, tabId, { ...state, confidence: 0.55, level: 'probable', candidates });
  }
  await (await session.worker()).evaluate((id: number) => (globalThis as unknown as { lipsAndTeethToggle: (tabId: number) => Promise<void> }).lipsAndTeethToggle(id), tabId);
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('#top');
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  await page.close();
}

await mkdir(OUT, { recursive: true });
const pages = await corpus();
const server = new FixtureServer();
for (const p of pages) server.set(p.servedUrl, p.html);
await server.start();
for (const lang of [...new Set(SHOTS.filter((s) => s.name.includes(ONLY)).map((s) => s.lang))]) {
  for (const size of SIZES) {
    const session = await launchChromium(server.port, undefined, { lang, viewport: size });
    for (const shot of SHOTS.filter((s) => s.lang === lang && s.name.includes(ONLY))) {
      const page = pages.find((p) => p.file === shot.file)!;
      for (const scheme of ['light', 'dark'] as const) {
        if (DOCS && !inDocs(shot.name, lang, size.width, scheme)) continue;
        const out = join(OUT, `sidebar-${shot.name}-${lang}-${size.width}-${scheme}.png`);
        await shoot(session, page.servedUrl, out, scheme, shot.probable);
        console.log(out);
      }
    }
    await session.close();
  }
}
await server.stop();
process.exit(0);
