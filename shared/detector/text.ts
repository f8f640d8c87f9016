/** Text normalisation and term matching shared by the gate, topic decision and resolver. */

/** Lowercases and folds the typographic variants that news sites use for the same words. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u300c\u300d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /[a-z0-9]/;

/** One term as a regex source: Latin words get word boundaries, Hangul/Han do not (particles attach). */
function termSource(term: string): string {
  if (term.startsWith('re:')) return term.slice(3);
  const body = escape(term).replace(/ /g, '[ -]?');
  const start = LATIN.test(term[0] ?? '') ? '(?<![a-z0-9])' : '';
  const end = LATIN.test(term[term.length - 1] ?? '') ? '(?![a-z0-9])' : '';
  return start + body + end;
}

/** Compiles a word list into one regex. Longer terms first so alternation prefers them. */
export function compileTerms(terms: readonly string[], flags = 'g'): RegExp {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(termSource).join('|'), flags);
}

/** Counts the matches of a compiled (global) term regex in normalised text. */
export function countMatches(re: RegExp, text: string, limit = 1000): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < limit && re.exec(text)) n++;
  re.lastIndex = 0;
  return n;
}

export function hasMatch(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** Splits text into sentences on Latin and CJK sentence ends and line breaks. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？])\s+|(?<=[。！？])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
