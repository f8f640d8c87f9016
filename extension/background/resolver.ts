/**
 * Resolution in the background. The index of the bundled dataset is computed at build
 * time (data/resolver-index.json and data/resolver-terms.txt, see PackedIndex), so a worker
 * that was just started only parses a few columns before answering the first candidate page;
 * each exchange's terms and phrases are decoded only when an article makes it a candidate.
 */
import browser from '../../shared/browser';
import type { ArticleFacts } from '../../shared/detector/article';
import { ExchangeIndex, type PackedIndex } from '../../shared/detector/resolve';
import type { TabState } from '../../shared/messages';
import { alongsideLibrary } from './library-resolver';

let bundled: Promise<ExchangeIndex> | null = null;

function bundledIndex(): Promise<ExchangeIndex> {
  const load = (path: string) => fetch(browser.runtime.getURL(path)).then((r) => (r.ok ? r : Promise.reject(new Error(`${path}: ${r.status}`))));
  bundled ??= Promise.all([
    load('data/resolver-index.json').then((r) => r.json() as Promise<PackedIndex>),
    // Kept as bytes: an exchange's terms and phrases are decoded when an article makes it a candidate.
    load('data/resolver-terms.txt').then((r) => r.arrayBuffer()),
  ])
    .then(([packed, text]) => new ExchangeIndex(packed, new Uint8Array(text)))
    .catch((error: unknown) => {
      // Try again on the next page rather than keep a failed load for the worker's lifetime.
      bundled = null;
      throw error;
    });
  return bundled;
}

export async function resolveArticle(article: ArticleFacts): Promise<TabState> {
  // The reader's own exchanges are consulted beside the bundled ones (library-resolver.ts).
  const r = await alongsideLibrary((await bundledIndex()).resolve(article), article);
  const state: TabState = { url: article.url, status: r.status };
  if (r.eventId) state.eventId = r.eventId;
  if (r.confidence !== undefined && r.status !== 'none') state.confidence = r.confidence;
  if (r.status === 'match' && r.level) state.level = r.level;
  // A probable match offers its close rivals (the leading one first), for the reader to pick from.
  if (r.level === 'probable' && r.rivals) state.candidates = r.rivals;
  return state;
}
