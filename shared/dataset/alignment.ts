/**
 * The wording table: one row per thing said (a phrase `concept`; a phrase without one is its
 * own row), and in each row every rendering of it, the state-media original first. Each cell
 * says whose words they are, who printed them, in which language, and whether that is the
 * language they were said in (original) or a translation. The article on screen joins the
 * table from the phrases its text quotes. Pure; the sidebar and the findings read it.
 */
import type { ExchangeEvent, Language, Localized, Speaker, UiLanguage } from './schema';
import { normalize } from '../detector/text';
import { sourceTexts, type SourceText } from './source-texts';
import { differingSegments, type Segment } from './word-diff';

type Side = 'dprk' | 'prc';

export interface Cell {
  /** Who printed it; null for the article on screen when it is none of the exchange's sources. */
  source: SourceText | null;
  text: string;
  language: Language;
  speaker: Speaker;
  /** The words in the language they were said in, or a translation. */
  rendering: 'original' | 'translation';
  /** Printed by the speaker's own side's state media (KCNA for Kim, Xinhua for Xi). */
  official: boolean;
  gloss?: Localized;
  /** Found in the source's headline rather than among its quoted phrases. */
  inHeadline?: true;
  /** The article the reader is on carries these words. */
  thisArticle: boolean;
  /** Against the first rendering in the same language: which parts differ (absent when none do). */
  segments?: Segment[];
}

export interface AlignedRow {
  /** `c:<concept>` or `p:<normalised text>`. */
  key: string;
  concept?: string;
  /** Whose words (the most common speaker among the cells). */
  speaker: Speaker;
  cells: Cell[];
  /** Which sides' state media carried it. */
  sides: Record<Side, boolean>;
  /** Both sides published a readout and only this one's carried these words. */
  sideOnly?: Side;
  /** How many different wordings the row holds. */
  renderings: number;
  inArticle: boolean;
}

export interface Alignment {
  sources: SourceText[];
  rows: AlignedRow[];
}

/** The article on screen, as the background stored it for the tab. */
export interface ArticleText {
  url: string;
  text: string;
}

const SIDE_LANGUAGE: Record<Side, Language> = { dprk: 'ko', prc: 'zh' };
const LANGUAGE_ORDER: Language[] = ['ko', 'zh', 'en', 'ja', 'ru', 'other'];

/** A phrase as compared: normalised, without the quotes and stops some sources print around it. */
export const phraseKey = (text: string): string => normalize(text).replace(/^[\s"'.,…·]+|[\s"'.,…·]+$/g, '').trim();

/** Too short to be found in a headline or article by chance: under 8 Latin or 4 Hangul/Han characters. */
const findable = (key: string) => key.length >= (/[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(key) ? 4 : 8);

/**
 * The gloss a reader needs beside a rendering: none for words in their own language; in their
 * language where the record has it; else the English gloss, except beside English words.
 */
export function glossFor(gloss: Localized | undefined, language: Language, reader: UiLanguage): string {
  if (!gloss || language === reader) return '';
  return gloss[reader] || (language === 'en' ? '' : gloss.en ?? '');
}

/** Original or translation, and whether the speaker's own state media printed it. */
export function renderingOf(speaker: Speaker, language: Language, source: SourceText | null): Pick<Cell, 'rendering' | 'official'> {
  const side: Side | undefined = speaker === 'xi' ? 'prc' : speaker === 'kim' ? 'dprk' : speaker === 'agency' ? source?.side : undefined;
  // An outlet's own words (or words of an agency we cannot place) are original in whatever language they are in.
  if (!side) return { rendering: 'original', official: false };
  return { rendering: language === SIDE_LANGUAGE[side] ? 'original' : 'translation', official: source?.side === side };
}

/** The order of cells in a row: the speaker's state media (original, then its translation), the other side's, this article, outlets. */
function cellRank(c: Cell): number {
  if (c.official) return c.rendering === 'original' ? 0 : 1;
  if (c.source?.side) return 2;
  if (!c.source) return 3;
  return c.rendering === 'original' ? 4 : 5;
}
const byCellOrder = (a: Cell, b: Cell) =>
  cellRank(a) - cellRank(b) ||
  LANGUAGE_ORDER.indexOf(a.language) - LANGUAGE_ORDER.indexOf(b.language) ||
  (a.source?.date ?? '').localeCompare(b.source?.date ?? '');

function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

export function alignWording(event: Pick<ExchangeEvent, 'readouts' | 'coverage'>, article?: ArticleText): Alignment {
  const sources = sourceTexts(event, article?.url);
  // A phrase linked to a concept anywhere in the exchange joins that concept's row everywhere.
  const conceptOf = new Map<string, string>();
  for (const s of sources) for (const p of s.phrases) if (p.concept) conceptOf.set(phraseKey(p.text), p.concept);

  const rows = new Map<string, AlignedRow>();
  for (const source of sources) {
    for (const p of source.phrases) {
      const concept = conceptOf.get(phraseKey(p.text));
      const key = concept ? `c:${concept}` : `p:${phraseKey(p.text)}`;
      const row = rows.get(key) ?? { key, ...(concept ? { concept } : {}), speaker: p.speaker, cells: [], sides: { dprk: false, prc: false }, renderings: 0, inArticle: false };
      const cell: Cell = { source, text: p.text, language: source.language, speaker: p.speaker, ...renderingOf(p.speaker, source.language, source), thisArticle: source.isThisArticle };
      if (p.gloss) cell.gloss = p.gloss;
      row.cells.push(cell);
      rows.set(key, row);
    }
  }

  // A source whose headline carries a row's words carried them too.
  for (const row of rows.values()) {
    const wordings = [...new Map(row.cells.map((c) => [phraseKey(c.text), c])).entries()].filter(([k]) => findable(k));
    for (const source of sources) {
      if (row.cells.some((c) => c.source === source)) continue;
      const title = phraseKey(source.title);
      const hit = wordings.find(([k]) => title.includes(k));
      if (!hit) continue;
      const [, like] = hit;
      // A gloss explains one language's words: it travels only to a headline in that language.
      const gloss = like.gloss && like.language === source.language ? { gloss: like.gloss } : {};
      row.cells.push({ source, text: like.text, language: source.language, speaker: like.speaker, ...renderingOf(like.speaker, source.language, source), inHeadline: true, thisArticle: source.isThisArticle, ...gloss });
    }
  }

  // The article on screen, from the phrases its text quotes.
  const articleText = article ? phraseKey(article.text) : '';
  const articleSource = sources.find((s) => s.isThisArticle) ?? null;
  if (articleText) {
    for (const row of rows.values()) {
      if (row.cells.some((c) => c.thisArticle)) continue;
      const like = row.cells.find((c) => findable(phraseKey(c.text)) && articleText.includes(phraseKey(c.text)));
      if (!like) continue;
      row.cells.push({ source: articleSource, text: like.text, language: like.language, speaker: like.speaker, ...renderingOf(like.speaker, like.language, articleSource), thisArticle: true, ...(like.gloss ? { gloss: like.gloss } : {}) });
    }
  }

  const hasReadout = { dprk: sources.some((s) => s.side === 'dprk'), prc: sources.some((s) => s.side === 'prc') };
  const out: AlignedRow[] = [];
  for (const row of rows.values()) {
    row.speaker = mostCommon(row.cells.map((c) => c.speaker));
    // One thing said has one speaker: a source that filed a leader's words as its own paraphrase
    // still renders that leader's words (original or translation by the leader's language).
    if (row.concept && (row.speaker === 'xi' || row.speaker === 'kim')) for (const c of row.cells) Object.assign(c, { speaker: row.speaker }, renderingOf(row.speaker, c.language, c.source));
    row.cells.sort(byCellOrder);
    row.sides = { dprk: row.cells.some((c) => c.source?.side === 'dprk'), prc: row.cells.some((c) => c.source?.side === 'prc') };
    if (hasReadout.dprk && hasReadout.prc && row.sides.dprk !== row.sides.prc) row.sideOnly = row.sides.dprk ? 'dprk' : 'prc';
    row.renderings = new Set(row.cells.map((c) => phraseKey(c.text))).size;
    row.inArticle = row.cells.some((c) => c.thisArticle);
    markDifferences(row);
    out.push(row);
  }
  return { sources, rows: rankRows(out) };
}

/** Each cell against the first cell in its language that words it differently. */
function markDifferences(row: AlignedRow): void {
  const reference = new Map<Language, Cell>();
  for (const cell of row.cells) {
    const ref = reference.get(cell.language);
    if (!ref) {
      reference.set(cell.language, cell);
      continue;
    }
    if (phraseKey(ref.text) === phraseKey(cell.text)) continue;
    const segments = differingSegments(ref.text, cell.text, cell.language);
    if (segments.some((s) => s.differs)) cell.segments = segments;
  }
}

/**
 * What a reader should see first: words only one side's state media carried, words rendered
 * differently, words many sources carried, the leaders' own words. Ties keep dataset order.
 */
function rankRows(rows: AlignedRow[]): AlignedRow[] {
  const score = (r: AlignedRow) =>
    (r.sideOnly ? 4 : 0) + (r.renderings > 1 ? 3 : 0) + Math.min(r.cells.length, 5) + (r.sides.dprk || r.sides.prc ? 2 : 0) + (r.speaker === 'xi' || r.speaker === 'kim' ? 1 : 0);
  return rows.map((r, i) => ({ r, i, s: score(r) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.r);
}

/** How many distinct texts (not copies) printed at least one of the exchange's phrases. */
export const quotingSources = (a: Alignment): number => new Set(a.rows.flatMap((r) => r.cells.map((c) => c.source?.key).filter(Boolean))).size;
