/** The dataset index, built once when the background starts (a few ms for the bundled dataset). */
import { EVENTS } from '../../shared/dataset';
import { ExchangeIndex } from '../../shared/detector/resolve';
import type { ArticleFacts } from '../../shared/detector/article';
import type { TabState } from '../../shared/messages';

let index: ExchangeIndex | null = null;

export function resolveArticle(article: ArticleFacts): TabState {
  index ??= new ExchangeIndex(EVENTS);
  const r = index.resolve(article);
  const state: TabState = { url: article.url, status: r.status };
  if (r.eventId) state.eventId = r.eventId;
  if (r.confidence !== undefined && r.status !== 'none') state.confidence = r.confidence;
  return state;
}
