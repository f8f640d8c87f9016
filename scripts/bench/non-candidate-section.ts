/**
 * Section 1: what the declared content script costs on pages that are not candidates, in
 * real Chromium, against no extension and against both floor extensions (and an earlier
 * build of ours, when the run was given one), on the same pages in the same run.
 */
import type { Profile, ProfileKind } from './browser-profiles';
import type { FixtureServer } from '../../tests/browser/server';
import { pageCost, type PageCost } from './page-cost';
import { nonCandidatePages } from './pages';
import type { Section } from './report';
import { fmt, median, num, summarize } from './stats';

// document_idle runs content scripts at the latest right after the load event; this leaves them time to finish.
const SETTLE_MS = 150;
const settle = (page: { waitForTimeout(ms: number): Promise<void> }) => page.waitForTimeout(SETTLE_MS);

export interface Ratio {
  page: string;
  /** Added script time of ours over the empty floor's, and over the title-and-meta floor's. */
  empty: number;
  floor: number;
  /** The same for the earlier build, when measured. */
  beforeEmpty?: number;
  beforeFloor?: number;
}

export interface NonCandidateResult {
  section: Section;
  ratios: Ratio[];
}

const LABEL: Record<ProfileKind, string> = { none: 'none', empty: 'empty floor', floor: 'title+meta floor', before: 'before', ours: 'ours' };

export async function nonCandidateSection(profiles: Partial<Record<ProfileKind, Profile>>, server: FixtureServer, runs: number): Promise<NonCandidateResult> {
  const kinds = (['none', 'empty', 'floor', 'before', 'ours'] as const).filter((k) => profiles[k]);
  const pages = nonCandidatePages();
  for (const p of pages) server.set(p.url, p.html);
  const samples = new Map<string, Partial<Record<ProfileKind, PageCost[]>>>(pages.map((p) => [p.url, Object.fromEntries(kinds.map((k) => [k, []]))]));
  // One untimed load per page and profile first (browser caches, code caches), then the runs,
  // interleaved and in rotating order so drift over the run falls on every profile alike.
  for (let run = -1; run < runs; run++) {
    for (const p of pages) {
      for (let k = 0; k < kinds.length; k++) {
        const kind = kinds[(k + run + 1) % kinds.length]!;
        const cost = await pageCost(profiles[kind]!, p.url, settle);
        if (run >= 0) samples.get(p.url)![kind]!.push(cost);
      }
    }
  }
  const ratios: Ratio[] = [];
  const rows = pages.map((p) => {
    const s = samples.get(p.url)!;
    const script = (kind: ProfileKind) => s[kind]!.map((c) => c.script);
    const added = (kind: ProfileKind) => median(script(kind)) - median(script('none'));
    const ratio: Ratio = { page: p.name, empty: added('ours') / added('empty'), floor: added('ours') / added('floor') };
    if (s.before) Object.assign(ratio, { beforeEmpty: added('before') / added('empty'), beforeFloor: added('before') / added('floor') });
    ratios.push(ratio);
    const x = (r: number | undefined) => (r === undefined ? '–' : `${r.toFixed(1)}×`);
    return [
      p.name,
      `${num(p.html.length / 1048576)} MB`,
      p.gate,
      ...kinds.map((k) => fmt(summarize(script(k)))),
      kinds.filter((k) => k !== 'none').map((k) => num(added(k))).join(' / '),
      ...(s.before ? [`${x(ratio.beforeEmpty)} / ${x(ratio.beforeFloor)}`] : []),
      `${x(ratio.empty)} / ${x(ratio.floor)}`,
    ];
  });
  const addedKinds = kinds.filter((k) => k !== 'none').map((k) => LABEL[k]).join(' / ');
  return {
    ratios,
    section: {
      title: '1. Cost on pages that are not candidates (Chromium)',
      method: `Each page is loaded in a fresh tab of ${kinds.length} Chromium profiles (${kinds.map((k) => LABEL[k]).join(', ')}) served from 127.0.0.1; DevTools \`Performance.getMetrics\` (thread time) is read ${SETTLE_MS} ms after the load event. ${runs} runs per page and profile, interleaved, after one untimed load. Times in ms, median [IQR]. The empty floor's whole content script is \`void document.title;\`; the title+meta floor reads document.title and two meta tags.${profiles.before ? ' "before" is an earlier build of ours, given to this run with --before.' : ''} The pages run no script of their own, so the no-extension script time is the baseline to subtract.`,
      columns: ['page', 'size', 'our gate', ...kinds.map((k) => `script: ${LABEL[k]}`), `added: ${addedKinds}`, ...(profiles.before ? ['before ÷ empty / ÷ title+meta'] : []), 'ours ÷ empty / ÷ title+meta'],
      rows,
      notes: [
        'Goal: ours ≤ 1.2× the empty floor. Added = median(profile) − median(no extension), script time only.',
        'On the near-miss page our gate passes the title (it names North Korea), so the background injects the extractor, which reads the opening text and stops: that page pays for a candidate.',
      ],
    },
  };
}
