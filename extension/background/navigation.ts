/**
 * Single-page navigation, learned from the browser rather than watched for in every page:
 * `tabs.onUpdated` reports a tab's new URL (pushState, replaceState, hash) and new title
 * (a single-page site's new article, an infinite-scroll page retitled for the story in
 * view). Host permissions already give the background every http(s) tab's URL and title,
 * so this needs no further permission.
 *
 * A tab with an extractor is told (`content/navigated`) and looks again itself. Any other
 * tab's new title is tested here against the gate's first stage, and the extractor is
 * injected only if it passes: a page that is not a candidate is never touched.
 */
import browser, { type Tab } from '../../shared/browser';
import { firstStageMatches, foldTitle } from '../../shared/detector/first-stage';
import { extractorUrl, forgetExtractor, injectExtractor, rememberExtractorUrl } from './injection';

type Change = { url?: string; title?: string; status?: string };

export async function onTabUpdated(tabId: number, change: Change, tab: Tab): Promise<void> {
  // While a page loads, its declared gate runs on the new document: nothing to do here.
  // (Chromium also reports a pushState as "loading", then at once "complete" with the new URL.)
  if (tab.status !== 'complete' || !/^https?:/.test(tab.url ?? '')) return;
  if (change.url === undefined && change.title === undefined && change.status !== 'complete') return;
  const url = tab.url!;
  const injectedAt = await extractorUrl(tabId);
  if (injectedAt !== undefined) {
    // The load the gate has just reported: the extractor saw this very page.
    if (change.url === undefined && change.title === undefined && injectedAt === url) return;
    const delivered = await browser.tabs.sendMessage(tabId, { type: 'content/navigated' }, { frameId: 0 }).then(() => true, () => false);
    if (delivered) return rememberExtractorUrl(tabId, url);
    // A new document (a real page load) or an extractor orphaned by an update: start over.
    await forgetExtractor(tabId);
  }
  if (!firstStageMatches(foldTitle(tab.title ?? ''))) return;
  await injectExtractor(tabId, url).catch(() => undefined);
  // Injected on a new title, perhaps before the site rendered the story: it looks again once settled.
  await browser.tabs.sendMessage(tabId, { type: 'content/navigated' }, { frameId: 0 }).catch(() => undefined);
}
