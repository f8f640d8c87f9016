/**
 * Section 3: how resolution time and the index's memory grow with the dataset: the real
 * dataset, then the real events plus synthetic ones up to each size.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ArticleFacts } from '../../shared/detector/article';
import { ExchangeIndex } from '../../shared/detector/resolve';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import type { Section } from './report';
import { fmt, median, num, summarize, timeSync } from './stats';
import { syntheticDataset } from './synthetic-dataset';

// A gc() of our own for heap readings, without asking every caller for --expose-gc.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export interface ScalePoint {
  events: number;
  perArticle: number;
  slowest: number;
}

export function scaleSection(real: readonly ExchangeEvent[], articles: readonly ArticleFacts[], sizes: readonly number[], runs: number): { section: Section; points: ScalePoint[] } {
  const points: ScalePoint[] = [];
  const rows: string[][] = [];
  for (const size of [real.length, ...sizes]) {
    const h0 = heapAfterGc();
    // A copy even of the real dataset, so every row measures a dataset it built itself.
    const events: ExchangeEvent[] = size === real.length ? structuredClone([...real]) : [...structuredClone([...real]), ...syntheticDataset(real, size - real.length, { seed: size })];
    const h1 = heapAfterGc();
    const index = ExchangeIndex.fromEvents(events);
    const h2 = heapAfterGc();
    const build = summarize(timeSync(() => ExchangeIndex.fromEvents(events), 3, 1));
    const perArticleMedians: number[] = [];
    const all: number[] = [];
    const undated: number[] = [];
    for (const a of articles) {
      const times = timeSync(() => index.resolve(a), runs, 2);
      perArticleMedians.push(median(times));
      all.push(...times);
      // An article without a date is matched against every exchange of its occasions, not a date window.
      if (a.published === null) undated.push(...times);
    }
    const summary = summarize(all);
    points.push({ events: size, perArticle: summary.median, slowest: Math.max(...perArticleMedians) });
    rows.push([
      `${size.toLocaleString('en')}${size === real.length ? ' (real)' : ''}`,
      `${num((h1 - h0) / 1048576)} MB`,
      `${num((h2 - h1) / 1048576)} MB`,
      fmt(build),
      fmt(summary),
      fmt(summarize(undated)),
      num(Math.max(...perArticleMedians)),
      `${(summary.median / points[0]!.perArticle).toFixed(1)}×`,
    ]);
  }
  const first = points[0]!;
  const last = points.at(-1)!;
  const growth = (a: number, b: number) => Math.log(b / a) / Math.log(last.events / first.events);
  const exponent = growth(first.perArticle, last.perArticle);
  const undatedCount = articles.filter((a) => a.published === null).length;
  return {
    points,
    section: {
      title: '3. Scale: resolution time and index memory against dataset size',
      method: `The ${articles.length} corpus pages that pass the gate (what reaches the background), resolved against the real dataset and against the real events plus synthetic ones (scripts/bench/synthetic-dataset.ts: dates spread over 2000–2026, kinds, occasions, terms and phrases drawn from the real dataset), in Node. Each article ${runs} times after 2 warm-up calls; time per article in ms, median [IQR] over all articles and runs. Heap from process.memoryUsage() after forced GC.`,
      columns: ['exchanges', 'dataset heap', 'index heap', 'index build (ms)', 'resolve per article (ms)', `undated articles only (${undatedCount})`, 'slowest article (ms)', 'growth of median'],
      rows,
      notes: [
        `Growth exponent from ${first.events} to ${last.events.toLocaleString('en')} exchanges: ${exponent.toFixed(2)} (1 = linear, below 1 = sublinear). Goal: sublinear, < 2 ms per article at 10,000 — ${exponent < 1 && last.perArticle < 2 ? 'met' : 'not met'} (${num(last.perArticle)} ms).`,
        `The slowest article's time grows with exponent ${growth(first.slowest, last.slowest).toFixed(2)} (${num(first.slowest)} → ${num(last.slowest)} ms); undated articles are matched against every exchange of their occasions, so they grow with the dataset.`,
        'Index build here is from the events (normalise every term and phrase, then pack): the build does it once for the bundled dataset, and a worker\'s cold start only loads the result (section 3b). The index heap is small because exchanges are materialised only when an article makes them candidates; resolving the articles above materialises more.',
        'Synthetic exchanges are denser than real ones (10,000 over 27 years is ~1 a day), so each article\'s date window holds many more candidates than it ever would; this is a stress case.',
      ],
    },
  };
}
