/**
 * The launcher button and the sidebar frame, inside a shadow root so the page's CSS
 * cannot reach them. The root is open (tests and assistive tools can walk it); a page
 * script could touch it, but could as well remove our host, and what matters is out of
 * its reach: the sidebar is an extension page in a cross-origin iframe, so the page can
 * neither read it nor hear its keystrokes.
 */
import { api, extensionAlive } from './runtime';

const HOST_TAG = 'lips-and-teeth-ui';
const PREFS_KEY = 'sidebarPrefs';
const MIN_WIDTH = 280;
const MAX_WIDTH = 720;
/** Past this many elements the sidebar covers the page instead of pushing it aside (see pushPage). */
const PUSH_LIMIT = 50_000;

interface Prefs {
  side: 'right' | 'left';
  width: number;
}

// Inline !important on the host beats any author rule aimed at it (e.g. `* { z-index: auto !important }`).
const HOST_STYLE = 'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important; visibility: visible !important; opacity: 1 !important; transform: none !important;';

const SHADOW_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.launcher { position: fixed; bottom: 24px; right: 16px; z-index: 2147483647; display: flex; align-items: center; gap: 6px;
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", sans-serif; color: #fff; background: #9b1c31; border: 2px solid #fff;
  border-radius: 20px; padding: 8px 12px; cursor: pointer; box-shadow: 0 2px 10px rgba(0,0,0,.3); }
.launcher.left { right: auto; left: 16px; }
.launcher:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.launcher[hidden] { display: none; }
.panel { position: fixed; top: 0; bottom: 0; right: 0; z-index: 2147483647; display: flex; background: #fff;
  box-shadow: -2px 0 16px rgba(0,0,0,.25); }
.panel.left { right: auto; left: 0; flex-direction: row-reverse; box-shadow: 2px 0 16px rgba(0,0,0,.25); }
.panel[hidden] { display: none; }
.grip { width: 6px; cursor: ew-resize; background: #ddd; border: 0; padding: 0; }
.grip:focus-visible { outline: 3px solid #ffbf47; }
iframe { border: 0; width: 100%; height: 100%; display: block; flex: 1; background: #fff; }
`;

export interface SidebarFrame {
  open(): void;
  close(): void;
  toggle(): void;
  isOpen(): boolean;
  switchSide(): void;
  showLauncher(label: string): void;
  destroy(): void;
}

/**
 * HTML elements even in an XML document (where `createElement` makes namespace-less elements
 * that cannot host a shadow root or render as buttons and frames).
 */
function make<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K];
function make(tag: string): HTMLElement;
function make(tag: string): HTMLElement {
  return document.createElementNS('http://www.w3.org/1999/xhtml', tag) as HTMLElement;
}

export function createSidebarFrame(signal: AbortSignal): SidebarFrame {
  // A host left by an older copy of this script (extension reloaded) is dead: replace it.
  document.querySelectorAll(HOST_TAG).forEach((el) => el.remove());
  const host = make(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  const style = make('style');
  style.textContent = SHADOW_CSS;
  const launcher = make('button');
  launcher.className = 'launcher';
  launcher.type = 'button';
  launcher.hidden = true;
  const panel = make('div');
  panel.className = 'panel';
  panel.hidden = true;
  panel.setAttribute('role', 'complementary');
  panel.setAttribute('aria-label', 'Lips & Teeth');
  const grip = make('button');
  grip.className = 'grip';
  grip.type = 'button';
  grip.setAttribute('aria-label', 'Resize the Lips & Teeth sidebar (arrow keys)');
  panel.append(grip);
  root.append(style, launcher, panel);

  let frame: HTMLIFrameElement | null = null;
  let prefs: Prefs = { side: 'right', width: 400 };
  let returnFocus: Element | null = null;
  const html = document.documentElement;
  const savedMargin = { prop: '', value: '', priority: '' };

  void api.storage?.local.get(PREFS_KEY).then((stored) => {
    const p = stored[PREFS_KEY] as Partial<Prefs> | undefined;
    if (p && (p.side === 'left' || p.side === 'right') && typeof p.width === 'number') prefs = { side: p.side, width: clampWidth(p.width) };
    applyLayout();
  }).catch(() => undefined);

  function clampWidth(w: number): number {
    return Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w, window.innerWidth * 0.6)));
  }

  /** Pushes the page aside instead of covering the article. */
  function pushPage(on: boolean): void {
    const prop = prefs.side === 'right' ? 'margin-right' : 'margin-left';
    if (savedMargin.prop) html.style.setProperty(savedMargin.prop, savedMargin.value, savedMargin.priority);
    savedMargin.prop = '';
    // An XML document's root has no inline style. Re-laying out a huge page at a new width froze
    // a 160,000-element test page for 6 s: such pages are covered instead.
    if (!on || !html.style || document.getElementsByTagName('*').length > PUSH_LIMIT) return;
    savedMargin.prop = prop;
    savedMargin.value = html.style.getPropertyValue(prop);
    savedMargin.priority = html.style.getPropertyPriority(prop);
    html.style.setProperty(prop, `${prefs.width}px`, 'important');
  }

  function applyLayout(): void {
    panel.classList.toggle('left', prefs.side === 'left');
    launcher.classList.toggle('left', prefs.side === 'left');
    panel.style.width = `${prefs.width}px`;
    if (!panel.hidden) pushPage(true);
  }

  function savePrefs(): void {
    void api.storage?.local.set({ [PREFS_KEY]: prefs }).catch(() => undefined);
  }

  /**
   * Mounted on <html>, after <body>: a single-page site that rewrites its body does not take us
   * with it, a frameset document (whose `document.body` is the <frameset>) still shows us, and a
   * fixed header at the top z-index inside <body> paints below us (equal z-index: later in tree order wins).
   */
  function mount(): void {
    if (host.isConnected) return;
    document.documentElement.append(host);
    // A page that removes our host is not fought (no re-mount loop): the panel counts as
    // closed and the page gets its margin back. It comes back only when asked for again.
    const watch = new MutationObserver(() => {
      if (host.isConnected) return;
      watch.disconnect();
      panel.hidden = true;
      pushPage(false);
    });
    watch.observe(document.documentElement, { childList: true });
  }

  function open(): void {
    // The extension was reloaded or updated under this tab: this copy is dead, so its launcher goes.
    if (!extensionAlive()) return destroy();
    mount();
    if (!frame) {
      frame = make('iframe');
      frame.title = 'Lips & Teeth';
      frame.src = api.runtime?.getURL('sidebar/sidebar.html') ?? 'about:blank';
      // Focus can only move into the frame once its document exists.
      frame.addEventListener('load', () => !panel.hidden && frame?.focus(), { signal });
      panel.append(frame);
    }
    // Focus inside our shadow root shows as the host from outside; remember what really had it.
    returnFocus = document.activeElement === host ? root.activeElement : document.activeElement;
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    applyLayout();
    frame.focus();
  }

  function close(): void {
    if (panel.hidden) return;
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    pushPage(false);
    const target = returnFocus instanceof HTMLElement && returnFocus.isConnected ? returnFocus : launcher.hidden ? null : launcher;
    target?.focus();
  }

  launcher.addEventListener('click', () => (panel.hidden ? open() : close()), { signal });

  // Resizing: drag the grip, or use the arrow keys on it.
  grip.addEventListener('pointerdown', (down) => {
    grip.setPointerCapture(down.pointerId);
    frame?.style.setProperty('pointer-events', 'none');
    const move = (e: PointerEvent) => {
      prefs.width = clampWidth(prefs.side === 'right' ? window.innerWidth - e.clientX : e.clientX);
      applyLayout();
    };
    const up = () => {
      grip.removeEventListener('pointermove', move);
      frame?.style.removeProperty('pointer-events');
      savePrefs();
    };
    grip.addEventListener('pointermove', move, { signal });
    grip.addEventListener('pointerup', up, { once: true, signal });
  }, { signal });
  grip.addEventListener('keydown', (e) => {
    const grow = (e.key === 'ArrowLeft') === (prefs.side === 'right');
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    prefs.width = clampWidth(prefs.width + (grow ? 24 : -24));
    applyLayout();
    savePrefs();
  }, { signal });

  const destroy = () => {
    pushPage(false);
    host.remove();
  };
  signal.addEventListener('abort', destroy, { once: true });

  return {
    open,
    close,
    toggle: () => (panel.hidden ? open() : close()),
    isOpen: () => !panel.hidden,
    switchSide() {
      pushPage(false);
      prefs.side = prefs.side === 'right' ? 'left' : 'right';
      applyLayout();
      savePrefs();
    },
    showLauncher(label: string) {
      launcher.textContent = label;
      launcher.setAttribute('aria-label', `${label}: open the Lips & Teeth sidebar`);
      launcher.setAttribute('aria-expanded', String(!panel.hidden));
      launcher.hidden = false;
      mount();
    },
    destroy,
  };
}

/** Lets the sidebar switch sides: called when the reader changes it in the sidebar. */
export const SIDEBAR_PREFS_KEY = PREFS_KEY;
