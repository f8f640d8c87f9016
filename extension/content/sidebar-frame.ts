/**
 * The sidebar frame and the launcher, inside a shadow root so the page's CSS cannot reach
 * them. The root is open (tests and assistive tools can walk it); a page script could touch
 * it, but could as well remove our host, and what matters is out of its reach: the sidebar
 * is an extension page in a cross-origin iframe, so the page can neither read it nor hear
 * its keystrokes.
 *
 * Space on the page (layout.ts): the sidebar pushes the page aside while the article keeps at
 * least 360 px; on a narrower window (or zoomed in) it covers the page instead, with a tab to
 * collapse it to the window's edge. The launcher (launcher.ts) is a tab on the edge too.
 */
import { siteOf } from '../../shared/launcher-prefs';
import { button, make } from './dom';
import { createLauncher, LAUNCHER_CSS } from './launcher';
import { MAX_PANEL, MIN_PANEL, panelLayout } from './layout';
import { api, extensionAlive } from './runtime';
import { t } from './ui-text';

const HOST_TAG = 'lips-and-teeth-ui';
const PREFS_KEY = 'sidebarPrefs';
/** Past this many elements the sidebar covers the page instead of pushing it aside (see pushPage). */
const PUSH_LIMIT = 50_000;

interface Prefs {
  side: 'right' | 'left';
  width: number;
}

// Inline !important on the host beats any author rule aimed at it, even !important ones (e.g.
// `* { z-index: auto !important }`, or `:focus { outline: … !important }`, which the host matches
// while focus is inside our shadow root): `all: initial` also resets visibility, opacity,
// transform and outline, and the rest are set after it.
const HOST_STYLE = 'all:initial!important;position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;z-index:2147483647!important;display:block!important';

const SHADOW_CSS = `:host{all:initial}
*{box-sizing:border-box}
[hidden]{display:none!important}
:focus{outline:0}
:focus-visible{outline:3px solid #ffbf47;outline-offset:-3px}
.panel{position:fixed;top:0;bottom:0;right:0;display:flex;background:#fff;box-shadow:0 0 16px #0004}
.left{right:auto;left:0;flex-direction:row-reverse}
.grip{width:6px;cursor:ew-resize;background:#ddd;padding:0}
.fold{display:none;position:absolute;top:56px;right:100%;width:36px;height:52px;padding:0;background:#9b1c31;color:#fff;font:600 22px system-ui;
border:2px solid #fff;border-right:0;border-radius:8px 0 0 8px}
.left .fold{right:auto;left:100%;scale:-1 1}
.overlay .fold{display:block}
iframe{border:0;height:100%;flex:1;background:#fff;outline:0!important}
${LAUNCHER_CSS}`;

export interface SidebarFrame {
  open(): void;
  close(): void;
  toggle(): void;
  isOpen(): boolean;
  switchSide(): void;
  /** Shows the launcher for a page where an exchange was found (`match`) or one we do not hold (`topic`). */
  showLauncher(kind: string): void;
  destroy(): void;
}

export function createSidebarFrame(signal: AbortSignal): SidebarFrame {
  // A host left by an older copy of this script (extension reloaded) is dead: replace it.
  document.querySelectorAll(HOST_TAG).forEach((el) => el.remove());
  const host = make(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  const style = make('style');
  style.textContent = SHADOW_CSS;
  const panel = make('div', 'panel');
  panel.hidden = true;
  panel.setAttribute('role', 'complementary');
  panel.setAttribute('aria-label', 'Lips & Teeth');
  const grip = button('grip', t('frameResize'));
  const fold = button('fold', t('frameCollapse'), '›');
  fold.title = t('frameCollapse');
  panel.append(grip, fold);
  root.append(style, panel);
  const launcher = createLauncher(root, signal, () => toggle());

  let frame: HTMLIFrameElement | null = null;
  let prefs: Prefs = { side: 'right', width: 400 };
  let returnFocus: Element | null = null;
  /** The reader folded the overlay to the edge tab; it reopens from there. */
  let collapsed = false;
  let pushable = true;
  const html = document.documentElement;
  const savedMargin = { prop: '', value: '', priority: '' };

  void api.storage?.local.get(PREFS_KEY).then((stored) => {
    const p = stored[PREFS_KEY] as Partial<Prefs> | undefined;
    if (p && (p.side === 'left' || p.side === 'right') && typeof p.width === 'number') prefs = { side: p.side, width: Math.max(MIN_PANEL, Math.min(MAX_PANEL, p.width)) };
    applyLayout();
  }).catch(() => undefined);

  const viewport = () => html.clientWidth || innerWidth;
  const layout = () => panelLayout(viewport(), prefs.width, pushable);

  /** Pushes the page aside instead of covering the article. */
  function pushPage(width: number): void {
    const prop = prefs.side === 'right' ? 'margin-right' : 'margin-left';
    if (savedMargin.prop) html.style.setProperty(savedMargin.prop, savedMargin.value, savedMargin.priority);
    savedMargin.prop = '';
    if (!width) return;
    savedMargin.prop = prop;
    savedMargin.value = html.style.getPropertyValue(prop);
    savedMargin.priority = html.style.getPropertyPriority(prop);
    html.style.setProperty(prop, `${width}px`, 'important');
  }

  function applyLayout(): void {
    const { overlay, width } = layout();
    panel.classList.toggle('left', prefs.side === 'left');
    panel.classList.toggle('overlay', overlay);
    panel.style.width = `${width}px`;
    pushPage(panel.hidden || overlay ? 0 : width);
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
    html.append(host);
    // A page that removes our host is not fought (no re-mount loop): the panel counts as
    // closed and the page gets its margin back. It comes back only when asked for again.
    const watch = new MutationObserver(() => {
      if (host.isConnected) return;
      watch.disconnect();
      panel.hidden = true;
      pushPage(0);
    });
    watch.observe(html, { childList: true });
  }

  function open(): void {
    // The extension was reloaded or updated under this tab: this copy is dead, so its launcher goes.
    if (!extensionAlive()) return destroy();
    mount();
    if (!frame) {
      frame = make('iframe');
      frame.title = 'Lips & Teeth';
      // The sidebar's menu hides or shows the launcher on this site: it is told which site that is.
      // (getURL only prefixes the extension's origin, query included: the no-network test can see the target is ours.)
      frame.src = api.runtime?.getURL(`sidebar/sidebar.html?site=${encodeURIComponent(siteOf(location.hostname))}`) ?? 'about:blank';
      // Focus can only move into the frame once its document exists.
      frame.addEventListener('load', () => !panel.hidden && frame?.focus(), { signal });
      panel.append(frame);
    }
    // Focus inside our shadow root shows as the host from outside; remember what really had it
    // (reopened from the edge tab: where it was before the sidebar first opened).
    if (!collapsed) returnFocus = document.activeElement === host ? root.activeElement : document.activeElement;
    collapsed = false;
    // An XML document's root has no inline style. Re-laying out a huge page at a new width froze
    // a 160,000-element test page for 6 s: such pages are covered instead.
    pushable = !!html.style && document.getElementsByTagName('*').length <= PUSH_LIMIT;
    panel.hidden = false;
    launcher.setOpen(true);
    applyLayout();
    frame.focus();
  }

  function close(): void {
    if (panel.hidden) return;
    panel.hidden = true;
    pushPage(0);
    launcher.setOpen(false, collapsed);
    const back = collapsed ? launcher.button() : returnFocus instanceof HTMLElement && returnFocus.isConnected ? returnFocus : launcher.button();
    back?.focus();
  }

  const toggle = () => (panel.hidden ? open() : close());

  fold.addEventListener('click', () => {
    collapsed = true;
    close();
  }, { signal });
  root.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Escape' && !panel.hidden && close(), { signal });
  addEventListener('resize', () => {
    if (!panel.hidden) applyLayout();
    launcher.relayout();
  }, { signal });

  // Resizing: drag the grip, or use the arrow keys on it.
  const resize = (width: number) => {
    prefs.width = Math.max(MIN_PANEL, panelLayout(viewport(), width, pushable).width);
    applyLayout();
  };
  grip.addEventListener('pointerdown', (down) => {
    grip.setPointerCapture(down.pointerId);
    frame?.style.setProperty('pointer-events', 'none');
    const move = (e: PointerEvent) => resize(prefs.side === 'right' ? viewport() - e.clientX : e.clientX);
    const up = () => {
      grip.removeEventListener('pointermove', move);
      frame?.style.removeProperty('pointer-events');
      savePrefs();
    };
    grip.addEventListener('pointermove', move, { signal });
    grip.addEventListener('pointerup', up, { once: true, signal });
  }, { signal });
  grip.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const grow = (e.key === 'ArrowLeft') === (prefs.side === 'right');
    resize(layout().width + (grow ? 24 : -24));
    savePrefs();
  }, { signal });

  const destroy = () => {
    pushPage(0);
    host.remove();
  };
  signal.addEventListener('abort', destroy, { once: true });

  return {
    open,
    close,
    toggle,
    isOpen: () => !panel.hidden,
    switchSide() {
      pushPage(0);
      prefs.side = prefs.side === 'right' ? 'left' : 'right';
      applyLayout();
      savePrefs();
    },
    showLauncher(kind: string) {
      launcher.show(kind);
      mount();
    },
    destroy,
  };
}
