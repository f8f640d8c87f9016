/**
 * Runs the detector over the labelled corpus (tests/corpus) in Node, the same code path
 * as the extension: the content script's gate and extraction on a DOM (linkedom here),
 * then the background's toArticle and resolver.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { toArticle } from '../shared/detector/article';
import { ExchangeIndex } from '../shared/detector/resolve';
import type { CertaintyContext } from '../shared/detector/certainty';
import { extractPage, passesGate } from '../extension/content/extract';
import { gateText } from '../extension/content/head-text';
import { firstStageMatches, foldTitle } from '../shared/detector/first-stage';
import type { ExchangeEvent } from '../shared/dataset/schema';
import { loadDataset, ROOT } from './extension-build';

export interface Label {
  file: string;
  url: string;
  status: 'match' | 'topic' | 'none';
  eventId?: string;
  lang: string;
  kind: string;
  note?: string;
}

export interface Prediction {
  status: 'match' | 'topic' | 'none';
  eventId?: string;
  confidence?: number;
  level?: 'clear' | 'probable';
  rivals?: { eventId: string; confidence: number }[];
  stage: 'gate' | 'resolver';
  /** The resolver's leading candidates and what its certainty rested on (scripts/calibrate.ts). */
  candidates?: { id: string; score: number }[];
  context?: CertaintyContext;
}

/** The labelled corpus the detector was developed against, and a held-out one written without sight of the detector. */
export const CORPORA = { corpus: join(ROOT, 'tests/corpus'), holdout: join(ROOT, 'tests/holdout'), holdout2: join(ROOT, 'tests/holdout2'), corpus3: join(ROOT, 'tests/corpus3') } as const;
export type CorpusName = keyof typeof CORPORA;
export const CORPUS = CORPORA.corpus;

export async function loadLabels(corpus: CorpusName = 'corpus'): Promise<Label[]> {
  return JSON.parse(await readFile(join(CORPORA[corpus], 'labels.json'), 'utf8')) as Label[];
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** What the extension decides for one page. */
export function detect(doc: Document, url: string, index: ExchangeIndex): Prediction {
  // Both stages, as in the browser: the declared gate's first stage, then the extractor's own gate.
  if (!firstStageMatches(foldTitle(gateText(doc))) || !passesGate(doc)) return { status: 'none', stage: 'gate' };
  const r = index.resolve(toArticle(extractPage(doc, url)));
  return {
    status: r.status,
    ...(r.eventId ? { eventId: r.eventId } : {}),
    ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
    ...(r.level ? { level: r.level } : {}),
    ...(r.rivals ? { rivals: r.rivals } : {}),
    stage: 'resolver',
    candidates: r.candidates,
    ...(r.context ? { context: r.context } : {}),
  };
}

export interface Scores {
  pages: number;
  precision: number;
  recall: number;
  eventAccuracy: number;
  tp: number;
  fp: number;
  fn: number;
  matchPages: number;
  matchCorrect: number;
}

export interface Outcome {
  label: Label;
  prediction: Prediction;
}

const onTopic = (s: string) => s === 'match' || s === 'topic';

export function score(outcomes: readonly Outcome[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let matchPages = 0;
  let matchCorrect = 0;
  for (const { label, prediction } of outcomes) {
    if (onTopic(label.status) && onTopic(prediction.status)) tp++;
    else if (!onTopic(label.status) && onTopic(prediction.status)) fp++;
    else if (onTopic(label.status) && !onTopic(prediction.status)) fn++;
    if (label.status === 'match') {
      matchPages++;
      if (prediction.status === 'match' && prediction.eventId === label.eventId) matchCorrect++;
    }
  }
  return {
    pages: outcomes.length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    eventAccuracy: matchPages === 0 ? 1 : matchCorrect / matchPages,
    tp,
    fp,
    fn,
    matchPages,
    matchCorrect,
  };
}

/** A page is missed when the topic call or the exchange differs from its label. */
export function isMiss({ label, prediction }: Outcome): boolean {
  if (onTopic(label.status) !== onTopic(prediction.status)) return true;
  if (label.status === 'match') return prediction.status !== 'match' || prediction.eventId !== label.eventId;
  if (label.status === 'topic') return prediction.status === 'match';
  return false;
}

export async function runCorpus(events?: ExchangeEvent[], corpus: CorpusName = 'corpus'): Promise<Outcome[]> {
  const index = ExchangeIndex.fromEvents(events ?? (await loadDataset()));
  const labels = await loadLabels(corpus);
  const outcomes: Outcome[] = [];
  for (const label of labels) {
    const html = await readFile(join(CORPORA[corpus], label.file), 'utf8');
    outcomes.push({ label, prediction: detect(parseHtml(html), label.url, index) });
  }
  return outcomes;
}

export const THRESHOLDS = { precision: 0.98, recall: 0.95, eventAccuracy: 0.9 };
