/**
 * `npm run eval`: precision, recall and event accuracy per language, and how many clear and
 * probable matches were right, on the development corpus with every miss listed, then the
 * same figures for every corpus; `npm run eval -- holdout` (or `holdout2`, `corpus3`) lists
 * that corpus's misses instead. For corpus3 the figures of its first run, before any rule
 * was changed for it, are printed beside the current ones.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPORA, isMiss, runCorpus, score, THRESHOLDS, type CorpusName, type Outcome } from './eval-core';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

interface Levels {
  clearRight: number;
  clearWrong: number;
  probableRight: number;
  probableWrong: number;
}

function levels(outcomes: readonly Outcome[]): Levels {
  const n: Levels = { clearRight: 0, clearWrong: 0, probableRight: 0, probableWrong: 0 };
  for (const { label, prediction: p } of outcomes) {
    if (p.status !== 'match') continue;
    const right = label.status === 'match' && p.eventId === label.eventId;
    if (p.level === 'probable') n[right ? 'probableRight' : 'probableWrong']++;
    else n[right ? 'clearRight' : 'clearWrong']++;
  }
  return n;
}

const HEADER = `${'set'.padEnd(10)} ${'pages'.padStart(5)}  ${'precision'.padStart(9)}  ${'recall'.padStart(7)}  ${'event accuracy'.padStart(16)}  ${'clear ✓/✗'.padStart(9)}  ${'probable ✓/✗'.padStart(12)}`;

function row(name: string, outcomes: Outcome[]): string {
  const s = score(outcomes);
  const l = levels(outcomes);
  return `${name.padEnd(10)} ${String(s.pages).padStart(5)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(7)}  ${`${pct(s.eventAccuracy)} (${s.matchCorrect}/${s.matchPages})`.padStart(16)}  ${`${l.clearRight}/${l.clearWrong}`.padStart(9)}  ${`${l.probableRight}/${l.probableWrong}`.padStart(12)}`;
}

const byLanguage = (outcomes: Outcome[]): [string, Outcome[]][] => [['all', outcomes], ...[...new Set(outcomes.map((o) => o.label.lang))].sort().map((lang): [string, Outcome[]] => [lang, outcomes.filter((o) => o.label.lang === lang)])];

interface FirstRun {
  commit: string;
  date: string;
  sets: Record<string, { pages: number; precision: number; recall: number; eventAccuracy: number; matchCorrect: number; matchPages: number }>;
}

async function firstRun(corpus: CorpusName): Promise<FirstRun | null> {
  try {
    return JSON.parse(await readFile(join(CORPORA[corpus], 'first-run.json'), 'utf8')) as FirstRun;
  } catch {
    return null;
  }
}

const names = Object.keys(CORPORA) as CorpusName[];
const chosen: CorpusName = names.includes(process.argv[2] as CorpusName) ? (process.argv[2] as CorpusName) : 'corpus';
const results = new Map<CorpusName, Outcome[]>();
for (const name of names) results.set(name, await runCorpus(undefined, name));

const outcomes = results.get(chosen)!;
console.log(`corpus: tests/${chosen}`);
console.log(HEADER);
for (const [name, set] of byLanguage(outcomes)) console.log(row(name, set));
const first = await firstRun(chosen);
if (first) {
  console.log(`\nfirst run (${first.date}, commit ${first.commit}, before any rule was changed for this corpus) → now:`);
  for (const [name, set] of byLanguage(outcomes)) {
    const before = first.sets[name];
    const now = score(set);
    if (before) console.log(`${name.padEnd(8)} precision ${pct(before.precision)} → ${pct(now.precision)}, recall ${pct(before.recall)} → ${pct(now.recall)}, event accuracy ${pct(before.eventAccuracy)} (${before.matchCorrect}/${before.matchPages}) → ${pct(now.eventAccuracy)} (${now.matchCorrect}/${now.matchPages})`);
  }
}
const misses = outcomes.filter(isMiss);
console.log(`\n${misses.length} miss(es):`);
for (const { label, prediction } of misses) {
  console.log(`  ${label.file} [${label.kind}] expected ${label.status}${label.eventId ? ` ${label.eventId}` : ''}, got ${prediction.status}${prediction.eventId ? ` ${prediction.eventId}` : ''} (${prediction.stage}${prediction.level ? `, ${prediction.level}` : ''}${prediction.confidence !== undefined ? `, confidence ${prediction.confidence}` : ''})`);
}

console.log('\nevery corpus:');
console.log(HEADER.replace('set       ', 'corpus/set'));
for (const name of names) for (const [lang, set] of byLanguage(results.get(name)!)) console.log(row(`${lang === 'all' ? name : `  ${lang}`}`, set));
console.log(row('total', [...results.values()].flat()));

const s = score(outcomes);
const failed = s.precision < THRESHOLDS.precision || s.recall < THRESHOLDS.recall || s.eventAccuracy < THRESHOLDS.eventAccuracy;
console.log(`\nthresholds on tests/${chosen}: precision ≥ ${THRESHOLDS.precision}, recall ≥ ${THRESHOLDS.recall}, event accuracy ≥ ${THRESHOLDS.eventAccuracy}: ${failed ? 'NOT MET' : 'met'}`);
process.exitCode = failed ? 1 : 0;
