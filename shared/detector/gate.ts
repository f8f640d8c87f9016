/**
 * The content script's gate: decides from a few strings whether a page could be about a
 * Xi–Kim exchange at all. It must cost almost nothing, because it runs on every page.
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
// Only whitespace is folded here: text.ts's normalize (traditional Chinese table and all) would not fit the 8 KB script.
const collapseSpaces = (s: string) => s.replace(/\s+/g, ' ');
const hasMatch = (re: () => RegExp, s: string) => re().test(s);

/** Stage 1, on title and metadata only: does the page name North Korea, Kim or Xi at all? */
export function titleMayQualify(titleAndMeta: string): boolean {
  return hasMatch(side, collapseSpaces(titleAndMeta));
}

/** A live blog ("... live: ...") can carry a Xi–Kim item under any headline, so its whole text is checked. */
export function isLivePage(titleAndMeta: string): boolean {
  return hasMatch(live, titleAndMeta);
}

/** Stage 2, on title, metadata and the opening text: both sides and an exchange or meeting word. */
export function leadQualifies(text: string): boolean {
  const t = collapseSpaces(text);
  return hasMatch(china, t) && hasMatch(korea, t) && hasMatch(exchange, t);
}
