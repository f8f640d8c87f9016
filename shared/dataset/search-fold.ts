/**
 * Text folded for phrase search, so that a reader's query meets the dataset's wording
 * whatever script or typography either was written in: case, full-width forms,
 * typographic quotes and dashes, punctuation, and traditional Chinese characters (Taiwan,
 * Hong Kong) folded to simplified ("新局勢" → "新局势").
 *
 * The character tables are OpenCC's (opencc-js): the full traditional→simplified table
 * plus Taiwan's and Hong Kong's variant forms (with the converter, 56 KB minified, 20 KB
 * gzipped; the whole opencc-js t2cn preset with its phrase tables is 109 KB). Only characters are
 * folded, not vocabulary (no 軟體 → 软件), which is what matching quoted words needs.
 * The detector keeps its own small table (shared/detector/text.ts): the content script
 * has an 8 KB budget and runs on every page; this module is for extension pages only.
 */
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

let toSimplified: ((text: string) => string) | null = null;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Folds traditional Chinese characters (and their regional variants) to simplified; other text is returned as is. */
export function simplifiedHan(text: string): string {
  if (!HAN.test(text)) return text;
  toSimplified ??= ConverterFactory([[TWVariantsRev, HKVariantsRev], [TSCharacters]]);
  return toSimplified(text);
}

/** Anything that is not a letter, a digit or a mark (in any script) separates words. */
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * The searchable form of a text: NFKC (full-width letters, compatibility ideographs),
 * lower case, simplified Han, every run of punctuation and spaces one space, trimmed.
 */
export function foldForSearch(text: string): string {
  return simplifiedHan(text.normalize('NFKC').toLowerCase()).replace(SEPARATORS, ' ').trim();
}

const LATIN_OR_DIGIT = /[a-z0-9]/;
const CJK = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]/;

/** Where `query` starts in `text` at a word start for Latin queries ("situation" is not in "resituation"), from `from`; -1 when nowhere. */
function wordStartIndex(text: string, query: string, from = 0): number {
  for (let at = text.indexOf(query, from); at >= 0; at = text.indexOf(query, at + 1)) {
    const before = text[at - 1];
    if (!LATIN_OR_DIGIT.test(query[0]!) || before === undefined || !LATIN_OR_DIGIT.test(before)) return at;
  }
  return -1;
}

/**
 * Whether a folded query occurs in a folded text. Korean, Chinese and Japanese are also
 * matched ignoring spaces, since spacing varies between outlets ("새로운정세" / "새로운 정세").
 */
export function foldedIncludes(text: string, query: string, compactText?: string): boolean {
  return foldedMatcher(query)(text, compactText);
}

/** `foldedIncludes` for one query over many texts: what depends on the query alone is worked out once. */
export function foldedMatcher(query: string): (text: string, compactText?: string) => boolean {
  if (!query) return () => false;
  const latin = LATIN_OR_DIGIT.test(query[0]!);
  const compactQuery = CJK.test(query) ? query.replace(/ /g, '') : null;
  return (text, compactText) => {
    const at = text.indexOf(query);
    if (at >= 0 && (!latin || wordStartIndex(text, query, at) >= 0)) return true;
    return compactQuery !== null && (compactText ?? text.replace(/ /g, '')).includes(compactQuery);
  };
}

/** The folded text without spaces, for the space-blind match of Korean, Chinese and Japanese; undefined when that adds nothing. */
export function compactForm(folded: string): string | undefined {
  return folded.includes(' ') && CJK.test(folded) ? folded.replace(/ /g, '') : undefined;
}

/** A text folded character by character, with where each folded character came from in the original. */
function foldWithOrigins(text: string, dropSpaces: boolean): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = simplifiedHan(char.normalize('NFKC').toLowerCase()).replace(SEPARATORS, ' ');
    for (const c of piece) {
      if (c === ' ' && (dropSpaces || folded.endsWith(' ') || folded === '')) continue;
      folded += c;
      origin.push(index);
    }
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/**
 * Where a folded query matches in an original (unfolded) text, as [start, end) in the
 * original's UTF-16 indices, so the interface can mark the words; null when it does not.
 */
export function matchRange(original: string, query: string): [number, number] | null {
  if (!query) return null;
  const spaced = foldWithOrigins(original, false);
  let at = wordStartIndex(spaced.folded, query);
  let map = spaced;
  let length = query.length;
  if (at < 0 && CJK.test(query)) {
    map = foldWithOrigins(original, true);
    const compact = query.replace(/ /g, '');
    at = map.folded.indexOf(compact);
    length = compact.length;
  }
  if (at < 0) return null;
  const endChar = at + length - 1;
  // The end is just after the original character the last folded character came from.
  const last = map.origin[endChar]!;
  const lastChar = String.fromCodePoint(original.codePointAt(last)!);
  return [map.origin[at]!, last + lastChar.length];
}
