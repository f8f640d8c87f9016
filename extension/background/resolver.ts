/**
 * Resolution in the background. The index of the bundled dataset is computed at build
 * time (data/resolver-index.json), so a worker that was just started only fetches and
 * parses it before answering the first candidate page.
 */
import browser from '../../shared/browser';
import type { ArticleFacts } from '../../shared/detector/article';
import { ExchangeIndex, type IndexRecord } from '../../shared/detector/resolve';
import type { TabState } from '../../shared/messages';

let bundled: Promise<ExchangeIndex> | null = null;

function bundledIndex(): Promise<ExchangeIndex> {
  bundled ??= fetch(browser.runtime.getURL('data/resolver-index.json'))
    .then((r) => r.json() as Promise<IndexRecord[]>)
    .then((records) => new ExchangeIndex(records))
    .catch((error: unknown) => {
      // Try again on the next page rather than keep a failed load for the worker's lifetime.
      bundled = null;
      throw error;
    });
  return bundled;
}

export async function resolveArticle(article: ArticleFacts): Promise<TabState> {
  const r = (await bundledIndex()).resolve(article);
  const state: TabState = { url: article.url, status: r.status };
  if (r.eventId) state.eventId = r.eventId;
  if (r.confidence !== undefined && r.status !== 'none') state.confidence = r.confidence;
  return state;
}
