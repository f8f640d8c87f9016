import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { launcherSpot, MIN_ARTICLE, MIN_PANEL, OVERLAY_GAP, panelLayout, type Box } from './layout';

describe('the sidebar on the window', () => {
  it('pushes the page at desktop widths, at the width the reader chose', () => {
    expect(panelLayout(1400, 400, true)).toEqual({ overlay: false, width: 400 });
    expect(panelLayout(1100, 520, true)).toEqual({ overlay: false, width: 520 });
  });
  it('narrows itself rather than the article on smaller windows and at 200 % zoom (1400 px seen as 700)', () => {
    expect(panelLayout(800, 400, true)).toEqual({ overlay: false, width: 400 });
    expect(panelLayout(800, 600, true)).toEqual({ overlay: false, width: 800 - MIN_ARTICLE });
    expect(panelLayout(700, 400, true)).toEqual({ overlay: false, width: 340 });
    expect(panelLayout(640, 400, true)).toEqual({ overlay: false, width: MIN_PANEL });
  });
  it('covers the page as an overlay when the article and a usable sidebar cannot both fit, or the page cannot be pushed', () => {
    expect(panelLayout(639, 400, true)).toEqual({ overlay: true, width: 400 });
    expect(panelLayout(400, 400, true)).toEqual({ overlay: true, width: 400 - OVERLAY_GAP });
    expect(panelLayout(1400, 400, false)).toEqual({ overlay: true, width: 400 });
  });
  it('whatever the window and the preference: a pushed article keeps 360 px, an overlay leaves a strip for its collapse tab', () => {
    fc.assert(fc.property(fc.integer({ min: 200, max: 4000 }), fc.integer({ min: 0, max: 2000 }), fc.boolean(), (viewport, preferred, pushable) => {
      const { overlay, width } = panelLayout(viewport, preferred, pushable);
      if (overlay) expect(width).toBeLessThanOrEqual(viewport - OVERLAY_GAP);
      else expect(viewport - width).toBeGreaterThanOrEqual(MIN_ARTICLE);
      expect(width).toBeGreaterThanOrEqual(overlay ? 0 : MIN_PANEL);
      expect(overlay).toBe(!pushable || viewport - MIN_ARTICLE < MIN_PANEL);
    }));
  });
});

/** Lines of text, 20 px apart, from x0 to x1, between y0 and y1. */
const lines = (x0: number, x1: number, y0: number, y1: number): Box[] =>
  Array.from({ length: Math.floor((y1 - y0) / 20) }, (_, i) => ({ left: x0, right: x1, top: y0 + i * 20, bottom: y0 + i * 20 + 16 }));
const overlaps = (texts: Box[], b: Box) => texts.some((r) => r.right > b.left && r.left < b.right && r.bottom > b.top && r.top < b.bottom);
const boxOf = (spot: { edge: string; top: number }, vw: number, w: number, h: number): Box =>
  spot.edge === 'right' ? { left: vw - w, right: vw, top: spot.top, bottom: spot.top + h } : { left: 0, right: w, top: spot.top, bottom: spot.top + h };

describe('the launcher on the page', () => {
  it('sits a little below the middle of the preferred edge when nothing is there', () => {
    const spot = launcherSpot([], 1400, 900, 28, 220, 'right');
    expect(spot).toMatchObject({ edge: 'right', covers: 0 });
    expect(Math.abs(spot.top - (900 - 220) * 0.6)).toBeLessThanOrEqual(8);
    expect(launcherSpot([], 1400, 900, 28, 220, 'left').edge).toBe('left');
  });
  it('finds the gap beside an image in a column of text that reaches the edge (800 px)', () => {
    const texts = [...lines(20, 790, 80, 400), ...lines(60, 740, 740, 800), ...lines(20, 790, 820, 900)];
    const spot = launcherSpot(texts, 800, 900, 28, 220, 'right');
    expect(spot.covers).toBe(0);
    expect(overlaps(texts, boxOf(spot, 800, 28, 220))).toBe(false);
    expect(spot.top).toBeGreaterThanOrEqual(400);
  });
  it('moves to the other edge when text fills the preferred one', () => {
    const texts = lines(40, 800, 0, 900);
    const spot = launcherSpot(texts, 800, 900, 28, 220, 'right');
    expect(spot).toMatchObject({ edge: 'left', covers: 0 });
  });
  it('covers as little as it can when text fills both edges, and stays inside the window', () => {
    const texts = [...lines(0, 800, 0, 500), ...lines(0, 800, 560, 900)];
    const spot = launcherSpot(texts, 800, 900, 28, 220, 'right');
    expect(spot.covers).toBeGreaterThan(0);
    expect(spot.top + 220).toBeLessThanOrEqual(900);
    // The best place straddles the blank band (500–560 px) rather than sitting on full lines only.
    expect(spot.top).toBeGreaterThan(300);
    expect(spot.top).toBeLessThan(560);
  });
  it('never covers text when some place on either edge is free, whatever the lines', () => {
    // Lines of a column that spans the window (on many pages it reaches both edges), and odd bits anywhere.
    const full = fc.integer({ min: 0, max: 44 }).map((row): Box => ({ left: 0, right: 800, top: row * 20, bottom: row * 20 + 16 }));
    const bit = fc.record({ left: fc.integer({ min: 0, max: 780 }), width: fc.integer({ min: 10, max: 800 }), top: fc.integer({ min: 0, max: 880 }) })
      .map(({ left, width, top }): Box => ({ left, right: Math.min(800, left + width), top, bottom: top + 16 }));
    const line = fc.oneof(full, bit);
    fc.assert(fc.property(fc.array(line, { maxLength: 90 }), (texts) => {
      const spot = launcherSpot(texts, 800, 900, 28, 220, 'right');
      expect(spot.top).toBeGreaterThanOrEqual(0);
      expect(spot.top + 220).toBeLessThanOrEqual(900);
      if (spot.covers === 0) expect(overlaps(texts, boxOf(spot, 800, 28, 220))).toBe(false);
      else {
        // No free place on either edge, checked at every pixel with a 12 px margin (the search's
        // 8 px step and 4 px clearance cannot miss a place that free).
        const grown = (b: Box): Box => ({ left: b.left - 12, right: b.right + 12, top: b.top - 12, bottom: b.bottom + 12 });
        for (const edge of ['left', 'right'] as const) for (let top = 16; top + 220 <= 884; top++) expect(overlaps(texts, grown(boxOf({ edge, top }, 800, 28, 220)))).toBe(true);
      }
    }), { numRuns: 300 });
  });
});
