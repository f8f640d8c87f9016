/**
 * Quotes on the page: when a page the reader has quoted from finishes loading, its quoted
 * passages are found again and highlighted (highlight.js, injected only into such tabs);
 * which quotes could not be found is kept per tab in storage.session for the sidebar.
 * Also takes a quote with its context when the reader quotes from the sidebar. The
 * listener is registered at load, because the worker may be started just for the event.
 */
import browser, { type MessageSender } from '../../shared/browser';
import { isCapturedQuote, type AnchorReport, type CapturedQuote, type HighlightToBackground } from '../../shared/messages';
import { notesForPage } from '../../shared/storage/notes-db';
import type { Highlighter } from '../content/highlighter-entry';
import { HIGHLIGHT_PREFIX } from '../../shared/anchoring/highlight-name';

/**
 * The highlight's look, for a name the page cannot know in advance. Dark text on light
 * yellow reads on any page. The underline comes from a user-origin sheet, which no page
 * rule can override; the colours from an author-origin one, because Chromium (156) paints
 * no background or colour a user-origin ::highlight() rule gives (its underline it does).
 */
const underline = (name: string) => `::highlight(${name}) { text-decoration: underline 2px #b45309 !important; }`;
const colours = (name: string) => `::highlight(${name}) { background-color: #ffe58a !important; color: #1d1f23 !important; }`;
const anchorsKey = (tabId: number) => `anchors:${tabId}`;
const isWebPage = (url: string | undefined): url is string => typeof url === 'string' && /^https?:\/\//.test(url);

/** Runs one highlighter function in the tab's top frame, injecting highlight.js first (it ignores a second run). */
async function callHighlighter<K extends keyof Highlighter>(tabId: number, name: K, arg: Parameters<Highlighter[K]>[0] | null): Promise<unknown> {
  const target = { tabId, frameIds: [0] };
  await browser.scripting.executeScript({ target, files: ['highlight.js'] });
  const [result] = await browser.scripting.executeScript({
    target,
    // Serialised into the tab: it may use nothing but its arguments and the page's globals.
    func: (fn: unknown, value: unknown) => {
      const h = (globalThis as unknown as { __lipsAndTeethHighlighter?: Record<string, (v: unknown) => unknown> }).__lipsAndTeethHighlighter;
      return h && typeof fn === 'string' ? (h[fn]?.(value ?? undefined) ?? null) : null;
    },
    args: [name, arg],
  });
  return result?.result;
}

/** Highlights the quotes of the notes taken on this page; null when there are none. */
export async function highlightTab(tabId: number, url: string): Promise<AnchorReport | null> {
  const quoted = (await notesForPage(url)).filter((n) => n.quote);
  if (!quoted.length) {
    await browser.storage.session.remove(anchorsKey(tabId));
    return null;
  }
  const name = `${HIGHLIGHT_PREFIX}${crypto.randomUUID().slice(0, 8)}`;
  const target = { tabId, frameIds: [0] };
  await browser.scripting.insertCSS({ target, css: underline(name), origin: 'USER' });
  await browser.scripting.insertCSS({ target, css: colours(name), origin: 'AUTHOR' });
  const quotes = quoted.map((n) => ({ id: n.id, quote: n.quote!, prefix: n.quoteContext?.prefix ?? '', suffix: n.quoteContext?.suffix ?? '' }));
  const answer = await callHighlighter(tabId, 'highlightQuotes', { quotes, name });
  const found = new Set(Array.isArray(answer) ? answer.filter((r): r is { id: string; found: true } => r?.found === true && typeof r.id === 'string').map((r) => r.id) : []);
  const report: AnchorReport = { url, found: quotes.filter((q) => found.has(q.id)).map((q) => q.id), missing: quotes.filter((q) => !found.has(q.id)).map((q) => q.id) };
  await browser.storage.session.set({ [anchorsKey(tabId)]: report });
  return report;
}

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'complete' || !isWebPage(tab.url)) return;
  // A page the extension may not script (the web store, a PDF viewer) just stays as it is.
  void highlightTab(tabId, tab.url).catch(() => undefined);
});
browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(anchorsKey(tabId)));

type Handler = (message: Record<string, unknown>, sender: MessageSender) => Promise<unknown>;
const failed = (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) });

/** Sidebar requests about its own tab's page; a sender outside a tab gets a refusal. */
export const highlightHandlers: Record<HighlightToBackground['type'], Handler> = {
  'sidebar/capture-quote': async (m, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, error: 'not in a tab' };
    const words = typeof m.quote === 'string' && m.quote.trim() ? m.quote.slice(0, 10_000) : null;
    try {
      const captured = await callHighlighter(tabId, words ? 'describeText' : 'describeSelection', words);
      return { ok: true, quote: isCapturedQuote(captured) ? (captured satisfies CapturedQuote) : null };
    } catch (error) {
      return failed(error);
    }
  },
  'sidebar/page-author': async (_m, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, error: 'not in a tab' };
    try {
      const author = await callHighlighter(tabId, 'pageAuthor', null);
      return { ok: true, author: typeof author === 'string' && author.length <= 300 ? author : undefined };
    } catch (error) {
      return failed(error);
    }
  },
  'notes/anchors': async (_m, sender) => {
    const tabId = sender.tab?.id;
    const url = sender.tab?.url;
    if (tabId === undefined || !isWebPage(url)) return { ok: false, error: 'not in a tab' };
    try {
      return { ok: true, ...((await highlightTab(tabId, url)) ?? { url, found: [], missing: [] }) };
    } catch (error) {
      return failed(error);
    }
  },
};
