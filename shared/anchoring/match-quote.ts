/**
 * Finding a quoted passage again in a page's text: the exact words where they still
 * stand, else the closest approximate match (the page was edited: a typo fixed, a word
 * changed), told apart by the text that stood before and after the quote when it was
 * taken. The approach of the Hypothesis client's anchoring (src/annotator/anchoring/
 * match-quote.ts), on Robert Knight's approx-string-match (Myers' bit-parallel search).
 */
import approxSearch from 'approx-string-match';

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: how close the matched text is to the quote (1 = the same words). */
  quoteScore: number;
  /** 0..1: quote, context and position together; the best match has the highest. */
  score: number;
}

export interface QuoteSelector {
  quote: string;
  prefix?: string;
  suffix?: string;
}

/** Below this share of matching characters a passage counts as gone, not as edited. */
export const MIN_QUOTE_SCORE = 0.85;
/** Approximate search is for edits, not rewrites: this share of the quote may differ. */
const MAX_ERROR_SHARE = 0.15;
/** Shorter quotes are only found word for word (a few errors would match almost anything). */
const MIN_APPROX_LENGTH = 12;

type Found = { start: number; end: number; errors: number };

function exactMatches(text: string, quote: string): Found[] {
  const found: Found[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push({ start: at, end: at + quote.length, errors: 0 });
  return found;
}

function search(text: string, quote: string, maxErrors: number): Found[] {
  const exact = exactMatches(text, quote);
  if (exact.length || maxErrors < 1) return exact;
  return approxSearch(text, quote, maxErrors);
}

/** 0..1: how well `context` matches `text` (both short), by edit distance. */
function similarity(text: string, context: string): number {
  if (!context) return 1;
  if (!text) return 0;
  const [best] = approxSearch(text, context, context.length);
  return best ? 1 - best.errors / context.length : 0;
}

/**
 * The best place for the quote in `text`, or null when it is no longer there. Both are
 * compared as given: callers normalise whitespace the same way on both sides.
 */
export function matchQuote(text: string, selector: QuoteSelector): QuoteMatch | null {
  const { quote, prefix = '', suffix = '' } = selector;
  if (!quote) return null;
  const maxErrors = quote.length < MIN_APPROX_LENGTH ? 0 : Math.floor(quote.length * MAX_ERROR_SHARE);
  const candidates = search(text, quote, maxErrors);
  let best: QuoteMatch | null = null;
  for (const m of candidates) {
    const quoteScore = 1 - m.errors / quote.length;
    if (quoteScore < MIN_QUOTE_SCORE) continue;
    // Context weighs less than the quote itself: it tells repeated passages apart.
    const before = similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix);
    const after = similarity(text.slice(m.end, m.end + suffix.length), suffix);
    const score = (50 * quoteScore + 20 * before + 20 * after) / 90;
    if (!best || score > best.score) best = { start: m.start, end: m.end, quoteScore, score };
  }
  return best;
}

/** Collapses every run of whitespace to one space, so line breaks and indentation never decide a match. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
