/**
 * `npm run calibrate`: how often each certainty level is right on the four labelled
 * corpora, and how the reported confidence compares with the share of right answers;
 * `npm run calibrate -- --fit` refits the constants of shared/detector/certainty.ts.
 *
 * The rules were written while reading these corpora, so on them nearly every answer is
 * right and they cannot show whether a 0.9 is right nine times in ten on pages never seen.
 * The fit therefore also resolves damaged copies of every page, as an unseen page often
 * is: without its date, without its headline, cut to its opening, with two sentences in
 * five dropped (three seeds), and with two of these losses at once. It keeps clear matches right at least 98 times in 100 on
 * the copies and 100 on the pages, then makes as many answers right as possible (a wrong
 * "probably" costs what a right one earns), then makes the confidence honest (lowest
 * Brier score on the copies).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toArticle, type ArticleFacts } from '../shared/detector/article';
import { CALIBRATION, certainty, probabilities, type Calibration } from '../shared/detector/certainty';
import { ExchangeIndex } from '../shared/detector/resolve';
import { extractPage, passesGate } from '../extension/content/extract';
import { CORPORA as CORPUS_DIRS, loadLabels, parseHtml, runCorpus, type CorpusName, type Outcome } from './eval-core';
import { loadDataset } from './extension-build';

const CORPORA: CorpusName[] = ['corpus', 'holdout', 'holdout2', 'corpus3'];

interface Row {
  corpus: CorpusName;
  outcome: Outcome;
}

/** What the detector would say with constants `c`: level, leading exchange, confidence. */
function verdict(o: Outcome, c: Calibration): { level: 'clear' | 'probable' | null; eventId?: string; confidence: number } {
  const p = o.prediction;
  if (!p.context || !p.candidates?.length) return { level: null, confidence: 0 };
  const v = certainty(p.candidates, p.context, c);
  return { level: v.level, ...(v.level ? { eventId: p.candidates[0]!.id } : {}), confidence: v.confidence };
}

export interface LevelCounts {
  clearRight: number;
  clearWrong: number;
  probableRight: number;
  probableWrong: number;
  /** Pages labelled `match` left without one. */
  missed: number;
}

export function levelCounts(outcomes: readonly Outcome[], c: Calibration = CALIBRATION): LevelCounts {
  const n: LevelCounts = { clearRight: 0, clearWrong: 0, probableRight: 0, probableWrong: 0, missed: 0 };
  for (const o of outcomes) {
    const v = verdict(o, c);
    const right = o.label.status === 'match' && v.eventId === o.label.eventId;
    if (v.level === 'clear') n[right ? 'clearRight' : 'clearWrong']++;
    else if (v.level === 'probable') n[right ? 'probableRight' : 'probableWrong']++;
    else if (o.label.status === 'match') n.missed++;
  }
  return n;
}

/** Brier score of the leading candidate's probability against "it is the labelled exchange", over on-topic pages. */
function brier(outcomes: readonly Outcome[], c: Calibration): number {
  let sum = 0;
  let n = 0;
  for (const o of outcomes) {
    const p = o.prediction;
    if (!p.context || !p.candidates?.length) continue;
    const best = probabilities(p.candidates.map((x) => x.score), p.context.dated, c)[0]!;
    const right = o.label.status === 'match' && p.candidates[0]!.id === o.label.eventId ? 1 : 0;
    sum += (best - right) ** 2;
    n++;
  }
  return n ? sum / n : 0;
}

function reliability(outcomes: readonly Outcome[], c: Calibration): string[] {
  const bins = [0, 0.35, 0.5, 0.65, 0.8, 0.9, 0.95, 1.01];
  const lines: string[] = [];
  for (let i = 0; i + 1 < bins.length; i++) {
    let n = 0;
    let right = 0;
    let sum = 0;
    for (const o of outcomes) {
      const v = verdict(o, c);
      if (!v.level || v.confidence < bins[i]! || v.confidence >= bins[i + 1]!) continue;
      n++;
      sum += v.confidence;
      if (o.label.status === 'match' && v.eventId === o.label.eventId) right++;
    }
    if (n) lines.push(`  ${bins[i]!.toFixed(2)}–${Math.min(1, bins[i + 1]!).toFixed(2)}: ${String(n).padStart(3)} matches, mean confidence ${(sum / n).toFixed(2)}, right ${right}/${n} (${((right / n) * 100).toFixed(0)}%)`);
  }
  return lines;
}

/** A seeded generator, so that the damaged copies are the same at every run. */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const splitSentences = (text: string) => text.split(/(?<=[.!?。！？])\s*|\n+/).filter((t) => t.trim());

/** The ways an unseen page is often poorer than a labelled one. */
function damaged(a: ArticleFacts): ArticleFacts[] {
  const lead = splitSentences(a.lead);
  const text = splitSentences(a.text);
  const copies: ArticleFacts[] = [
    { ...a, published: null, dateSource: null, storyDates: [] },
    { ...a, headline: lead[0] ?? a.headline },
    { ...a, lead: lead.slice(0, 2).join(' '), text: text.slice(0, 2).join(' ') },
  ];
  for (const seed of [1, 2, 3]) {
    const r = random(seed * 7919 + a.url.length);
    const keep = (list: string[]) => list.filter(() => r() > 0.4).join(' ');
    copies.push({ ...a, lead: keep(lead), text: keep(text) });
    // Two losses at once: the date and two sentences in five; the headline and all but the opening.
    copies.push({ ...a, published: null, dateSource: null, storyDates: [], lead: keep(lead), text: keep(text) });
  }
  copies.push({ ...a, headline: lead[0] ?? a.headline, lead: lead.slice(0, 2).join(' '), text: text.slice(0, 2).join(' ') });
  return copies;
}

async function damagedOutcomes(): Promise<Outcome[]> {
  const index = ExchangeIndex.fromEvents(await loadDataset());
  const out: Outcome[] = [];
  for (const corpus of CORPORA) {
    for (const label of await loadLabels(corpus)) {
      const doc = parseHtml(await readFile(join(CORPUS_DIRS[corpus], label.file), 'utf8'));
      if (!passesGate(doc)) continue;
      for (const copy of damaged(toArticle(extractPage(doc, label.url)))) {
        const r = index.resolve(copy);
        out.push({ label, prediction: { status: r.status, stage: 'resolver', candidates: r.candidates, ...(r.context ? { context: r.context } : {}) } });
      }
    }
  }
  return out;
}

const rows: Row[] = [];
for (const corpus of CORPORA) for (const outcome of await runCorpus(undefined, corpus)) rows.push({ corpus, outcome });
const all = rows.map((r) => r.outcome);
const copies = await damagedOutcomes();

/** Log loss of the leading candidate's probability (the "none of these" option takes the rest). */
function logLoss(outcomes: readonly Outcome[], c: Calibration): number {
  let sum = 0;
  let n = 0;
  for (const o of outcomes) {
    const p = o.prediction;
    if (!p.context || !p.candidates?.length) continue;
    const best = Math.min(1 - 1e-6, Math.max(1e-6, probabilities(p.candidates.map((x) => x.score), p.context.dated, c)[0]!));
    const right = o.label.status === 'match' && p.candidates[0]!.id === o.label.eventId;
    sum -= Math.log(right ? best : 1 - best);
    n++;
  }
  return n ? sum / n : 0;
}

/** Precision of one level's answers, with the other constants fixed. */
function precision(outcomes: readonly Outcome[], c: Calibration, level: 'clear' | 'probable'): { right: number; total: number } {
  const n = levelCounts(outcomes, c);
  return level === 'clear' ? { right: n.clearRight, total: n.clearRight + n.clearWrong } : { right: n.probableRight, total: n.probableRight + n.probableWrong };
}

if (process.argv.includes('--fit')) {
  // 1. The probability model: temperature and the "none of these" scores, by log loss on the damaged copies.
  let model = { temperature: 1, noneDated: 4.5, noneUndated: 3.5, loss: Infinity };
  for (let temperature = 0.2; temperature <= 2.51; temperature += 0.1)
    for (let noneDated = 1; noneDated <= 8.01; noneDated += 0.5)
      for (let noneUndated = 0; noneUndated <= 7.01; noneUndated += 0.5) {
        const loss = logLoss(copies, { ...CALIBRATION, temperature, noneDated, noneUndated });
        if (loss < model.loss) model = { temperature: Math.round(temperature * 10) / 10, noneDated, noneUndated, loss };
      }
  // 2. The lowest clear threshold at which clear matches are right 99 times in 100 on the copies and always on the pages.
  const base = { temperature: model.temperature, noneDated: model.noneDated, noneUndated: model.noneUndated, probable: 0.99 };
  let clear = 0.99;
  for (let t = 0.99; t >= 0.5; t -= 0.01) {
    const c = { ...base, clear: t };
    const onCopies = precision(copies, c, 'clear');
    if (precision(all, c, 'clear').right < precision(all, c, 'clear').total || onCopies.right < 0.99 * onCopies.total) break;
    clear = Math.round(t * 100) / 100;
  }
  // 3. The lowest probable threshold at which a "probably" is right at least two times in three on
  // the copies; never below 0.4, since a leader with less is not what a reader calls probable.
  let probable = clear;
  for (let t = clear - 0.01; t >= 0.4; t -= 0.01) {
    const p = precision(copies, { ...base, clear, probable: t }, 'probable');
    if (p.total > 0 && p.right < (2 / 3) * p.total) break;
    probable = Math.round(t * 100) / 100;
  }
  console.log('fitted:', JSON.stringify({ temperature: model.temperature, noneDated: model.noneDated, noneUndated: model.noneUndated, clear, probable }), `log loss ${model.loss.toFixed(3)}`);
}

const c = CALIBRATION;
console.log(`constants in use: ${JSON.stringify(c)}`);
console.log(`Brier score of the leading candidate's probability: pages ${brier(all, c).toFixed(3)}, damaged copies ${brier(copies, c).toFixed(3)}\n`);
console.log(`${'corpus'.padEnd(15)} ${'clear right/wrong'.padStart(18)} ${'probable right/wrong'.padStart(21)} ${'match pages left without one'.padStart(29)}`);
for (const corpus of [...CORPORA, 'all' as const]) {
  const n = levelCounts(corpus === 'all' ? all : rows.filter((r) => r.corpus === corpus).map((r) => r.outcome), c);
  console.log(`${corpus.padEnd(15)} ${`${n.clearRight}/${n.clearWrong}`.padStart(18)} ${`${n.probableRight}/${n.probableWrong}`.padStart(21)} ${String(n.missed).padStart(29)}`);
}
const d = levelCounts(copies, c);
console.log(`${'damaged copies'.padEnd(15)} ${`${d.clearRight}/${d.clearWrong}`.padStart(18)} ${`${d.probableRight}/${d.probableWrong}`.padStart(21)} ${String(d.missed).padStart(29)}`);
console.log('\nreported confidence against the share right, the four corpora:');
for (const line of reliability(all, c)) console.log(line);
console.log('the damaged copies:');
for (const line of reliability(copies, c)) console.log(line);
