/**
 * content.js, the one script the manifest declares: it runs on every page the reader
 * opens, so it is only the gate's first stage. It reads the title and a few meta tags in
 * <head> and tests them against one pattern compiled at build time (virtual:gate-pattern,
 * from shared/detector/gate-vocabulary.json). On any other page it stops there: no timers,
 * no observers, no listeners, not even a read of the extension API (Chromium charges about
 * 0.7 ms for the first touch of `chrome.runtime`, several times the gate itself).
 *
 * On a candidate page it tells the background, which injects the extractor (extract.js)
 * into this tab. Single-page navigation is learned by the background from the browser
 * (tabs.onUpdated), not by watching here. Budget: 2 KB minified (scripts/budgets.json).
 */
import FIRST_STAGE from 'virtual:gate-pattern';
import { titleAndMeta } from './head-text';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

if (FIRST_STAGE.test(titleAndMeta(document).replace(/\s+/g, ' '))) {
  const g = globalThis as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  try {
    // The answer does not matter: the background injects the extractor, which reports itself.
    void (g.browser ?? g.chrome)?.runtime.sendMessage({ type: 'content/candidate' })?.catch(() => undefined);
  } catch {
    // The extension was reloaded under this page: this copy has nothing to report to.
  }
}
