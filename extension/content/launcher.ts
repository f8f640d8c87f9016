/**
 * The launcher: a slim tab on the window's left or right edge that opens the sidebar. It is
 * placed where it covers no text on screen when the page loads (layout.ts launcherSpot), on the
 * edge the reader moved it to, and is not shown where they hid it. Those choices
 * live in storage.local (shared/launcher-prefs.ts) and are made in the sidebar's menu and on
 * the notes page, where there is room to explain them and to undo; this script is injected
 * into pages and must stay small (8 KB), so it only follows them, at once.
 */
import { defaultLauncherPrefs, isLauncherHidden, LAUNCHER_KEY, parseLauncherPrefs, siteOf } from '../../shared/launcher-prefs';
import { button, make } from './dom';
import { launcherSpot, type Spot } from './layout';
import { api } from './runtime';
import { textBoxes } from './text-boxes';
import { t, uiLang } from './ui-text';

export const LAUNCHER_CSS = `.launcher{position:fixed;right:0;display:flex;flex-direction:column;align-items:center;gap:6px;padding:10px 5px;font:13px system-ui,sans-serif;color:#fff;
background:#9b1c31;border:2px solid #fff;border-right:0;border-radius:8px 0 0 8px;box-shadow:0 2px 10px #0006;cursor:pointer}
.launcher[data-edge=left]{right:auto;left:0;border-width:2px 2px 2px 0;border-radius:0 8px 8px 0}
.launcher *{writing-mode:vertical-rl}`;

export interface Launcher {
  /** Shows the tab for a page where an exchange was found (`match`) or one we do not hold (`topic`). */
  show(kind: string): void;
  /**
   * The sidebar opened or closed: the tab steps aside while it is open. `keep`: the reader
   * folded the sidebar to this tab, so it shows even where they hid the launcher.
   */
  setOpen(open: boolean, keep?: boolean): void;
  /** The window changed size (or zoom): choose the place again. */
  relayout(): void;
  /** The tab, if it is on screen. */
  button(): HTMLButtonElement | null;
}

export function createLauncher(root: ShadowRoot, signal: AbortSignal, activate: () => void): Launcher {
  const site = siteOf(location.hostname);
  const tab = button('launcher');
  tab.lang = uiLang();
  tab.hidden = true;
  root.append(tab);

  let prefs = defaultLauncherPrefs();
  let kind = '';
  let open = false;
  let keep = false;
  /** The place chosen from the page, kept until the window changes size: the tab must not wander as the reader scrolls. */
  let spot: Spot | null = null;
  let later: ReturnType<typeof setTimeout> | undefined;
  const ready = Promise.resolve(api.storage?.local.get(LAUNCHER_KEY))
    .then((s) => void (prefs = parseLauncherPrefs(s?.[LAUNCHER_KEY])))
    .catch(() => undefined);

  function render(): void {
    tab.hidden = open || !(keep || (kind && !isLauncherHidden(prefs, site)));
    if (tab.hidden) return;
    const html = document.documentElement;
    const [vw, vh, w, h] = [html.clientWidth || innerWidth, html.clientHeight || innerHeight, tab.offsetWidth, tab.offsetHeight];
    // On the edge the reader chose for this site, or last chose anywhere; still where it covers no text.
    spot ??= launcherSpot(textBoxes(document, vw, vh), vw, vh, w, h, prefs.places[site] ?? prefs.edge);
    tab.dataset.edge = spot.edge;
    tab.style.top = `${spot.top}px`;
  }

  /** "Lips & Teeth · Exchange found"; only "Lips & Teeth" on a page with nothing found (the sidebar folded to the edge there). */
  function label(status: string): void {
    const brand = make('b');
    const line = make('span');
    brand.textContent = 'Lips & Teeth';
    line.textContent = status && t(status === 'match' ? 'launcherMatch' : 'launcherTopic');
    // The separator is visible text, so the accessible name below contains the label word for word.
    tab.replaceChildren(brand, ...(status ? [' · ', line] : []));
    tab.setAttribute('aria-label', status ? t('launcherAria', line.textContent) : t('launcherReopen'));
  }
  label('');
  tab.addEventListener('click', activate, { signal });

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !changes[LAUNCHER_KEY]) return;
    prefs = parseLauncherPrefs(changes[LAUNCHER_KEY].newValue);
    // The edge may have changed: choose the place again.
    spot = null;
    render();
  };
  try {
    api.storage?.onChanged.addListener(onChanged);
    signal.addEventListener('abort', () => {
      clearTimeout(later);
      try {
        api.storage?.onChanged.removeListener(onChanged);
      } catch {
        // The runtime is gone after an update; nothing left to remove.
      }
    });
  } catch {
    // An orphaned copy (extension reloaded under the tab) has no storage events: it is about to shut down.
  }

  return {
    show(next) {
      if (kind !== next) spot = null;
      label((kind = next));
      void ready.then(render);
    },
    setOpen(isOpen, keepTab = false) {
      open = isOpen;
      keep = keepTab;
      tab.setAttribute('aria-expanded', String(isOpen));
      render();
    },
    relayout() {
      // Debounced: a window being resized fires this many times a second, and placing reads every line of text on screen.
      clearTimeout(later);
      later = setTimeout(() => {
        spot = null;
        render();
      }, 150);
    },
    button: () => (tab.hidden ? null : tab),
  };
}
