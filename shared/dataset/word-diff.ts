/**
 * Where one rendering differs from another in the same language, marked inside the text
 * (DESIGN.md: "differences are marked inside the text, not described beside it"). Words
 * for languages written with spaces, characters for Chinese and Japanese.
 */
import { diffChars, diffWords } from 'diff';

export interface Segment {
  text: string;
  /** Not in the reference rendering. */
  differs: boolean;
}

/** Past this share of changed text the two are different phrasings, and marking every word says nothing. */
const MAX_CHANGED = 0.6;

/**
 * `text` cut into segments, those absent from `reference` marked; one unmarked segment when
 * they are the same, or too different for marks to help.
 */
export function differingSegments(reference: string, text: string, language: string): Segment[] {
  const parts = language === 'zh' || language === 'ja' ? diffChars(reference, text) : diffWords(reference, text, { ignoreCase: true });
  const kept = parts.filter((p) => !p.removed);
  const changed = kept.filter((p) => p.added && p.value.trim()).reduce((n, p) => n + p.value.trim().length, 0);
  const total = text.replace(/\s+/g, '').length || 1;
  if (changed === 0 || changed / total > MAX_CHANGED) return [{ text, differs: false }];
  const out: Segment[] = [];
  for (const p of kept) {
    // Whitespace alone is never a difference worth marking.
    const differs = !!p.added && p.value.trim() !== '';
    const last = out[out.length - 1];
    if (last && last.differs === differs) last.text += p.value;
    else out.push({ text: p.value, differs });
  }
  return out;
}
