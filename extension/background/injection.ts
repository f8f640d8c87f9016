/**
 * What the background injects into a tab, and where it knows the extractor runs. Only the
 * gate (content.js) is declared in the manifest; the extractor (extract.js) goes into a
 * candidate tab or one whose sidebar the reader asked for, and ui.js (launcher and sidebar
 * frame) when the extractor needs it. Both go into the top frame's content-script world
 * and ignore a second run.
 *
 * `extractor:<tabId>` in storage.session holds the URL the extractor was injected at (the
 * MV3 background forgets its variables when idle), so a later URL or title change in that
 * tab is told to the extractor instead of tested afresh (background/navigation.ts).
 */
import browser from '../../shared/browser';

const key = (tabId: number) => `extractor:${tabId}`;
const top = (tabId: number) => ({ tabId, frameIds: [0] });

export async function injectExtractor(tabId: number, url: string | undefined): Promise<void> {
  // Written first, so a tab update racing this injection finds it and does not inject again.
  await browser.storage.session.set({ [key(tabId)]: url ?? '' });
  try {
    await browser.scripting.executeScript({ target: top(tabId), files: ['extract.js'] });
  } catch (error) {
    await forgetExtractor(tabId);
    throw error;
  }
}

export async function injectUi(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: top(tabId), files: ['ui.js'] });
}

/** The URL the tab's extractor was injected at or last told about; undefined if it has none. */
export async function extractorUrl(tabId: number): Promise<string | undefined> {
  const value = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return typeof value === 'string' ? value : undefined;
}

export async function rememberExtractorUrl(tabId: number, url: string): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: url });
}

export async function forgetExtractor(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Calls the extractor's toggle in its own world; false when the tab has no live extractor. */
export async function callToggle(tabId: number): Promise<boolean> {
  const [result] = await browser.scripting.executeScript({
    target: top(tabId),
    func: () => {
      const extractor = (globalThis as { __lipsAndTeethExtractor?: { toggle(): void; alive(): boolean } }).__lipsAndTeethExtractor;
      if (!extractor?.alive()) return false;
      extractor.toggle();
      return true;
    },
  });
  return result?.result === true;
}
