/**
 * Marks the reader's quoted passages on the page with the CSS Custom Highlight API: no
 * element is added to the page (its scripts and layout see nothing), and the page's CSS
 * cannot restyle our highlight, whose look comes from a user-origin style sheet the
 * background inserts (`::highlight(lips-and-teeth-quote)`, background/highlights.ts).
 */
import { matchQuote, normalizeSpace } from '../../shared/anchoring/match-quote';
import { rangeOf, readPageText } from './page-text';

export const HIGHLIGHT_NAME = 'lips-and-teeth-quote';

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

/** Finds every quote again and highlights those still on the page; says which were found. */
export function highlightQuotes(quotes: readonly QuoteToFind[]): QuoteFound[] {
  const page = readPageText();
  const ranges: Range[] = [];
  const results = quotes.map(({ id, quote, prefix, suffix }) => {
    const match = matchQuote(page.flat, { quote: normalizeSpace(quote), prefix: flatten(prefix), suffix: flatten(suffix) });
    const range = match && rangeOf(page, match.start, match.end);
    if (range) ranges.push(range);
    return { id, found: Boolean(range) };
  });
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (registry && typeof Highlight === 'function') {
    if (ranges.length) registry.set(HIGHLIGHT_NAME, new Highlight(...ranges));
    else registry.delete(HIGHLIGHT_NAME);
  }
  return results;
}
