/**
 * Marks the reader's quoted passages on the page with the CSS Custom Highlight API: no
 * element is added to the page (its scripts and layout see nothing). The highlight's name
 * is new at every pass (`lips-and-teeth-<random>`), so no rule in the page's CSS can
 * target it; its look comes from style sheets the background inserts for that name
 * (background/highlights.ts).
 */
import { matchQuote, normalizeSpace } from '../../shared/anchoring/match-quote';
import { HIGHLIGHT_PREFIX } from '../../shared/anchoring/highlight-name';
import { rangeOf, readPageText } from './page-text';

let current: string | null = null;

export interface QuoteToFind {
  id: string;
  quote: string;
  prefix?: string;
  suffix?: string;
}

export interface QuoteFound {
  id: string;
  found: boolean;
}

/** Context is compared like the page text: one space for every whitespace run, ends kept. */
const flatten = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ');

/** Finds every quote again and highlights those still on the page under `name`; says which were found. */
export function highlightQuotes({ quotes, name }: { quotes: readonly QuoteToFind[]; name: string }): QuoteFound[] {
  const page = readPageText();
  const ranges: Range[] = [];
  const results = quotes.map(({ id, quote, prefix, suffix }) => {
    const match = matchQuote(page.flat, { quote: normalizeSpace(quote), prefix: flatten(prefix), suffix: flatten(suffix) });
    const range = match && rangeOf(page, match.start, match.end);
    if (range) ranges.push(range);
    return { id, found: Boolean(range) };
  });
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (registry && typeof Highlight === 'function' && name.startsWith(HIGHLIGHT_PREFIX)) {
    if (current) registry.delete(current);
    current = ranges.length ? name : null;
    if (current) registry.set(current, new Highlight(...ranges));
  }
  return results;
}
