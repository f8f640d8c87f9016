/**
 * extract.js: injected by the background into a tab whose title or head named North
 * Korea, Kim or Xi (the declared gate, content.js, or the background itself after a
 * single-page navigation), or whose sidebar the reader asked for. It runs the gate's
 * second stage (the opening text), extracts a page that passes, sends it to the
 * background, and answers the background (toggle, close, selection, navigation).
 * When the extension is reloaded or updated under the tab, its first failing call shuts
 * it down (lifecycle.ts): the UI is unmounted and the listener removed, silently.
 *
 * It hangs no observer, timer or navigation watch on the page: the background learns
 * URL and title changes from the browser (tabs.onUpdated) and says `content/navigated`.
 */
import { parseBackgroundMessage, type TabState } from '../../shared/messages';
import { extractPage, passesGate } from './extract';
import { guarded, signal } from './lifecycle';
import { api, extensionAlive } from './runtime';
import type { createSidebarFrame, SidebarFrame } from './sidebar-frame';

/** What a running copy leaves in the isolated world, so a second injection reuses it. */
interface Extractor {
  toggle(): void;
  navigated(): void;
  alive(): boolean;
}

const world = globalThis as { __lipsAndTeethExtractor?: Extractor; __lipsAndTeethUi?: typeof createSidebarFrame };

// Let a single-page site finish rendering the new article before it is read.
const SETTLE_MS = 400;

let frame: SidebarFrame | null = null;
let reported = false;
/** URL and title at the last detection, to tell a real navigation from a repeated notice. */
let seen = '';
let lastPassed = false;
let settle: ReturnType<typeof setTimeout> | undefined;

/** The sidebar UI lives in ui.js, which the background injects on first need. */
async function sidebar(): Promise<SidebarFrame | null> {
  if (frame) return frame;
  if (!world.__lipsAndTeethUi) await guarded(() => api.runtime!.sendMessage({ type: 'content/load-ui' }));
  if (!world.__lipsAndTeethUi || signal.aborted) return null;
  frame ??= world.__lipsAndTeethUi(signal);
  return frame;
}

/** What the toolbar button and the keyboard command do, by message or through executeScript. */
const toggle = (): void => void sidebar().then((f) => f?.toggle());

async function detect(): Promise<void> {
  seen = `${location.href}\n${document.title}`;
  lastPassed = passesGate(document);
  if (!lastPassed) return clearIfReported();
  const page = extractPage(document, location.href);
  const state = (await guarded(() => api.runtime!.sendMessage({ type: 'content/detected', page }))) as TabState | undefined;
  reported = true;
  if (state && (state.status === 'match' || state.status === 'topic')) {
    (await sidebar())?.showLauncher(state.status);
  } else if (frame && !frame.isOpen()) {
    frame.destroy();
    frame = null;
  }
}

async function clearIfReported(): Promise<void> {
  if (!reported) return;
  reported = false;
  await guarded(() => api.runtime!.sendMessage({ type: 'content/cleared', url: location.href }));
  if (frame && !frame.isOpen()) {
    frame.destroy();
    frame = null;
  }
}

/**
 * The background saw the tab's URL or title change without a page load. Detect again once
 * the site has settled, if the address or title really changed, or if the page did not
 * pass the gate last time (injected on a new title before the site had rendered the story).
 */
function navigated(): void {
  clearTimeout(settle);
  settle = setTimeout(() => {
    if (signal.aborted || (lastPassed && seen === `${location.href}\n${document.title}`)) return;
    void run();
  }, SETTLE_MS);
}

function onMessage(message: unknown, _sender: unknown, respond: (r: unknown) => void): true | undefined {
  const m = parseBackgroundMessage(message);
  if (!m) return undefined;
  if (m.type === 'content/toggle-sidebar') toggle();
  else if (m.type === 'content/navigated') navigated();
  else if (m.type === 'content/close-sidebar') frame?.close();
  else if (m.type === 'content/switch-side') frame?.switchSide();
  else if (m.type === 'content/get-selection') {
    respond({ text: String(getSelection() ?? '').trim().slice(0, 2000) });
    return true;
  }
  respond({ ok: true });
  return true;
}

function listen(): void {
  try {
    api.runtime?.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => {
      clearTimeout(settle);
      try {
        api.runtime?.onMessage.removeListener(onMessage);
      } catch {
        // The runtime may already be gone after an update; nothing left to remove.
      }
    });
  } catch {
    // No runtime to listen to: this copy is already orphaned.
  }
}

async function run(): Promise<void> {
  try {
    await detect();
  } catch (error) {
    // A hostile or broken page must never see our errors; log once, quietly.
    console.debug('[Lips & Teeth] detection skipped:', error instanceof Error ? error.message : error);
  }
}

function start(): void {
  if (window !== window.top) return;
  // Injected again into a page that has a live copy (a race between the gate and a
  // navigation, or the toolbar): that copy just looks again. A copy orphaned by an
  // extension reload is replaced (sidebar-frame.ts removes its host).
  const running = world.__lipsAndTeethExtractor;
  if (running?.alive()) return running.navigated();
  world.__lipsAndTeethExtractor = { toggle, navigated, alive: () => !signal.aborted && extensionAlive() };
  listen();
  void run();
}

start();
