/**
 * The boxes of the text lines on screen, so the launcher can be placed where it covers none
 * (layout.ts). One range per text node gives a box per line, tighter than element boxes
 * (a paragraph's box is a rectangle; its last line may end halfway). Time-boxed: on a page of
 * hundreds of thousands of nodes it stops after a few milliseconds with what it has (text on
 * screen at load comes early in document order on article pages).
 */
import type { Box } from './layout';

const BUDGET_MS = 12;

export function textBoxes(doc: Document, width: number, height: number): Box[] {
  const out: Box[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root) return out;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  const end = performance.now() + BUDGET_MS;
  for (let node = walker.nextNode(), n = 0; node; node = walker.nextNode(), n++) {
    if ((n & 127) === 0 && performance.now() > end) break;
    if (!node.nodeValue?.trim()) continue;
    range.selectNodeContents(node);
    for (const r of Array.from(range.getClientRects())) {
      if (r.width && r.height && r.bottom > 0 && r.top < height && r.right > 0 && r.left < width) out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
  }
  return out;
}
