/**
 * `npm run bench`: what Lips & Teeth costs, measured in one run so every ratio compares
 * like with like. Prints each table as it is done and writes docs/benchmark.md. Figures
 * are medians with their spread; nothing here fails on an absolute time.
 */
import { execFileSync } from 'node:child_process';
import { rm, stat, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ExchangeIndex } from '../shared/detector/resolve';
import { FixtureServer } from '../tests/browser/server';
import { browserVersion, launchProfile, type Profile, type ProfileKind } from './bench/browser-profiles';
import { corpusPages } from './bench/corpus-articles';
import { writeFloorExtension } from './bench/floor-extension';
import { machine } from './bench/machine';
import { browserTotals, matchingSection, nodePhases, type MatchingPage } from './bench/matching-section';
import { nonCandidateSection } from './bench/non-candidate-section';
import { megabyteArticle } from './bench/pages';
import { toMarkdown, toText, type Section } from './bench/report';
import { scaleSection } from './bench/scale-section';
import { searchSection } from './bench/search-section';
import { sizesSection } from './bench/sizes-section';
import { median } from './bench/stats';
import { notesTimes, sidebarOpenTimes, uiSection } from './bench/ui-section';
import { DIST, loadDataset, ROOT } from './extension-build';

// Repetitions, sized so the whole run stays within about six minutes on two cores.
const RUNS = { nonCandidate: 10, matchingNode: 30, matchingBrowser: 6, scale: 10, search: 5, sidebar: 15, notes: 5 };
const SCALE_SIZES = [1000, 3000, 10_000];
const NOTES = 10_000;
const NOTES_QUERY = 'wording';
const FUSE_RAW_BUDGET_MS = 6000;

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

// Node sections first, while no browser runs beside them.
const real = await loadDataset();
const index = ExchangeIndex.fromEvents(real);
const corpus = await corpusPages();
const seeds: MatchingPage[] = corpus
  .filter((p) => p.label.kind === 'seed')
  .map((p) => ({ name: p.label.file.replace(/^pages\/|\.html$/g, ''), url: p.label.url.replace(/^https:/, 'http:'), html: p.html, eventId: p.label.eventId! }));
const seed002 = seeds.find((s) => s.name.startsWith('seed-002'))!;
const matching: MatchingPage[] = [...seeds, { name: '1 MB article (seed-002 enlarged)', url: `${seed002.url}?size=1mb`, html: megabyteArticle(seed002.html), eventId: seed002.eventId }];

done(await sizesSection(join(DIST, 'chrome')));
const phases = matching.map((p) => nodePhases(p, index, RUNS.matchingNode));
const scale = scaleSection(real, corpus.filter((p) => p.gate).map((p) => p.article), SCALE_SIZES, RUNS.scale);
done(scale.section);
const search = searchSection(real, corpus, RUNS.search, FUSE_RAW_BUDGET_MS);
done(search.section);

// Browser sections: three profiles on one fixture server.
const server = new FixtureServer();
await server.start();
const floorDir = await writeFloorExtension();
const profiles = {} as Record<ProfileKind, Profile>;
let chromiumVersion = 'unknown';
let ratios: { page: string; ratio: number }[] = [];
let sidebarNet = NaN;
let sidebarMeasured = NaN;
try {
  for (const kind of ['none', 'floor', 'ours'] as const) profiles[kind] = await launchProfile(kind, server.port, floorDir);
  chromiumVersion = (await browserVersion(profiles.none)).replace(/^(Headless)?Chrome\//, '');
  const nonCandidate = await nonCandidateSection(profiles, server, RUNS.nonCandidate);
  ratios = nonCandidate.ratios;
  done(nonCandidate.section);
  const totals = await browserTotals(profiles.none, profiles.ours, server, matching, RUNS.matchingBrowser);
  done(matchingSection(matching, phases, totals, RUNS.matchingNode, RUNS.matchingBrowser));
  await profiles.none.close();
  await profiles.floor.close();
  const sidebar = await sidebarOpenTimes(profiles.ours, seeds, RUNS.sidebar);
  const notes = await notesTimes(profiles.ours, real, NOTES, RUNS.notes, NOTES_QUERY);
  const ui = uiSection(sidebar, notes, NOTES, NOTES_QUERY);
  sidebarNet = ui.sidebarNet;
  sidebarMeasured = median(sidebar.measured);
  done(ui.section);
} finally {
  for (const p of Object.values(profiles)) await p.close().catch(() => undefined);
  await server.stop();
  await rm(floorDir, { recursive: true, force: true });
}

const elapsed = (performance.now() - started) / 1000;
const last = scale.points.at(-1)!;
const summary = [
  `Added script time on non-candidate pages, ours/floor: ${ratios.map((r) => `${r.ratio.toFixed(1)}× (${r.page})`).join(', ')}; goal ≤ 1.2×.`,
  search.summary,
  `Resolution at ${last.events.toLocaleString('en')} exchanges: ${last.perArticle.toFixed(2)} ms per article (median); goal < 2 ms.`,
  `Sidebar, click to summary: ${sidebarNet.toFixed(0)} ms net of the driver's round trips (${sidebarMeasured.toFixed(0)} ms as measured), median; goal 150 ms.`,
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
