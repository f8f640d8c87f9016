/**
 * The gate: decides from a few strings whether a page could be about a Xi–Kim exchange
 * at all. Its first stage runs on every page the reader opens, so it must cost almost
 * nothing; the second runs only in the extractor, which the background injects into
 * candidate tabs.
 *
 * The first stage lives in first-stage.ts: substring tests written into the declared
 * content script at build time, which the background also runs on a tab's new title before
 * it injects anything. This module holds the extractor's stages, which may use regexes.
 */
import vocabulary from './gate-vocabulary.json';

/** Every entry is a regex source; each list becomes one case-insensitive regex. */
const compile = (list: string[]) => new RegExp(list.join('|'), 'i');
// Compiled on first use: most pages never get past the first list.
const lazy = (list: string[]) => {
  let re: RegExp | undefined;
  return () => (re ??= compile(list));
};
const side = lazy(vocabulary.sideWords);
const china = lazy(vocabulary.chinaWords);
const korea = lazy(vocabulary.koreaWords);
const exchange = lazy(vocabulary.exchangeWords);
const live = lazy(vocabulary.liveWords);
// Only whitespace is folded here: text.ts's normalize (traditional Chinese table and all) would not fit the gate.
export const collapseSpaces = (s: string): string => s.replace(/\s+/g, ' ');
const hasMatch = (re: () => RegExp, s: string) => re().test(s);

/** Stage 1 without live blogs: does the page name North Korea, Kim or Xi at all? */
export function titleMayQualify(titleAndMeta: string): boolean {
  return hasMatch(side, collapseSpaces(titleAndMeta));
}

/** A live blog ("... live: ...") can carry a Xi–Kim item under any headline, so its whole text is checked. */
export function isLivePage(titleAndMeta: string): boolean {
  return hasMatch(live, collapseSpaces(titleAndMeta));
}

/** Stage 2, on title, metadata and the opening text: both sides and an exchange or meeting word. */
export function leadQualifies(text: string): boolean {
  const t = collapseSpaces(text);
  return hasMatch(china, t) && hasMatch(korea, t) && hasMatch(exchange, t);
}
