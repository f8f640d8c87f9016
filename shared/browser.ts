/**
 * The one module that imports webextension-polyfill (STYLE.md, point 5): every
 * other extension page and the background take `browser` from here, so unit tests
 * can replace this module with a fake.
 *
 * The content script does not use it: its 8 KB budget cannot carry the polyfill,
 * and it needs only `runtime.sendMessage`/`onMessage` and `storage.local`, which
 * both browsers expose with promises on their native namespace (see
 * `extension/content/runtime.ts`).
 */
import browser from 'webextension-polyfill';

export type Browser = typeof browser;
export type Runtime = Browser['runtime'];
export type MessageSender = browser.Runtime.MessageSender;
export type Tab = browser.Tabs.Tab;
export default browser;
