/**
 * The three Chromium profiles the benchmark compares on the same pages: no extension,
 * ours (dist/chrome), and the floor extension. Flags as in tests/browser/chromium.ts.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_DIST } from '../../tests/browser/chromium';

export type ProfileKind = 'none' | 'ours' | 'floor';

export interface Profile {
  kind: ProfileKind;
  context: BrowserContext;
  /** Our service worker and extension id (ours only). */
  worker?: Worker;
  extensionId?: string;
  close: () => Promise<void>;
}

export async function launchProfile(kind: ProfileKind, port: number, floorDir: string): Promise<Profile> {
  const dir = await mkdtemp(join(tmpdir(), `lt-bench-${kind}-`));
  const extension = kind === 'ours' ? CHROME_DIST : kind === 'floor' ? floorDir : null;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
    ],
  });
  context.setDefaultTimeout(15_000);
  let worker: Worker | undefined;
  if (kind === 'ours') {
    worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }
  return {
    kind,
    context,
    ...(worker ? { worker, extensionId: new URL(worker.url()).host } : {}),
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** "HeadlessChrome/156.0…" as the browser reports itself. */
export async function browserVersion(profile: Profile): Promise<string> {
  const page = await profile.context.newPage();
  const cdp = await profile.context.newCDPSession(page);
  const { product } = await cdp.send('Browser.getVersion');
  await page.close();
  return product;
}
