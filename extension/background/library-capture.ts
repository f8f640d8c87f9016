/**
 * Keeping an article's wording: the outlet, headline, date, address, language and quoted
 * phrases of an article that resolves to an exchange, stored as one of its stories unless it
 * is among the exchange's sources already. By the sidebar's button, or for every matched
 * article when the reader turned the setting on.
 */
import browser from '../../shared/browser';
import type { ArticleFacts } from '../../shared/detector/article';
import { decideTopic } from '../../shared/detector/topic';
import { coverageProblems } from '../../shared/dataset/validate';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import { coverageFromArticle } from '../../shared/library/draft';
import type { CapturedSource } from '../../shared/library/library-schema';
import type { LibraryErrorCode } from '../../shared/library/library-messages';
import { isAmongSources } from '../../shared/library/sources';
import type { TabState } from '../../shared/messages';
import { commit, exchangeIn, readSettings, sourceId, sourcesOf } from '../../shared/storage/library-db';
import { bundledRecord } from './bundled-record';
import { libraryFailure } from './library-errors';

export type CaptureResult = { kept: CapturedSource | null; undoId: string | null };

export class CaptureRefused extends Error {
  constructor(readonly code: LibraryErrorCode, message: string) {
    super(message);
  }
}

/** Keeps the article's wording for the exchange (or the bundled one a reader's exchange was linked to). */
export async function captureArticle(article: ArticleFacts, eventId: string, auto: boolean, now = Date.now()): Promise<CaptureResult> {
  const coverage = coverageFromArticle(article, decideTopic(article).sender);
  const problem = coverageProblems('this article', coverage)[0];
  if (problem) throw new CaptureRefused('invalid', `This article's wording cannot be kept: ${problem}.`);
  const bundled = await bundledRecord();
  const { result, undoId } = await commit<{ kept: CapturedSource | null } | null>(async (tx) => {
    const own = await exchangeIn(tx, eventId);
    const target = own?.linkedTo ?? eventId;
    const event: ExchangeEvent | undefined = own && !own.linkedTo ? own.event : bundled.byId(target);
    if (!event) return { change: {}, result: null };
    const kept = await sourcesOf(tx, target);
    if (isAmongSources(event, article.url, kept.map((s) => s.coverage))) return { change: {}, result: { kept: null } };
    const source: CapturedSource = { id: sourceId(), eventId: target, coverage, capturedAt: now, auto };
    return { change: { sources: { put: [source] } }, result: { kept: source } };
  }, now);
  if (!result) throw new CaptureRefused('gone', `The exchange ${eventId} is not in the record any more.`);
  return { kept: result.kept, undoId };
}

const ERROR_KEY = 'library:auto-capture-error';

/** After detection: keep the wording of a matched article when the reader asked for that. A failure is kept for the pages to show. */
export async function autoCapture(article: ArticleFacts, state: TabState): Promise<void> {
  if (state.status !== 'match' || !state.eventId) return;
  try {
    if (!(await readSettings()).autoCapture) return;
    await captureArticle(article, state.eventId, true);
    await browser.storage.session.remove(ERROR_KEY);
  } catch (error) {
    const failure = error instanceof CaptureRefused ? { code: error.code, error: error.message } : libraryFailure(error);
    await browser.storage.session.set({ [ERROR_KEY]: { ...failure, url: article.url, at: Date.now() } }).catch(() => undefined);
  }
}

/** The last automatic capture that failed, if the reader has not seen a success since. */
export async function lastAutoCaptureError(): Promise<{ code: LibraryErrorCode; error: string; url: string } | null> {
  const items: Record<string, unknown> = await browser.storage.session.get(ERROR_KEY).catch(() => ({}));
  const stored = items[ERROR_KEY] as { code?: LibraryErrorCode; error?: string; url?: string } | undefined;
  return stored?.code && stored.error ? { code: stored.code, error: stored.error, url: stored.url ?? '' } : null;
}
