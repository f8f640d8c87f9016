/**
 * What a quote is when it is taken: the words, and the text just before and after them
 * on the page, so the passage can be found again (and linked to with a text fragment)
 * when the page has changed or says the same words twice.
 */
import { matchQuote, normalizeSpace } from '../../shared/anchoring/match-quote';
import type { CapturedQuote } from '../../shared/messages';
import { offsetsOf, readPageText, type PageText } from './page-text';

/** As much context as Hypothesis keeps: enough to tell repeats apart, little enough to survive edits. */
const CONTEXT = 32;
const MAX_QUOTE = 10_000;

function occurrences(text: string, words: string): number {
  let count = 0;
  for (let at = text.indexOf(words); at !== -1 && count < 2; at = text.indexOf(words, at + 1)) count++;
  return count;
}

function contextAt(page: PageText, start: number, end: number): CapturedQuote {
  const stop = Math.min(end, start + MAX_QUOTE);
  return {
    quote: page.text.slice(start, stop),
    prefix: page.text.slice(Math.max(0, start - CONTEXT), start),
    suffix: page.text.slice(stop, stop + CONTEXT),
    repeated: occurrences(page.flat, page.flat.slice(start, stop)) > 1,
  };
}

/** The reader's current selection on the page, with its context; null when nothing is selected. */
export function describeSelection(): CapturedQuote | null {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const page = readPageText();
  const at = offsetsOf(page, selection.getRangeAt(0));
  if (at) return contextAt(page, at.start, at.end);
  // A selection in a form field or a shadow root: its words, without context.
  const words = normalizeSpace(String(selection)).slice(0, MAX_QUOTE);
  return words ? { quote: words, prefix: '', suffix: '', repeated: false } : null;
}

/**
 * Context for words chosen earlier (the page's context menu hands over only the words):
 * where the selection still holds them, else where they first stand on the page.
 */
export function describeText(quote: string): CapturedQuote | null {
  const words = normalizeSpace(quote);
  if (!words) return null;
  const selected = describeSelection();
  if (selected && normalizeSpace(selected.quote) === words) return selected;
  const page = readPageText();
  const match = matchQuote(page.flat, { quote: words });
  return match ? contextAt(page, match.start, match.end) : null;
}
