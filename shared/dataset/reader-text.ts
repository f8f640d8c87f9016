/**
 * Reader-facing dataset text speaks of the world, never of how it was researched
 * (DESIGN.md, "Words on screen"). These checks run in the validator over every field a
 * reader sees: titles, occasions, summaries, what is unconfirmed, glosses, concept labels.
 * Research process belongs in `researchNote` / `dateNote`, which are never shown.
 */

/** Words that give research process away, in the three interface languages. */
const RESEARCH_WORDING: [RegExp, string][] = [
  [/https?:\/\/|www\.[a-z]/i, 'a raw URL'],
  [/\b(?:search )?index(?:ed)?\b/i, '"index"'],
  [/\bseeds?\b/i, '"seed"'],
  [/\bstored (?:copy|copies|page)/i, '"stored copy"'],
  [/\bwas (?:read|not read)\b|\bwe read\b/i, 'what was read'],
  [/\bresearchers?\b|\bresearch log/i, '"researcher"'],
  [/\b(?:searched|search results?|was found|were found|not found|could not (?:be )?find|was not visible)\b/i, 'what a search found'],
  [/색인|인덱스|검색 결과|검색되지|저장된 사본/, 'research wording (ko)'],
  [/索引|检索|搜索结果|存档副本|未检索到/, 'research wording (zh)'],
];

/** Problems with one reader-facing text; an empty list means it reads as news, not as a lab notebook. */
export function readerTextProblems(text: string): string[] {
  return RESEARCH_WORDING.filter(([re]) => re.test(text)).map(([, what]) => `speaks of research (${what})`);
}
