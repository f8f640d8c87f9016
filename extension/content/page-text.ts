/**
 * The page's visible text as one string, with a way back from any offset in it to the
 * DOM: how the highlighter finds quotes and how a selection is described. Whitespace
 * runs become one space, or "\n" where they cross a block boundary (a paragraph, a list
 * item), because a text fragment's prefix and suffix may not reach across blocks.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'LIPS-AND-TEETH-UI']);
const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BODY|DD|DETAILS|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TH|THEAD|TR|UL)$/;

export interface PageText {
  /** Normalised text: single spaces, "\n" at block boundaries. */
  text: string;
  /** `text` with "\n" as a space: what quotes are matched against (same offsets). */
  flat: string;
  nodes: Text[];
  /** For each character of `text`: which node and where in it. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

const blockOf = (node: Node): Element | null => {
  for (let el = node.parentElement; el; el = el.parentElement) if (BLOCK.test(el.tagName.toUpperCase())) return el;
  return null;
};

export function readPageText(root: Element = document.body): PageText {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === Node.ELEMENT_NODE ? (SKIP.has((n as Element).tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let space: '' | ' ' | '\n' = '';
  let lastBlock: Element | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const data = n.data;
    if (!data) continue;
    const index = nodes.push(n) - 1;
    const block = blockOf(n);
    if (block !== lastBlock && chars.length) space = '\n';
    lastBlock = block;
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!;
      if (/\s/.test(c)) {
        if (!space) space = ' ';
        continue;
      }
      if (space && chars.length) {
        // A separator belongs to the character after it, so a range never starts on one.
        chars.push(space);
        nodeOf.push(index);
        offsetOf.push(i);
      }
      space = '';
      chars.push(c);
      nodeOf.push(index);
      offsetOf.push(i);
    }
  }
  const text = chars.join('');
  return { text, flat: text.replace(/\n/g, ' '), nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}

/** The DOM range of text[start, end). */
export function rangeOf(page: PageText, start: number, end: number): Range | null {
  if (start < 0 || end > page.text.length || start >= end) return null;
  const range = document.createRange();
  range.setStart(page.nodes[page.nodeOf[start]!]!, page.offsetOf[start]!);
  range.setEnd(page.nodes[page.nodeOf[end - 1]!]!, page.offsetOf[end - 1]! + 1);
  return range;
}

/** Where a DOM range starts and ends in `text`, or null when it holds none of it. */
export function offsetsOf(page: PageText, range: Range): { start: number; end: number } | null {
  const n = page.text.length;
  const at = (i: number, after: number) => range.comparePoint(page.nodes[page.nodeOf[i]!]!, page.offsetOf[i]! + after);
  // Characters are in document order, so both ends are found by bisection:
  // the first character that starts inside (or after) the range...
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  let start = lo;
  // ...and the first one that ends after it.
  lo = start;
  hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid, 1) <= 0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  // Never start or end on a separator.
  while (start < end && /\s/.test(page.text[start]!)) start++;
  while (end > start && /\s/.test(page.text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
