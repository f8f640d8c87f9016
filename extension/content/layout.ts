/**
 * Where the sidebar and the launcher go on the reader's window: pure geometry, so it is unit
 * tested (layout.test.ts) and the DOM code only measures and applies. Widths are CSS pixels
 * of the window, which browser zoom shrinks: 200 % zoom of a 1400 px window is 700 px here,
 * and is treated like a 700 px window.
 */
import type { Edge } from '../../shared/launcher-prefs';

/** The article is the reader's: pushed aside, it keeps at least this much width. */
export const MIN_ARTICLE = 360;
export const MIN_PANEL = 280;
export const MAX_PANEL = 720;
/** An overlay leaves this much of the page uncovered, where its collapse tab sits. */
export const OVERLAY_GAP = 44;

export interface PanelLayout {
  /** Covers the page (with a collapse tab) instead of pushing it aside. */
  overlay: boolean;
  width: number;
}

/**
 * Push the page aside while it keeps MIN_ARTICLE px next to a sidebar of at least MIN_PANEL
 * (a narrower sidebar rather than a narrower article); below that, or on a page that cannot
 * be pushed, cover it as an overlay the reader can collapse to an edge tab.
 */
export function panelLayout(viewport: number, preferred: number, pushable: boolean): PanelLayout {
  const want = Math.max(MIN_PANEL, Math.min(MAX_PANEL, preferred));
  const room = viewport - MIN_ARTICLE;
  if (pushable && room >= MIN_PANEL) return { overlay: false, width: Math.min(want, room) };
  return { overlay: true, width: Math.max(0, Math.min(want, viewport - OVERLAY_GAP)) };
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Spot {
  edge: Edge;
  top: number;
  /** Area of text the launcher would cover there (0: none). */
  covers: number;
}

/** Kept clear around the launcher, and from the window's top and bottom. */
const PAD = 4;
const MARGIN = 8;
const STEP = 8;

/**
 * A place on the window's left or right edge for a launcher of w×h px that covers none of
 * the `texts` (boxes of text lines on screen), nearest to a little below the middle, on the
 * `prefer`red edge if it has room; else the place covering the least text.
 */
export function launcherSpot(texts: Box[], width: number, height: number, w: number, h: number, prefer: Edge): Spot {
  const target = (height - h) * 0.6;
  let best: Spot = { edge: prefer, top: Math.max(0, Math.min(target, height - h)), covers: 0 };
  let bestCost = Infinity;
  for (const edge of [prefer, prefer === 'right' ? 'left' : 'right'] as const) {
    const x0 = edge === 'right' ? width - w - PAD : 0;
    const x1 = edge === 'right' ? width : w + PAD;
    const near = texts.filter((b) => b.right > x0 && b.left < x1);
    for (let top = MARGIN; top === MARGIN || top + h <= height - MARGIN; top += STEP) {
      let covers = 0;
      for (const b of near) covers += Math.max(0, Math.min(b.bottom, top + h + PAD) - Math.max(b.top, top - PAD)) * (Math.min(b.right, x1) - Math.max(b.left, x0));
      const cost = covers * 1e6 + Math.abs(top - target) + (edge === prefer ? 0 : 1e4);
      if (cost < bestCost) [bestCost, best] = [cost, { edge, top, covers }];
    }
  }
  return best;
}
