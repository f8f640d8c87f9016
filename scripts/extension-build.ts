/**
 * The Vite plugin that turns the page build into two unpacked extensions:
 * after the sidebar and notes pages are built, it builds the declared gate (content.js),
 * the injected extractor (extract.js) and UI (ui.js), and the background as single
 * classic scripts (IIFE: content scripts are not ES modules), validates the dataset, writes each browser's manifest, copies icons and
 * locales, prints every bundle's size and fails the build past its budget.
 */
import { build, type Plugin } from 'vite';
import { cp, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { validateEvents, duplicateEvents } from '../shared/dataset/validate';
import type { ConceptLabels, ExchangeEvent } from '../shared/dataset/schema';
import type { DatasetFile } from '../shared/dataset/catalog';
import { indexRecords, packIndex } from '../shared/detector/resolve';
import { conceptProblems } from '../shared/dataset/concept-checks';
import { firstStage } from './first-stage-plugin';

export const ROOT = resolve(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');
export const BROWSERS = ['chrome', 'firefox'] as const;
type Target = (typeof BROWSERS)[number];

export async function loadDataset(): Promise<ExchangeEvent[]> {
  const dir = join(ROOT, 'shared/dataset/events');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const events: ExchangeEvent[] = [];
  for (const f of files) events.push(...(JSON.parse(await readFile(join(dir, f), 'utf8')) as ExchangeEvent[]));
  return events;
}

/** The whole bundled record in the shape of the dataset asset. */
export async function loadDatasetFile(): Promise<DatasetFile> {
  const read = async <T>(name: string) => JSON.parse(await readFile(join(ROOT, 'shared/dataset', name), 'utf8')) as T;
  return { format: 'lips-and-teeth-dataset', version: 2, events: await loadDataset(), concepts: await read<ConceptLabels>('concepts.json'), aliases: await read<Record<string, string>>('aliases.json') };
}

/**
 * The one copy of the dataset every context loads (data/dataset.json), and the resolver's
 * index of it computed now rather than at every worker start (data/resolver-index.json
 * and data/resolver-terms.txt, see PackedIndex in shared/detector/resolve.ts).
 */
async function writeDataAssets(outDir: string): Promise<void> {
  const file = await loadDatasetFile();
  await mkdir(join(outDir, 'data'), { recursive: true });
  await writeFile(join(outDir, 'data/dataset.json'), JSON.stringify(file));
  const { index, text } = packIndex(indexRecords(file.events));
  await writeFile(join(outDir, 'data/resolver-index.json'), JSON.stringify(index));
  await writeFile(join(outDir, 'data/resolver-terms.txt'), text);
}

async function checkDataset(): Promise<void> {
  const events = await loadDataset();
  const anchors = JSON.parse(await readFile(join(ROOT, 'shared/dataset/concept-anchors.json'), 'utf8')) as Record<string, string[]>;
  const errors = [...validateEvents(events), ...duplicateEvents(events), ...conceptProblems(events, anchors)];
  if (errors.length) throw new Error(`The dataset has ${errors.length} problem(s):\n  ${errors.slice(0, 40).join('\n  ')}`);
}

async function buildScript(entry: string, fileName: string, outDir: string, target: Target): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [firstStage()],
    define: { __BROWSER__: JSON.stringify(target) },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      lib: { entry: join(ROOT, entry), formats: ['iife'], name: 'lipsAndTeeth', fileName: () => fileName },
      rollupOptions: { output: { inlineDynamicImports: true, extend: true } },
    },
  });
}

async function writeManifest(outDir: string, target: Target): Promise<void> {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const manifest = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.version = pkg.version;
  // Chrome warns about keys it does not know; Firefox needs them.
  if (target === 'chrome') delete manifest.browser_specific_settings;
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * UI strings are kept in one file per feature (`extension/_locales/<lang>/<feature>.json`, so
 * features can be worked on side by side); the browser reads one messages.json per language.
 */
export async function readLocales(): Promise<Record<string, Record<string, { message: string; description?: string; placeholders?: Record<string, unknown> }>>> {
  const base = join(ROOT, 'extension/_locales');
  const out: Awaited<ReturnType<typeof readLocales>> = {};
  for (const lang of (await readdir(base)).sort()) {
    const merged: (typeof out)[string] = {};
    for (const file of (await readdir(join(base, lang))).filter((f) => f.endsWith('.json')).sort()) {
      const part = JSON.parse(await readFile(join(base, lang, file), 'utf8')) as (typeof out)[string];
      for (const [key, value] of Object.entries(part)) {
        if (key in merged) throw new Error(`_locales/${lang}: the key "${key}" is defined twice (again in ${file})`);
        merged[key] = value;
      }
    }
    out[lang] = merged;
  }
  return out;
}

async function writeLocales(outDir: string): Promise<void> {
  for (const [lang, messages] of Object.entries(await readLocales())) {
    await mkdir(join(outDir, '_locales', lang), { recursive: true });
    await writeFile(join(outDir, '_locales', lang, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}

/** Sizes of each bundle (JS and CSS a context loads), minified and gzipped. */
export async function bundleSizes(outDir: string): Promise<Record<string, { min: number; gzip: number }>> {
  const groups: Record<string, string[]> = { 'content.js': [], 'extract.js': [], 'ui.js': [], 'highlight.js': [], 'background.js': [], sidebar: [], notes: [], explorer: [], library: [], 'data/dataset.json': [], 'data/resolver-index.json': [], 'data/resolver-terms.txt': [] };
  for (const f of await filesUnder(outDir)) {
    const rel = f.slice(outDir.length + 1);
    // Top-level scripts and the data assets; pages are collected from Vite's manifest below.
    if (rel in groups && (!rel.includes('/') || rel.startsWith('data/'))) groups[rel]!.push(f);
  }
  // A page's bundle is its entry chunk, every chunk it imports, and their stylesheets (from Vite's manifest).
  type Chunk = { file: string; imports?: string[]; css?: string[] };
  const viteManifest = JSON.parse(await readFile(join(DIST, 'vite-manifest.json'), 'utf8')) as Record<string, Chunk>;
  for (const page of ['sidebar', 'notes', 'explorer', 'library'] as const) {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key) || !viteManifest[key]) return;
      seen.add(key);
      const chunk = viteManifest[key]!;
      groups[page]!.push(join(outDir, chunk.file), ...(chunk.css ?? []).map((c) => join(outDir, c)));
      chunk.imports?.forEach(visit);
    };
    visit(`${page}/${page}.html`);
  }
  const sizes: Record<string, { min: number; gzip: number }> = {};
  for (const [name, files] of Object.entries(groups)) {
    let min = 0;
    let gzip = 0;
    for (const f of [...new Set(files)]) {
      const data = await readFile(f);
      min += data.length;
      gzip += gzipSync(data).length;
    }
    sizes[name] = { min, gzip };
  }
  return sizes;
}

export async function checkBudgets(outDir: string, print = true): Promise<void> {
  const budgets = JSON.parse(await readFile(join(ROOT, 'scripts/budgets.json'), 'utf8')) as Record<string, number>;
  const sizes = await bundleSizes(outDir);
  const over: string[] = [];
  for (const [name, { min, gzip }] of Object.entries(sizes)) {
    const budget = budgets[name];
    if (print) console.log(`  ${name.padEnd(26)} ${(min / 1024).toFixed(1).padStart(8)} KB min  ${(gzip / 1024).toFixed(1).padStart(7)} KB gzip  budget ${budget ? (budget / 1024).toFixed(0) : '-'} KB`);
    if (budget && min > budget) over.push(`${name} is ${min} bytes, over its budget of ${budget}`);
  }
  if (over.length) throw new Error(`Bundle budget exceeded:\n  ${over.join('\n  ')}`);
}

export function extensionBuild(): Plugin {
  return {
    name: 'lips-and-teeth-extension',
    apply: 'build',
    async buildStart() {
      await checkDataset();
    },
    async closeBundle() {
      const chrome = join(DIST, 'chrome');
      // Browsers refuse to load an extension folder holding dot-directories: keep Vite's manifest beside it.
      await rename(join(chrome, '.vite/manifest.json'), join(DIST, 'vite-manifest.json'));
      await rm(join(chrome, '.vite'), { recursive: true, force: true });
      for (const target of BROWSERS) {
        const out = join(DIST, target);
        if (target !== 'chrome') {
          await rm(out, { recursive: true, force: true });
          await mkdir(out, { recursive: true });
          for (const page of ['sidebar', 'notes', 'explorer', 'library', 'assets']) {
            const from = join(chrome, page);
            if (await stat(from).catch(() => null)) await cp(from, join(out, page), { recursive: true });
          }
        }
        await buildScript('extension/content/gate.ts', 'content.js', out, target);
        await buildScript('extension/content/extractor.ts', 'extract.js', out, target);
        await buildScript('extension/content/ui-entry.ts', 'ui.js', out, target);
        await buildScript('extension/content/highlighter-entry.ts', 'highlight.js', out, target);
        await buildScript('extension/background/index.ts', 'background.js', out, target);
        await writeDataAssets(out);
        await cp(join(ROOT, 'icons'), join(out, 'icons'), { recursive: true });
        await writeLocales(out);
        await writeManifest(out, target);
        console.log(`\n${target}: dist/${target}/`);
        await checkBudgets(out);
      }
    },
  };
}
