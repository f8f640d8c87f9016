/**
 * Content script entry. Cheap on every page: it reads the title and a few meta tags,
 * and stops there unless they name North Korea, Kim or Xi. Only a page that also passes
 * the opening-text check is extracted and sent to the background, which resolves it.
 *
 * On other pages it does not touch the extension API at all: Chromium charges about
 * 0.7 ms the first time a content script reads `chrome.runtime` (measured in the
 * benchmark), more than the whole gate. The message listener is added only on candidate
 * pages or once the sidebar is opened; the toolbar button reaches other pages through
 * `__lipsAndTeethToggle`, which the background calls with scripting.executeScript.
 */
import { parseBackgroundMessage, type TabState } from '../../shared/messages';
import { extractPage, passesGate } from './extract';
import { guarded, signal } from './lifecycle';
import { watchNavigation } from './navigation-watch';
import { api } from './runtime';
import type { createSidebarFrame, SidebarFrame } from './sidebar-frame';

// Isolated-world flag: a second injection of this same script (e.g. programmatic) does nothing.
const world = globalThis as { __lipsAndTeeth?: boolean; __lipsAndTeethUi?: typeof createSidebarFrame; __lipsAndTeethToggle?: () => void };

let frame: SidebarFrame | null = null;
let reported = false;
let listening = false;

/** Starts answering the background (toggle, close, selection); only once there is something to answer for. */
function listen(): void {
  if (listening || signal.aborted) return;
  listening = true;
  try {
    api.runtime?.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => {
      try {
        api.runtime?.onMessage.removeListener(onMessage);
      } catch {
        // The runtime may already be gone after an update; nothing left to remove.
      }
    });
  } catch {
    listening = false;
  }
}

/** The sidebar UI lives in ui.js, which the background injects on first need. */
async function sidebar(): Promise<SidebarFrame | null> {
  if (frame) return frame;
  listen();
  if (!world.__lipsAndTeethUi) await guarded(() => api.runtime!.sendMessage({ type: 'content/load-ui' }));
  if (!world.__lipsAndTeethUi || signal.aborted) return null;
  frame ??= world.__lipsAndTeethUi(signal);
  return frame;
}

/** What the toolbar button and the keyboard command do, by message or through executeScript. */
const toggle = (): void => void sidebar().then((f) => f?.toggle());

async function detect(): Promise<void> {
  if (!passesGate(document)) return clearIfReported();
  listen();
  const page = extractPage(document, location.href);
  const state = (await guarded(() => api.runtime!.sendMessage({ type: 'content/detected', page }))) as TabState | undefined;
  reported = true;
  if (state && (state.status === 'match' || state.status === 'topic')) {
    (await sidebar())?.showLauncher(state.status === 'match' ? 'Lips & Teeth · exchange found' : 'Lips & Teeth · Xi–Kim exchange');
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

function onMessage(message: unknown, _sender: unknown, respond: (r: unknown) => void): true | undefined {
  const m = parseBackgroundMessage(message);
  if (!m) return undefined;
  if (m.type === 'content/toggle-sidebar') toggle();
  else if (m.type === 'content/close-sidebar') frame?.close();
  else if (m.type === 'content/switch-side') frame?.switchSide();
  else if (m.type === 'content/get-selection') {
    respond({ text: String(getSelection() ?? '').trim().slice(0, 2000) });
    return true;
  }
  respond({ ok: true });
  return true;
}

function start(): void {
  if (world.__lipsAndTeeth || window !== window.top) return;
  world.__lipsAndTeeth = true;
  world.__lipsAndTeethToggle = toggle;
  watchNavigation(() => void run(), signal);
  void run();
}

async function run(): Promise<void> {
  try {
    await detect();
  } catch (error) {
    // A hostile or broken page must never see our errors; log once, quietly.
    console.debug('[Lips & Teeth] detection skipped:', error instanceof Error ? error.message : error);
  }
}

start();
