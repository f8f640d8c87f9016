/**
 * Firefox ESR with a profile that outlives the browser, for the library's restart test: the
 * built extension is installed into the profile as a permanent add-on (the XPI in
 * `<profile>/extensions/<gecko id>.xpi`, which Firefox ESR accepts unsigned when
 * `xpinstall.signatures.required` is false), so closing the browser and starting it on the
 * same profile is the restart a reader's browser goes through, not a temporary add-on's reinstall.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import yazl from 'yazl';
import { FIREFOX_DIST } from './firefox';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}

/** Zips a build folder into an XPI at `path`. */
async function writeXpi(dist: string, path: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const file of (await filesUnder(dist)).sort()) zip.addFile(file, relative(dist, file));
  zip.end();
  await new Promise<void>((resolve, reject) => zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject));
}

/** Puts the built extension into the profile as an installed add-on; returns its gecko id. */
export async function installIntoProfile(profile: string, dist = FIREFOX_DIST): Promise<string> {
  const manifest = JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const id = manifest.browser_specific_settings.gecko.id;
  await mkdir(join(profile, 'extensions'), { recursive: true });
  await writeXpi(dist, join(profile, 'extensions', `${id}.xpi`));
  return id;
}

export async function launchFirefoxProfile(profile: string, prefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    protocol: 'webDriverBiDi',
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // An unsigned add-on in the profile's own folder, installed and enabled at start.
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      ...prefs,
    },
  });
}
