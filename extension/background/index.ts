/**
 * Background (Chrome service worker / Firefox event page). Every listener is registered
 * synchronously at load, because the browser may start this script only to deliver one
 * event (STYLE.md point 6). State lives in storage.session and IndexedDB, never in variables alone.
 */
import browser, { type MessageSender } from '../../shared/browser';
import { toArticle } from '../../shared/detector/article';
import { isEventId, parseContentMessage, type PageToBackground } from '../../shared/messages';
import { highlightHandlers } from './highlights';
import { callToggle, forgetExtractor, injectExtractor, injectUi } from './injection';
import { onTabUpdated } from './navigation';
import { readPick, savePick } from './event-picks';
import { notesHandlers } from './notes-handlers';
import { libraryHandlers } from './library-handlers';
import { autoCapture } from './library-capture';
import { ensureReconciled } from './library-catch-up';
import { resolveArticle } from './resolver';
import { fromOurContentScript, fromOurPage } from './senders';
import { clearTabState, readTabState, saveTabState } from './tab-state';

const SELF = { id: browser.runtime.id, origin: browser.runtime.getURL('') };

/**
 * The toolbar button and the keyboard command, on any page: a tab with an extractor
 * answers the message; any other (a page that was not a candidate, or one opened before
 * the extension was installed) gets the extractor first, which then opens the sidebar.
 */
async function toggleSidebar(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const delivered = await browser.tabs.sendMessage(tabId, { type: 'content/toggle-sidebar' }, { frameId: 0 }).then(() => true, () => false);
  if (delivered) return;
  try {
    await injectExtractor(tabId, (await browser.tabs.get(tabId)).url);
    if (await callToggle(tabId)) return;
  } catch {
    // A page the extension may not touch (browser pages, the web store): fall through.
  }
  await browser.runtime.openOptionsPage();
}

type Handler = (message: Record<string, unknown>, sender: MessageSender) => Promise<unknown>;

const pageHandlers: Record<PageToBackground['type'], Handler> = {
  'sidebar/get-tab': async (_m, sender) => {
    if (sender.tab?.id === undefined) return { state: null, article: null };
    const info = await readTabState(sender.tab.id);
    // A quote chosen from the context menu is handed over once, then forgotten.
    const key = `quote:${sender.tab.id}`;
    const quote = (await browser.storage.session.get(key))[key];
    if (typeof quote === 'string') await browser.storage.session.remove(key);
    const pick = info.state ? await readPick(info.state.url) : undefined;
    return { ...info, ...(typeof quote === 'string' ? { quote } : {}), ...(pick ? { pick } : {}) };
  },
  'sidebar/pick-event': async (m, sender) => {
    const state = sender.tab?.id === undefined ? null : (await readTabState(sender.tab.id)).state;
    if (!state || !isEventId(m.eventId)) return { ok: false, error: 'Nothing to choose on this page.' };
    await savePick(state.url, m.eventId);
    return { ok: true };
  },
  'sidebar/switch-side': async (_m, sender) => {
    if (sender.tab?.id !== undefined) await browser.tabs.sendMessage(sender.tab.id, { type: 'content/switch-side' }).catch(() => undefined);
    return { ok: true };
  },
  'sidebar/close': async (_m, sender) => {
    if (sender.tab?.id !== undefined) await browser.tabs.sendMessage(sender.tab.id, { type: 'content/close-sidebar' }).catch(() => undefined);
    return { ok: true };
  },
  'sidebar/get-selection': async (_m, sender) => {
    if (sender.tab?.id === undefined) return { text: '' };
    return browser.tabs.sendMessage(sender.tab.id, { type: 'content/get-selection' }).catch(() => ({ text: '' }));
  },
  'notes/open-page': async () => {
    await browser.runtime.openOptionsPage();
    return { ok: true };
  },
  'explorer/open': async (m) => {
    await openExplorer(m.hash);
    return { ok: true };
  },
  ...notesHandlers,
  ...highlightHandlers,
  ...libraryHandlers,
};

browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
  const content = parseContentMessage(message);
  if (content && fromOurContentScript(sender, SELF)) {
    const tabId = sender.tab!.id!;
    if (content.type === 'content/candidate') {
      // The gate runs in top frames only; it passed on the title and head of a new document.
      if (sender.frameId !== 0) return undefined;
      return injectExtractor(tabId, sender.url ?? sender.tab?.url).then(() => ({ ok: true }), () => ({ ok: false }));
    }
    if (content.type === 'content/detected') {
      const article = toArticle(content.page);
      return resolveArticle(article).then(async (state) => {
        await saveTabState(tabId, state, article);
        // The reader's library keeps the article's wording when they turned that on (never blocks the answer).
        void autoCapture(article, state);
        return state;
      });
    }
    if (content.type === 'content/load-ui') return injectUi(tabId).then(() => ({ ok: true }));
    return clearTabState(tabId).then(() => ({ ok: true }));
  }
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  // Own keys only: a type such as "toString" must not find Object.prototype's.
  const handler = typeof type === 'string' && Object.hasOwn(pageHandlers, type) ? pageHandlers[type as PageToBackground['type']] : undefined;
  if (handler && fromOurPage(sender, SELF)) return handler(message as Record<string, unknown>, sender);
  // Not ours, or not from a sender allowed to send it: no answer, so other listeners are not pre-empted.
  return undefined;
});

browser.action.onClicked.addListener((tab) => void toggleSidebar(tab.id));
// The same path, reachable from the service worker's console (and from the browser tests,
// which cannot click the toolbar of a headless browser).
(globalThis as { lipsAndTeethToggle?: typeof toggleSidebar }).lipsAndTeethToggle = toggleSidebar;

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-sidebar') return;
  if (tab?.id !== undefined) void toggleSidebar(tab.id);
  else void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => toggleSidebar(active?.id));
});

// A new page load in a tab makes its old result stale; the extractor reports the new one.
// URL and title changes without a load (single-page sites, infinite scroll): navigation.ts.
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === 'loading' && change.url !== undefined) void clearTabState(tabId);
  void onTabUpdated(tabId, change, tab).catch(() => undefined);
});
browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabState(tabId);
  void forgetExtractor(tabId);
});

/** Opens the explorer in a new tab; `hash` is used only when it is an explorer route ("#/…", no scheme can hide in it). */
async function openExplorer(hash: unknown): Promise<void> {
  const route = typeof hash === 'string' && /^#\/[^\s]{0,2000}$/.test(hash) ? hash : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`explorer/explorer.html${route}`) });
}

const MENU_NOTES = 'lips-and-teeth-open-notes';
const MENU_EXPLORER = 'lips-and-teeth-open-explorer';
const MENU_QUOTE = 'lips-and-teeth-quote';
const MENU_LIBRARY = 'lips-and-teeth-library';
browser.runtime.onInstalled.addListener(() => {
  // A new version may bundle exchanges the reader added: link them before anything shows them twice.
  void ensureReconciled();
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_NOTES, title: browser.i18n.getMessage('menuOpenNotes') || 'Open Lips & Teeth notes', contexts: ['action'] });
    browser.contextMenus.create({ id: MENU_EXPLORER, title: browser.i18n.getMessage('menuOpenExplorer') || 'Browse every Xi–Kim exchange', contexts: ['action'] });
    browser.contextMenus.create({ id: MENU_LIBRARY, title: browser.i18n.getMessage('menuLibrary') || 'Your Lips & Teeth library', contexts: ['action'] });
    browser.contextMenus.create({ id: MENU_QUOTE, title: browser.i18n.getMessage('menuQuote') || 'Quote in a Lips & Teeth note', contexts: ['selection'] });
  });
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_NOTES) void browser.runtime.openOptionsPage();
  if (info.menuItemId === MENU_EXPLORER) void openExplorer('');
  if (info.menuItemId === MENU_LIBRARY) void browser.tabs.create({ url: browser.runtime.getURL('library/library.html') });
  if (info.menuItemId === MENU_QUOTE && tab?.id !== undefined) {
    // The sidebar picks the quote up from session storage when it opens.
    void browser.storage.session.set({ [`quote:${tab.id}`]: (info.selectionText ?? '').slice(0, 2000) }).then(() => openSidebar(tab.id!));
  }
});

/** Opens the sidebar (closing and reopening it if open, so it reads the new quote). */
async function openSidebar(tabId: number): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'content/close-sidebar' }).catch(() => undefined);
  await toggleSidebar(tabId);
}
