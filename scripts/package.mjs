/**
 * `npm run package`: the store uploads. Builds first when dist/ is missing or older than
 * its sources, then writes to artifacts/:
 *   lips-and-teeth-chrome-<version>.zip   dist/chrome (Chrome Web Store)
 *   lips-and-teeth-firefox-<version>.zip  dist/firefox (addons.mozilla.org)
 *   lips-and-teeth-source-<version>.zip   every file `git ls-files` lists (AMO asks for the
 *                                         source of minified code, to rebuild it for review)
 * Entries are sorted and stamped with the last commit's time, so the same tree gives the
 * same bytes.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import yazl from 'yazl';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'artifacts');
const BUILD_INPUTS = ['extension/', 'shared/', 'icons/', 'scripts/', 'manifest.json', 'package.json', 'package-lock.json', 'vite.config.ts'];

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
/** Tracked files that exist in the work tree (a file deleted but not yet committed is skipped). */
const tracked = () => git('ls-files', '-z').split('\0').filter((f) => f && existsSync(join(ROOT, f)));

async function filesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}

/** Why dist/ must be rebuilt, or '' when it is up to date with package.json and every tracked build input. */
async function staleReason(version) {
  let built = Infinity;
  for (const browser of ['chrome', 'firefox']) {
    const file = join(DIST, browser, 'manifest.json');
    if (!existsSync(file)) return `dist/${browser} is missing`;
    const manifest = JSON.parse(await readFile(file, 'utf8'));
    if (manifest.version !== version) return `dist/${browser} is version ${manifest.version}, package.json ${version}`;
    built = Math.min(built, (await stat(file)).mtimeMs);
  }
  for (const f of tracked().filter((f) => BUILD_INPUTS.some((p) => f === p || f.startsWith(p)))) {
    if ((await stat(join(ROOT, f))).mtimeMs > built) return `${f} changed after the last build`;
  }
  return '';
}

/** Writes a zip of [path inside the zip, file on disk] pairs; resolves with the entry count and size. */
function writeZip(target, entries, mtime) {
  const zip = new yazl.ZipFile();
  for (const [name, file] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) zip.addFile(file, name, { mtime, mode: 0o100644 });
  zip.end();
  return new Promise((done, fail) => {
    const out = createWriteStream(target);
    zip.outputStream.pipe(out).on('close', () => stat(target).then((s) => done({ count: entries.length, bytes: s.size }), fail));
    out.on('error', fail);
  });
}

const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
const reason = await staleReason(pkg.version);
if (reason) {
  console.log(`Building: ${reason}.`);
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

await mkdir(OUT, { recursive: true });
const mtime = new Date(Number(process.env.SOURCE_DATE_EPOCH ?? git('log', '-1', '--format=%ct').trim()) * 1000);
const zips = [
  ...['chrome', 'firefox'].map((browser) => {
    const dir = join(DIST, browser);
    return { name: `lips-and-teeth-${browser}-${pkg.version}.zip`, entries: async () => (await filesUnder(dir)).map((f) => [relative(dir, f).split('\\').join('/'), f]) };
  }),
  { name: `lips-and-teeth-source-${pkg.version}.zip`, entries: async () => tracked().map((f) => [f, join(ROOT, f)]) },
];
for (const { name, entries } of zips) {
  const { count, bytes } = await writeZip(join(OUT, name), await entries(), mtime);
  console.log(`  artifacts/${name.padEnd(40)} ${String(count).padStart(5)} files ${(bytes / 1024).toFixed(1).padStart(9)} KB`);
}
