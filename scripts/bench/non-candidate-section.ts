/**
 * Section 1: what the content script costs on pages that are not candidates, in real
 * Chromium, against no extension and against the floor extension, on the same pages.
 */
import type { Profile, ProfileKind } from './browser-profiles';
import type { FixtureServer } from '../../tests/browser/server';
import { pageCost, type PageCost } from './page-cost';
import { nonCandidatePages } from './pages';
import type { Section } from './report';
import { fmt, median, num, summarize } from './stats';

const KINDS: ProfileKind[] = ['none', 'floor', 'ours'];
// document_idle runs content scripts at the latest right after the load event; this leaves them time to finish.
const SETTLE_MS = 150;
const settle = (page: { waitForTimeout(ms: number): Promise<void> }) => page.waitForTimeout(SETTLE_MS);

export interface NonCandidateResult {
  section: Section;
  /** ours/floor added script time per page, for the summary. */
  ratios: { page: string; ratio: number }[];
}

export async function nonCandidateSection(profiles: Record<ProfileKind, Profile>, server: FixtureServer, runs: number): Promise<NonCandidateResult> {
  const pages = nonCandidatePages();
  for (const p of pages) server.set(p.url, p.html);
  const samples = new Map<string, Record<ProfileKind, PageCost[]>>(pages.map((p) => [p.url, { none: [], floor: [], ours: [] }]));
  // One untimed load per page and profile first (browser caches, code caches), then the runs,
  // interleaved and in rotating order so drift over the run falls on every profile alike.
  for (let run = -1; run < runs; run++) {
    for (const p of pages) {
      for (let k = 0; k < KINDS.length; k++) {
        const kind = KINDS[(k + run + 1) % KINDS.length]!;
        const cost = await pageCost(profiles[kind], p.url, settle);
        if (run >= 0) samples.get(p.url)![kind].push(cost);
      }
    }
  }
  const ratios: NonCandidateResult['ratios'] = [];
  const rows = pages.map((p) => {
    const s = samples.get(p.url)!;
    const script = (kind: ProfileKind) => s[kind].map((c) => c.script);
    const added = (kind: ProfileKind) => median(script(kind)) - median(script('none'));
    const ratio = added('ours') / added('floor');
    ratios.push({ page: p.name, ratio });
    return [
      p.name,
      `${num(p.html.length / 1048576)} MB`,
      p.gate,
      fmt(summarize(script('none'))),
      fmt(summarize(script('floor'))),
      fmt(summarize(script('ours'))),
      `${num(added('floor'))} / ${num(added('ours'))}`,
      `${ratio.toFixed(1)}×`,
      fmt(summarize(s.none.map((c) => c.task))),
    ];
  });
  return {
    ratios,
    section: {
      title: '1. Cost on pages that are not candidates (Chromium)',
      method: `Each page is loaded in a fresh tab of three Chromium profiles (no extension, the floor extension, ours) served from 127.0.0.1; DevTools \`Performance.getMetrics\` (thread time) is read ${SETTLE_MS} ms after the load event. ${runs} runs per page and profile, interleaved, after one untimed load. Times in ms, median [IQR]. The floor's content script only reads document.title and two meta tags. The pages run no script of their own, so the no-extension script time is the baseline to subtract.`,
      columns: ['page', 'size', 'our gate', 'script: none', 'script: floor', 'script: ours', 'added floor / ours', 'ours/floor', 'page tasks: none'],
      rows,
      notes: [`Goal: ours/floor ≤ 1.2×. Added = median(profile) − median(no extension), script time only.`],
    },
  };
}
