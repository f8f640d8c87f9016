/**
 * `npm start`: (after the build) opens Chromium with the extension loaded on a local
 * demo article made from a seed (Hong Kong Free Press, 6 Oct 2024). With a display,
 * the browser stays open for you; without one, it runs headless, opens the sidebar,
 * saves a screenshot and prints where it and the unpacked builds are.
 * The README's screenshots come from `npm run screenshots -- --docs`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, sidebarFrame, CHROME_DIST } from '../tests/browser/chromium';
import { FixtureServer } from '../tests/browser/server';
import { seedLabels } from '../tests/browser/fixtures';
import { ROOT } from './extension-build';

const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
const seed = (await seedLabels()).find((s) => s.file.includes('002'))!;
const server = new FixtureServer();
server.set(seed.servedUrl, seed.html);
await server.start();
const session = await launchChromium(server.port, undefined, { headless: !headed });
const page = await session.context.newPage();
await page.goto(seed.servedUrl);
console.log(`Demo article: ${seed.servedUrl} (served locally)`);
console.log(`Unpacked builds: ${CHROME_DIST} (Chrome, Chromium, Edge: "Load unpacked") and ${join(ROOT, 'dist/firefox')} (Firefox: about:debugging → Load Temporary Add-on → manifest.json)`);

if (headed) {
  console.log('Chromium is open with Lips & Teeth loaded: click "Lips & Teeth" at the bottom right of the article. Close the browser to end the demo.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
} else {
  await page.locator('lips-and-teeth-ui').locator('button.launcher').click();
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('[data-testid=summary]');
  const out = join(ROOT, 'artifacts');
  await mkdir(out, { recursive: true });
  await page.waitForTimeout(200);
  const file = join(out, 'demo-sidebar.png');
  await page.screenshot({ path: file });
  console.log(`No display: ran headless. Screenshot of the open sidebar: ${file}`);
  await session.close();
}
await server.stop();
