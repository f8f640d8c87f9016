/**
 * The gate's first stage without a regular expression. Measured in Chromium (see
 * docs/gate-cost.md), the first regex a content script runs in a page's fresh world costs
 * 0.1–0.3 ms, as much as the whole empty floor; plain substring tests on the lower-cased
 * title cost almost nothing. So the first-stage vocabulary (gate-vocabulary.json's
 * sideWords and liveWords, written as simple regex sources) is turned into needles:
 * literal lower-case strings, with a flag where a word boundary is required ("xi" must not
 * match "Mexico" nor "taxi").
 *
 * The build writes the needles into the declared content script as one chain of
 * `includes` tests (`firstStageSource`); the background and Node call `firstStageMatches`,
 * which reads the same needles, so both stages agree on every title.
 */
import vocabulary from './gate-vocabulary.json';

export interface Needle {
  text: string;
  /** A word boundary is required before / after the text (the source's `\b`). */
  start: boolean;
  end: boolean;
}

/**
 * One vocabulary entry as needles. Only the regex forms the vocabulary uses are accepted
 * (a leading or trailing `\b`, `\.`, an optional space ` ?`); anything else fails the build
 * with the entry named, rather than silently matching something else.
 */
export function needlesOf(source: string): Needle[] {
  const start = source.startsWith('\\b');
  const end = source.endsWith('\\b') && source.length > 2;
  const body = source.slice(start ? 2 : 0, end ? -2 : undefined);
  const optionalSpace = body.split(' ?');
  if (optionalSpace.length > 2) throw new Error(`gate vocabulary: "${source}" has more than one optional space`);
  const literal = (s: string) => {
    const text = s.replace(/\\\./g, '.');
    if (/[\\[\](){}|*+?^$]/.test(text) || text !== text.toLowerCase()) throw new Error(`gate vocabulary: "${source}" is not a plain lower-case word for the first stage`);
    return text;
  };
  const texts = optionalSpace.length === 2 ? [`${literal(optionalSpace[0]!)} ${literal(optionalSpace[1]!)}`, literal(optionalSpace.join(''))] : [literal(body)];
  // A title may space words with a no-break space (document.title collapses only ASCII
  // whitespace): each spaced word also as a no-break-spaced one, rather than a replace on every page.
  return [...new Set(texts.flatMap((t) => [t, t.replaceAll(' ', '\u00a0')]))].map((text) => ({ text, start, end }));
}

const plainNeedle = (n: Needle) => !n.start && !n.end;
const all = [...vocabulary.sideWords, ...vocabulary.liveWords].flatMap(needlesOf);
/** Without words another plain word already finds ("조선중앙통신" holds "조선"): the same decisions, fewer bytes in the gate. */
export const FIRST_STAGE_NEEDLES: Needle[] = all.filter((n) => !all.some((o) => o !== n && plainNeedle(o) && n.text.includes(o.text) && o.text !== n.text));

/** What the first stage reads: lower case (the needles carry their no-break-space variants; document.title has collapsed ASCII whitespace). */
export const foldTitle = (s: string): string => s.toLowerCase();

/** A "word" character as `\b` sees it: [0-9A-Za-z_]. */
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Whether `text` occurs in `folded` with the boundaries the needle asks for. */
export function hasNeedle(folded: string, { text, start, end }: Needle): boolean {
  for (let i = folded.indexOf(text); i >= 0; i = folded.indexOf(text, i + 1)) {
    if (start && i > 0 && isWordChar(folded.charCodeAt(i - 1))) continue;
    if (end && isWordChar(folded.charCodeAt(i + text.length))) continue;
    return true;
  }
  return false;
}

/** Stage 1 on a text already folded (`foldTitle`): could the page be a candidate at all? */
export const firstStageMatches = (folded: string): boolean => FIRST_STAGE_NEEDLES.some((n) => hasNeedle(folded, n));

const WORD_CHAR = 'c=>c>47&&c<58||c>64&&c<91||c>96&&c<123||c===95';

/**
 * The boundary check as source: `inWords(text, needle, start, end)`, called only after a
 * substring hit. It is `hasNeedle` written again as source text, because an extension may not
 * evaluate code at run time; tests/unit/first-stage.test.ts holds the two to the same decisions.
 */
export const boundarySource = (): string =>
  `function inWords(t,x,s,e){const w=${WORD_CHAR};for(let i=t.indexOf(x);i>=0;i=t.indexOf(x,i+1))if(!(s&&i>0&&w(t.charCodeAt(i-1)))&&!(e&&w(t.charCodeAt(i+x.length))))return true;return false}`;

/**
 * The first stage as one expression over the variable `v`: `includes` tests joined by ||.
 * Written straight into the declared gate by the build (scripts/first-stage-plugin.ts):
 * measured in Chromium, a call to a function of the gate's own, or a loop over an array,
 * costs a content script's fresh world more than these tests do.
 */
export function firstStageExpression(v: string): string {
  const q = (s: string) => JSON.stringify(s);
  return FIRST_STAGE_NEEDLES.map((n) => (n.start || n.end ? `${v}.includes(${q(n.text)})&&inWords(${v},${q(n.text)},${n.start ? 1 : 0},${n.end ? 1 : 0})` : `${v}.includes(${q(n.text)})`)).join('||');
}

/** The same as a module (virtual:first-stage), for code that calls it as a function. */
export const firstStageSource = (): string => `${boundarySource()}\nexport default function firstStage(t){return ${firstStageExpression('t')}}\n`;
