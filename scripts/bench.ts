/**
 * `npm run bench`: what Lips & Teeth costs, measured in one run so every ratio compares
 * like with like. Prints each table as it is done and writes docs/benchmark.md. Figures
 * are medians with their spread; nothing here fails on an absolute time.
 *
 * `npm run bench -- --before <folder>` also measures an earlier build of ours (an unpacked
 * Chrome extension folder, e.g. another checkout's dist/chrome) on the same pages in the
 * same run, for before/after figures that share one machine state.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { rm, stat, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ExchangeIndex } from '../shared/detector/resolve';
import { FixtureServer } from '../tests/browser/server';
import { browserVersion, launchProfile, type Profile, type ProfileKind } from './bench/browser-profiles';
import { coldStartSection } from './bench/cold-start-section';
import { corpusPages } from './bench/corpus-articles';
import { writeEmptyFloor, writeFloorExtension } from './bench/floor-extension';
import { machine } from './bench/machine';
import { browserTotals, matchingSection, nodePhases, type MatchingPage } from './bench/matching-section';
import { nonCandidateSection, type Ratio } from './bench/non-candidate-section';
import { megabyteArticle } from './bench/pages';
import { toMarkdown, toText, type Section } from './bench/report';
import { scaleSection } from './bench/scale-section';
import { searchSection } from './bench/search-section';
import { declaredContentBytes, kb, sizesSection } from './bench/sizes-section';
import { median } from './bench/stats';
import { notesTimes, sidebarOpenTimes, uiSection } from './bench/ui-section';
import { explorerSection } from './bench/explorer-section';
import { DIST, loadDataset, loadDatasetFile, ROOT } from './extension-build';

// Repetitions, sized so the whole run stays within about six minutes on two cores.
const RUNS = { nonCandidate: 10, matchingNode: 30, matchingBrowser: 6, scale: 10, coldStart: 10, search: 5, sidebar: 15, notes: 5, explorer: 5 };
const EXPLORER_SIZE = 10_000;
const SCALE_SIZES = [1000, 3000, 10_000];
const NOTES = 10_000;
const NOTES_QUERY = 'wording';
const FUSE_RAW_BUDGET_MS = 6000;

const beforeArg = process.argv.indexOf('--before');
const BEFORE = beforeArg > 0 && process.argv[beforeArg + 1] ? resolve(process.argv[beforeArg + 1]!) : undefined;
if (BEFORE && !(await stat(join(BEFORE, 'manifest.json')).catch(() => null))) throw new Error(`--before ${BEFORE}: no manifest.json there (give an unpacked Chrome build, e.g. dist/chrome)`);

const started = performance.now();
const loadAtStart = loadavg()[0]!;
const sections: Section[] = [];
const done = (s: Section) => {
  sections.push(s);
  console.log(`${toText(s)}\n  (${((performance.now() - started) / 1000).toFixed(0)} s into the run)`);
};

if (!(await stat(join(DIST, 'chrome/manifest.json')).catch(() => null))) {
  console.log('dist/chrome is missing: building it first (npx vite build)');
  execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

const builtAt = (await stat(join(DIST, 'chrome/content.js'))).mtime.toISOString().replace('T', ' ').slice(0, 16);

/** The profiles section 1 compares: no extension, both floors, ours, and the earlier build when given. */
async function launchComparedProfiles(server: FixtureServer, emptyDir: string, floorDir: string): Promise<Partial<Record<ProfileKind, Profile>>> {
  const extensionOf: Record<ProfileKind, string | null | undefined> = { none: null, empty: emptyDir, floor: floorDir, before: BEFORE, ours: undefined };
  const launched: Partial<Record<ProfileKind, Profile>> = {};
  for (const kind of ['none', 'empty', 'floor', 'before', 'ours'] as const) {
    if (kind === 'before' && !BEFORE) continue;
    launched[kind] = await launchProfile(kind, server.port, ...(kind === 'ours' ? [] : [extensionOf[kind] ?? null]));
  }
  return launched;
}

// `npm run bench -- --only explorer`: that section alone, printed, docs/benchmark.md left as it is.
if (process.argv.includes('--only') && process.argv.includes('explorer')) {
  done((await explorerSection(await loadDatasetFile(), EXPLORER_SIZE, RUNS.explorer)).section);
  process.exit(0);
}

// `npm run bench -- --only gate [--before <folder>]`: section 1 alone with twice the runs (the ratio
// the gate's goal is about, whose differences are tenths of a millisecond), printed only.
if (process.argv.includes('--only') && process.argv.includes('gate')) {
  const server = new FixtureServer();
  await server.start();
  const [emptyDir, floorDir] = [await writeEmptyFloor(), await writeFloorExtension()];
  const profiles = await launchComparedProfiles(server, emptyDir, floorDir);
  try {
    done((await nonCandidateSection(profiles, server, RUNS.nonCandidate * 2)).section);
  } finally {
    for (const p of Object.values(profiles)) await p.close().catch(() => undefined);
    await server.stop();
    for (const dir of [emptyDir, floorDir]) await rm(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

// Node sections first, while no browser runs beside them.
const real = await loadDataset();
const index = ExchangeIndex.fromEvents(real);
const corpus = await corpusPages();
const seeds: MatchingPage[] = corpus
  .filter((p) => p.label.kind === 'seed')
  .map((p) => ({ name: p.label.file.replace(/^pages\/|\.html$/g, ''), url: p.label.url.replace(/^https:/, 'http:'), html: p.html, eventId: p.label.eventId! }));
const seed002 = seeds.find((s) => s.name.startsWith('seed-002'))!;
const matching: MatchingPage[] = [...seeds, { name: '1 MB article (seed-002 enlarged)', url: `${seed002.url}?size=1mb`, html: megabyteArticle(seed002.html), eventId: seed002.eventId }];

done(await sizesSection(join(DIST, 'chrome'), BEFORE));
const declared = await declaredContentBytes(join(DIST, 'chrome'));
const coldStart = coldStartSection(real, corpus.find((p) => p.label.kind === 'seed')!.article, [10_000], RUNS.coldStart);
done(coldStart.section);
const phases = matching.map((p) => nodePhases(p, index, RUNS.matchingNode));
const scale = scaleSection(real, corpus.filter((p) => p.gate).map((p) => p.article), SCALE_SIZES, RUNS.scale);
done(scale.section);
const search = searchSection(real, corpus, RUNS.search, FUSE_RAW_BUDGET_MS);
done(search.section);

// Browser sections: three profiles on one fixture server.
const server = new FixtureServer();
await server.start();
const floorDir = await writeFloorExtension();
const emptyDir = await writeEmptyFloor();
const profiles: Partial<Record<ProfileKind, Profile>> = {};
let chromiumVersion = 'unknown';
let ratios: Ratio[] = [];
let candidateAdded: { page: string; ours: number; before?: number }[] = [];
let sidebarNet = NaN;
let sidebarMeasured = NaN;
try {
  Object.assign(profiles, await launchComparedProfiles(server, emptyDir, floorDir));
  chromiumVersion = (await browserVersion(profiles.none!)).replace(/^(Headless)?Chrome\//, '');
  const nonCandidate = await nonCandidateSection(profiles, server, RUNS.nonCandidate);
  ratios = nonCandidate.ratios;
  done(nonCandidate.section);
  for (const kind of ['empty', 'floor'] as const) await profiles[kind]!.close();
  const totals = await browserTotals(profiles.none!, profiles.ours!, profiles.before, server, matching, RUNS.matchingBrowser);
  candidateAdded = matching.map((p) => {
    const t = totals.get(p.url)!;
    const base = median(t.none.map((c) => c.script));
    return { page: p.name, ours: median(t.ours.map((c) => c.script)) - base, ...(t.before.length ? { before: median(t.before.map((c) => c.script)) - base } : {}) };
  });
  done(matchingSection(matching, phases, totals, RUNS.matchingNode, RUNS.matchingBrowser));
  await profiles.none!.close();
  await profiles.before?.close();
  const sidebar = await sidebarOpenTimes(profiles.ours!, seeds, RUNS.sidebar);
  const notes = await notesTimes(profiles.ours!, real, NOTES, RUNS.notes, NOTES_QUERY);
  const ui = uiSection(sidebar, notes, NOTES, NOTES_QUERY);
  sidebarNet = ui.sidebarNet;
  sidebarMeasured = median(sidebar.measured);
  done(ui.section);
} finally {
  for (const p of Object.values(profiles)) await p.close().catch(() => undefined);
  await server.stop();
  await rm(floorDir, { recursive: true, force: true });
  await rm(emptyDir, { recursive: true, force: true });
}

// The explorer launches its own browsers, once the others are closed.
const explorer = await explorerSection(await loadDatasetFile(), EXPLORER_SIZE, RUNS.explorer);
done(explorer.section);

const elapsed = (performance.now() - started) / 1000;
const last = scale.points.at(-1)!;
const x = (r: number | undefined) => (r === undefined || !Number.isFinite(r) ? '–' : `${r.toFixed(1)}×`);
const goalWord = (r: Ratio) => (r.empty <= 1.2 ? 'met' : 'not met');
const summary = [
  `Declared content script (runs on every page): ${declared.files.join(', ')}, ${kb(declared.min)} minified; budget 2 KB.`,
  `Added script time on non-candidate pages, ours ÷ empty floor (÷ title+meta floor)${BEFORE ? '; before ÷ empty floor' : ''}: ${ratios.map((r) => `${r.page} ${x(r.empty)} (${x(r.floor)})${BEFORE ? `; before ${x(r.beforeEmpty)}` : ''}`).join(' · ')}. Goal ≤ 1.2× the empty floor: ${ratios.map((r) => `${goalWord(r)} (${r.page})`).join(', ')}.`,
  `Candidate pages, script time added in the page (gate + injected extractor + message round trip + ui.js + launcher), ms${BEFORE ? ', ours (before)' : ''}: ${candidateAdded.map((c) => `${c.page} ${c.ours.toFixed(2)}${c.before === undefined ? '' : ` (${c.before.toFixed(2)})`}`).join(' · ')}.`,
  `Cold start, index work before the first answer: ${coldStart.points.map((p) => `${p.total.toFixed(2)} ms at ${p.events.toLocaleString('en')} exchanges`).join(', ')}; goal < 5 ms at 113, < 50 ms at 10,000.`,
  search.summary,
  `Resolution at ${last.events.toLocaleString('en')} exchanges: ${last.perArticle.toFixed(2)} ms per article (median); goal < 2 ms.`,
  `Sidebar, click to summary: ${sidebarNet.toFixed(0)} ms net of the driver's round trips (${sidebarMeasured.toFixed(0)} ms as measured), median; goal 150 ms.`,
  explorer.summary,
];
const byNumber = [...sections].sort((a, b) => parseInt(a.title, 10) - parseInt(b.title, 10));
const doc = [
  '# Benchmark',
  '',
  `Written by \`npm run bench\` (scripts/bench.ts); do not edit by hand. Every figure is a median over repeated runs with its spread (IQR unless stated), all taken in the same run of ${elapsed.toFixed(0)} s.`,
  '',
  ...machine(chromiumVersion, loadAtStart).map((l) => `- ${l}`),
  `- Extension measured: dist/chrome as built at ${builtAt} UTC (the bench builds it only when it is missing)`,
  '',
  '## Summary',
  '',
  ...summary.map((l) => `- ${l}`),
  '',
  ...byNumber.map(toMarkdown),
].join('\n');
await writeFile(join(ROOT, 'docs/benchmark.md'), doc);
console.log(`\n${summary.join('\n')}\n\nWrote docs/benchmark.md (${elapsed.toFixed(0)} s).`);
