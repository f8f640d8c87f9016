/**
 * The Chromium profiles the benchmark compares on the same pages: no extension, the two
 * floor extensions, ours (dist/chrome) and, when asked, an earlier build of ours (`before`).
 * Flags as in tests/browser/chromium.ts.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_DIST } from '../../tests/browser/chromium';

export type ProfileKind = 'none' | 'empty' | 'floor' | 'before' | 'ours';

/** Our builds: they have a service worker whose tab state the benchmark reads. */
export const isOurs = (kind: ProfileKind): boolean => kind === 'ours' || kind === 'before';

export interface Profile {
  kind: ProfileKind;
  context: BrowserContext;
  /** Our service worker and extension id (ours only). */
  worker?: Worker;
  extensionId?: string;
  close: () => Promise<void>;
}

/** `extension`: the unpacked extension folder to load (none for the `none` profile; dist/chrome for ours by default). */
export async function launchProfile(kind: ProfileKind, port: number, extension: string | null = kind === 'ours' ? CHROME_DIST : null): Promise<Profile> {
  const dir = await mkdtemp(join(tmpdir(), `lt-bench-${kind}-`));
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
  if (isOurs(kind)) {
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
