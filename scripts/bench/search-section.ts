/**
 * Section 4: our resolver against two general search libraries on the same corpus and the
 * same dataset. Each library indexes one text per exchange (occasion, summary, terms,
 * quoted phrases, headlines) and is queried with the article's headline and lead; its top
 * hit is its answer. "A low score is no match": each library's cut-off is set, at run
 * time, so that it makes no more false matches on the corpus's non-matching pages than
 * ours does — accuracy at equal false matches — and the raw top-hit accuracy is shown too.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { ArticleFacts } from '../../shared/detector/article';
import { ExchangeIndex } from '../../shared/detector/resolve';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import type { CorpusPage } from './corpus-articles';
import type { Section } from './report';
import { fmt, summarize, timeSync } from './stats';

interface Doc {
  id: string;
  text: string;
}

const eventText = (e: ExchangeEvent): string =>
  [
    e.occasionDetail,
    e.summary,
    ...e.terms.en, ...e.terms.ko, ...e.terms.zh,
    ...[...e.readouts, ...e.coverage].flatMap((s) => s.phrases.map((p) => p.text)),
    ...e.readouts.map((r) => r.title),
    ...e.coverage.map((c) => c.headline),
  ].join('\n');

const queryOf = (a: ArticleFacts) => `${a.headline}\n${a.lead}`;

/** Fuse's bitap matches patterns of at most 32 characters; its documented way to search many words is a logical $or. */
const FUSE_WORDS = 32;
const fuseWords = (q: string) => [...new Set(q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3).map((w) => w.slice(0, 32)))].slice(0, FUSE_WORDS);

/** A search method: its answer for one article (event id and score, or nothing). */
interface Method {
  name: string;
  build: number[];
  search: (a: ArticleFacts) => { id: string; score: number } | null;
  /** Higher is better (MiniSearch's BM25) or lower is better (Fuse's distance). */
  higherIsBetter: boolean;
}

interface Judged {
  method: string;
  medianMs: number;
  correct: number;
  build: string;
  perArticle: string;
  topHit: string;
  atEqualFalseMatches: string;
  falseMatches: string;
  /** Wrong top hits that are another exchange of the same occasion (another year's National Day, say). */
  wrong: number;
  wrongSameOccasion: number;
}

function judge(method: Method, matches: CorpusPage[], negatives: CorpusPage[], allowedFalse: number, runs: number, occasionOf: Map<string, string>): Judged {
  const times: number[] = [];
  const answers = matches.map((p) => {
    // Every call is timed, after one warm-up call when there are several runs; the last call's hit is the answer.
    const warmup = runs > 1 ? 1 : 0;
    let answer: ReturnType<Method['search']> = null;
    for (let r = 0; r < warmup + runs; r++) {
      const t0 = performance.now();
      answer = method.search(p.article);
      if (r >= warmup) times.push(performance.now() - t0);
    }
    return answer;
  });
  const negativeScores = negatives.map((p) => method.search(p.article)?.score).filter((s): s is number => s !== undefined);
  // The cut-off that lets through at most `allowedFalse` of the non-matching pages.
  const better = (a: number, b: number) => (method.higherIsBetter ? a > b : a < b);
  const ranked = [...negativeScores].sort((a, b) => (method.higherIsBetter ? b - a : a - b));
  const cutoff = ranked[allowedFalse];
  const accepted = (score: number) => cutoff === undefined || better(score, cutoff);
  const correct = answers.filter((a, i) => a?.id === matches[i]!.label.eventId).length;
  const correctAccepted = answers.filter((a, i) => a && a.id === matches[i]!.label.eventId && accepted(a.score)).length;
  const wrong = answers.filter((a, i) => a && a.id !== matches[i]!.label.eventId);
  const wrongSameOccasion = answers.filter((a, i) => a && a.id !== matches[i]!.label.eventId && occasionOf.get(a.id) === occasionOf.get(matches[i]!.label.eventId!)).length;
  const pct = (n: number) => `${((n / matches.length) * 100).toFixed(0)}% (${n}/${matches.length})`;
  return {
    wrong: wrong.length,
    wrongSameOccasion,
    medianMs: summarize(times).median,
    correct,
    method: method.name,
    build: fmt(summarize(method.build)),
    perArticle: fmt(summarize(times)),
    topHit: pct(correct),
    atEqualFalseMatches: `${pct(correctAccepted)}${cutoff === undefined ? '' : `, cut-off ${cutoff.toPrecision(3)}`}`,
    falseMatches: `${negativeScores.filter(accepted).length}/${negatives.length}`,
  };
}

export function searchSection(events: readonly ExchangeEvent[], corpus: readonly CorpusPage[], runs: number, fuseRawBudgetMs: number): { section: Section; summary: string } {
  const matches = corpus.filter((p) => p.label.status === 'match');
  // What a resolver is asked about but must not match: pages past the gate whose exchange is not in the dataset or that report none.
  const negatives = corpus.filter((p) => p.label.status !== 'match' && p.gate);
  const docs: Doc[] = events.map((e) => ({ id: e.id, text: eventText(e) }));

  let ours = ExchangeIndex.fromEvents(events);
  const oursBuild = timeSync(() => (ours = ExchangeIndex.fromEvents(events)), 5, 1);
  const oursFalse = negatives.filter((p) => ours.resolve(p.article).status === 'match').length;
  const oursTimes = matches.flatMap((p) => timeSync(() => ours.resolve(p.article), runs, 1));
  const oursCorrect = matches.filter((p) => {
    const r = ours.resolve(p.article);
    return p.gate && r.status === 'match' && r.eventId === p.label.eventId;
  }).length;

  let mini = new MiniSearch<Doc>({ fields: ['text'] });
  const miniBuild = timeSync(() => {
    mini = new MiniSearch<Doc>({ fields: ['text'] });
    mini.addAll(docs);
  }, 5, 1);
  const miniMethod: Method = {
    name: 'MiniSearch 7 (BM25, defaults)',
    build: miniBuild,
    higherIsBetter: true,
    search: (a) => {
      const top = mini.search(queryOf(a))[0];
      return top ? { id: String(top.id), score: top.score } : null;
    },
  };

  let fuse = new Fuse(docs, { keys: ['text'], includeScore: true, ignoreLocation: true });
  const fuseBuild = timeSync(() => (fuse = new Fuse(docs, { keys: ['text'], includeScore: true, ignoreLocation: true })), 5, 1);
  const fuseMethod: Method = {
    name: `Fuse.js 7 ($or of the first ${FUSE_WORDS} words)`,
    build: fuseBuild,
    higherIsBetter: false,
    search: (a) => {
      const top = fuse.search({ $or: fuseWords(queryOf(a)).map((w) => ({ text: w })) })[0];
      return top ? { id: top.item.id, score: top.score ?? 1 } : null;
    },
  };

  const pct = (n: number) => `${((n / matches.length) * 100).toFixed(0)}% (${n}/${matches.length})`;
  const occasionOf = new Map(events.map((e) => [e.id, e.occasion]));
  const judged = [judge(miniMethod, matches, negatives, oursFalse, runs, occasionOf), judge(fuseMethod, matches, negatives, oursFalse, 1, occasionOf)];
  const rows: string[][] = [
    ['ours (ExchangeIndex)', fmt(summarize(oursBuild)), fmt(summarize(oursTimes)), '–', pct(oursCorrect), `${oursFalse}/${negatives.length}`],
    ...judged.map((j) => [j.method, j.build, j.perArticle, j.topHit, j.atEqualFalseMatches, j.falseMatches]),
  ];

  // Fuse with the whole query as one pattern, as a first try would call it: only as many articles as the time budget allows.
  const rawTimes: number[] = [];
  let rawCorrect = 0;
  const started = performance.now();
  for (const p of matches) {
    if (rawTimes.length > 0 && performance.now() - started > fuseRawBudgetMs) break;
    const t0 = performance.now();
    const top = fuse.search(queryOf(p.article))[0];
    rawTimes.push(performance.now() - t0);
    if (top?.item.id === p.label.eventId) rawCorrect++;
  }
  rows.push([`Fuse.js 7 (whole query as one pattern; ${rawTimes.length} of ${matches.length} articles, time-capped)`, fmt(summarize(fuseBuild)), fmt(summarize(rawTimes)), `${rawCorrect}/${rawTimes.length}`, '–', '–']);

  const oursMs = summarize(oursTimes).median;
  const summary = `Per article, ours ${oursMs.toFixed(2)} ms and ${oursCorrect}/${matches.length} exchanges right; ${judged.map((j) => `${j.method.split(' (')[0]} ${(j.medianMs / oursMs).toFixed(0)}× slower, ${j.correct}/${matches.length} right as top hit`).join('; ')}.`;
  return {
    summary,
    section: {
      title: '4. Against general search libraries',
      method: `The ${matches.length} corpus pages labelled \`match\`, resolved against the real dataset (${events.length} exchanges). Libraries index one text per exchange (occasionDetail, summary, terms, quoted phrases, readout titles and coverage headlines) and are queried with the extracted headline + lead; ours gets the same extracted article (plus its date and body, which is the point of it). Ours is counted correct only if the page also passes the gate. Times in ms, median [IQR]; ours and MiniSearch ${runs} runs per article, Fuse.js 1.`,
      columns: ['method', 'index build (ms)', 'per article (ms)', 'event accuracy, top hit', 'event accuracy at equal false matches', `false matches on ${negatives.length} non-matching pages`],
      rows,
      notes: [
        `"Non-matching pages" are the ${negatives.length} corpus pages labelled none or topic that pass our gate, i.e. what a resolver would be asked about. Each library's cut-off is the score that lets through no more of them than ours matches (${oursFalse}).`,
        ...judged.map((j) => `${j.method}: ${j.wrong} wrong top hit(s), ${j.wrongSameOccasion} of them another exchange of the same occasion (the libraries see no date).`),
      ],
    },
  };
}
