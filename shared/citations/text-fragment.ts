/**
 * Links to a quoted passage with a text fragment (`#:~:text=[prefix-,]start[,end][,-suffix]`,
 * WICG Scroll to Text Fragment): the browser scrolls to the words and highlights them.
 * Long quotes are given by their first and last words; short or repeated ones carry a
 * few words of the text before and after them, cut at the block the quote stands in
 * (a fragment's context may not cross a paragraph).
 */
import type { QuoteContext } from '../storage/notes-schema';

/** Quotes up to this many words are written out whole; longer ones as start,end. */
const WHOLE_WORDS = 8;
const EDGE_WORDS = 4;
/** Fewer words than this and the passage needs context to be found for sure. */
const SHORT_WORDS = 4;
const CONTEXT_WORDS = 3;

/** Percent-encodes a term: also the characters the directive itself uses (- , &). */
export const encodeTerm = (term: string): string => encodeURIComponent(term).replace(/-/g, '%2D');

const words = (s: string) => s.split(/\s+/).filter(Boolean);
/** CJK text has no spaces between words: count characters instead (about two per word). */
const isSpaceless = (s: string) => /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(s) && words(s).length <= 2;

function startEnd(quote: string): [string, string?] {
  if (isSpaceless(quote)) return quote.length <= 2 * WHOLE_WORDS * 2 ? [quote] : [quote.slice(0, 2 * EDGE_WORDS), quote.slice(-2 * EDGE_WORDS)];
  const w = words(quote);
  return w.length <= WHOLE_WORDS ? [w.join(' ')] : [w.slice(0, EDGE_WORDS).join(' '), w.slice(-EDGE_WORDS).join(' ')];
}

/** The end of the prefix (the start of the suffix) within the quote's own block, a few words long. */
function contextTerm(text: string, side: 'prefix' | 'suffix'): string {
  const block = side === 'prefix' ? text.slice(text.lastIndexOf('\n') + 1) : text.split('\n')[0]!;
  // A context term must begin (prefix) or end (suffix) on a word boundary: drop a cut word.
  const w = words(block);
  if (side === 'prefix') {
    if (w.length && !/^\s/.test(block) && block.length === text.length && text.length >= 32) w.shift();
    return w.slice(-CONTEXT_WORDS).join(' ');
  }
  if (w.length && !/\s$/.test(block) && block.length === text.length && text.length >= 32) w.pop();
  return w.slice(0, CONTEXT_WORDS).join(' ');
}

/** The text directive for a quote, without the leading `#:~:` (null for an empty quote). */
export function textDirective(quote: string, context?: QuoteContext): string | null {
  const q = quote.replace(/\s+/g, ' ').trim();
  if (!q) return null;
  const [start, end] = startEnd(q);
  const parts = [encodeTerm(start), ...(end ? [encodeTerm(end)] : [])];
  const needsContext = context && (context.repeated || (isSpaceless(q) ? q.length < 2 * SHORT_WORDS : words(q).length < SHORT_WORDS));
  if (needsContext) {
    const prefix = contextTerm(context.prefix, 'prefix');
    const suffix = contextTerm(context.suffix, 'suffix');
    if (prefix) parts.unshift(`${encodeTerm(prefix)}-`);
    if (suffix) parts.push(`-${encodeTerm(suffix)}`);
  }
  return `text=${parts.join(',')}`;
}

/** The article's URL with a text fragment for the quote (its own #anchor, if any, is kept). */
export function quoteLink(url: string, quote: string, context?: QuoteContext): string {
  const directive = textDirective(quote, context);
  if (!directive) return url;
  // An earlier fragment directive is replaced; a plain #anchor stays in front of it.
  const base = url.replace(/:~:.*$/, '');
  return base.includes('#') ? `${base}:~:${directive}` : `${base}#:~:${directive}`;
}
