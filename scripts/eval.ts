/**
 * `npm run eval`: precision, recall and event accuracy on the labelled corpus, overall and
 * per language, with every miss; `npm run eval -- holdout` (or `holdout2`) for a held-out corpus.
 */
import { isMiss, runCorpus, score, THRESHOLDS, type CorpusName, type Outcome } from './eval-core';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function row(name: string, outcomes: Outcome[]): string {
  const s = score(outcomes);
  return `${name.padEnd(8)} ${String(s.pages).padStart(5)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(7)}  ${`${pct(s.eventAccuracy)} (${s.matchCorrect}/${s.matchPages})`.padStart(16)}`;
}

const corpus: CorpusName = process.argv[2] === 'holdout' || process.argv[2] === 'holdout2' || process.argv[2] === 'corpus3' ? process.argv[2] : 'corpus';
const outcomes = await runCorpus(undefined, corpus);
console.log(`corpus: tests/${corpus}`);
console.log(`${'set'.padEnd(8)} ${'pages'.padStart(5)}  ${'precision'.padStart(9)}  ${'recall'.padStart(7)}  ${'event accuracy'.padStart(16)}`);
console.log(row('all', outcomes));
for (const lang of [...new Set(outcomes.map((o) => o.label.lang))].sort()) console.log(row(lang, outcomes.filter((o) => o.label.lang === lang)));
const misses = outcomes.filter(isMiss);
console.log(`\n${misses.length} miss(es):`);
for (const { label, prediction } of misses) {
  console.log(`  ${label.file} [${label.kind}] expected ${label.status}${label.eventId ? ` ${label.eventId}` : ''}, got ${prediction.status}${prediction.eventId ? ` ${prediction.eventId}` : ''} (${prediction.stage}${prediction.confidence !== undefined ? `, confidence ${prediction.confidence}` : ''})`);
}
const s = score(outcomes);
const failed = s.precision < THRESHOLDS.precision || s.recall < THRESHOLDS.recall || s.eventAccuracy < THRESHOLDS.eventAccuracy;
console.log(`\nthresholds: precision ≥ ${THRESHOLDS.precision}, recall ≥ ${THRESHOLDS.recall}, event accuracy ≥ ${THRESHOLDS.eventAccuracy}: ${failed ? 'NOT MET' : 'met'}`);
process.exitCode = failed ? 1 : 0;
