/**
 * The gate: decides from a few strings whether a page could be about a Xi–Kim exchange
 * at all. Its first stage runs on every page the reader opens, so it must cost almost
 * nothing; the second runs only in the extractor, which the background injects into
 * candidate tabs.
 *
 * The first stage's pattern is compiled into the declared content script at build time
 * (`firstStageLiteral`, used by scripts/gate-pattern-plugin.ts), and the background tests
 * a tab's new title against the same pattern before it injects anything.
 */
import vocabulary from './gate-vocabulary.json';

/** Every entry is a regex source; each list becomes one case-insensitive regex. */
const compile = (list: string[]) => new RegExp(list.join('|'), 'i');
// Compiled on first use: most pages never get past the first list.
const lazy = (list: string[]) => {
  let re: RegExp | undefined;
  return () => (re ??= compile(list));
};
/** Stage 1: the page names North Korea, Kim or Xi, or is a live blog (any item may be the one). */
const FIRST_STAGE = [...vocabulary.sideWords, ...vocabulary.liveWords];
const first = lazy(FIRST_STAGE);
const side = lazy(vocabulary.sideWords);
const china = lazy(vocabulary.chinaWords);
const korea = lazy(vocabulary.koreaWords);
const exchange = lazy(vocabulary.exchangeWords);
const live = lazy(vocabulary.liveWords);
// Only whitespace is folded here: text.ts's normalize (traditional Chinese table and all) would not fit the gate.
export const collapseSpaces = (s: string): string => s.replace(/\s+/g, ' ');
const hasMatch = (re: () => RegExp, s: string) => re().test(s);

/** The first stage's regex as JavaScript source (`/…/i`), for the build to write into the gate. */
export const firstStageLiteral = (): string => compile(FIRST_STAGE).toString();

/**
 * Stage 1 as the declared content script runs it, on the title and a few meta tags (or, in
 * the background, on a tab's new title): could the page be a candidate at all?
 */
export function passesFirstStage(titleAndMeta: string): boolean {
  return hasMatch(first, collapseSpaces(titleAndMeta));
}

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
