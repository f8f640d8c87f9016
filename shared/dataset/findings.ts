/**
 * "What stands out": what a reader of one exchange would otherwise have to dig for, computed
 * from the record (DESIGN.md, the five-second test): words only one side's state media
 * carried, words rendered differently, how long a reply took, years an occasion passed in
 * silence, and the first or last time the leaders used some words. Pure; the sidebar words it.
 */
import type { ExchangeEvent } from './schema';
import type { AlignedRow, Alignment, Cell } from './alignment';
import { phraseKey } from './alignment';
import { cadenceOf, daysBetween, occasionYear, ordinalOf, seriesByYear, seriesOf, type Coverage } from './occasion-calendar';

type Side = 'dprk' | 'prc';

export type DelayBasis = 'sent' | 'reported';

export type Finding =
  /** Words only this side's state media printed; `more` other such rows. */
  | { type: 'side-only'; side: Side; row: AlignedRow; cell: Cell; more: number }
  /** The same words rendered differently in one language, with the original when known. */
  | { type: 'rendered'; row: AlignedRow; original?: Cell; variants: [Cell, Cell]; more: number }
  /**
   * This reply came `days` after the message it answers, counted between the two sending dates
   * when both are known (`basis: 'sent'`), else between the reports (`'reported'`, and the reader
   * is told so); `typical` is the median for the same series.
   */
  | { type: 'reply-delay'; days: number; basis: DelayBasis; answered: ExchangeEvent; typical?: number }
  /** This message was answered `days` later. */
  | { type: 'answered-after'; days: number; by: ExchangeEvent }
  /** Years in which this yearly occasion passed without a message in this series. */
  | { type: 'silence'; years: number[]; since: number }
  /** The series marks only round anniversaries; `missed` are round years without a message. */
  | { type: 'round-only'; marked: { year: number; ordinal: number }[]; missed: number[] }
  /** Years in which the message this reply answers went unanswered. */
  | { type: 'unanswered'; years: number[] }
  /** The first exchange with these words; `later` exchanges used them again. */
  | { type: 'phrase-first'; row: AlignedRow; cell: Cell; later: number }
  /** Words back after `years` years; last used in `previous`. */
  | { type: 'phrase-returns'; row: AlignedRow; cell: Cell; years: number; previous: ExchangeEvent }
  /** The last exchange with these words, though `since` later messages from the same leader followed. */
  | { type: 'phrase-last'; row: AlignedRow; cell: Cell; earlier: number; since: number };

/** How long a greeting may wait for its reply before the record can call it unanswered. */
const REPLY_WINDOW_DAYS = 90;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
};

/**
 * Days from one message to the next, like with like: sending dates when both are known, else
 * report dates (a message reported on the 22nd may have been answered on the 21st it was sent).
 */
const delay = (first: ExchangeEvent, second: ExchangeEvent): { days: number; basis: DelayBasis } =>
  first.sentDate && second.sentDate ? { days: daysBetween(first.sentDate, second.sentDate), basis: 'sent' } : { days: daysBetween(first.date, second.date), basis: 'reported' };

/** Whole calendar years from one day to a later one. */
const wholeYears = (from: string, to: string): number => Number(to.slice(0, 4)) - Number(from.slice(0, 4)) - (to.slice(5) < from.slice(5) ? 1 : 0);

/** Keys of the leaders' own words in an exchange, as the wording table keys its rows. */
function leaderWordKeys(event: ExchangeEvent): Set<string> {
  const phrases = [...event.readouts, ...event.coverage].flatMap((s) => s.phrases);
  const conceptOf = new Map<string, string>();
  for (const p of phrases) if (p.concept) conceptOf.set(phraseKey(p.text), p.concept);
  const keys = new Set<string>();
  for (const p of phrases) {
    if (p.speaker !== 'xi' && p.speaker !== 'kim') continue;
    const concept = conceptOf.get(phraseKey(p.text));
    keys.add(concept ? `c:${concept}` : `p:${phraseKey(p.text)}`);
  }
  return keys;
}

/** Which exchanges used which words, oldest first; built once per record. */
const indexes = new WeakMap<readonly ExchangeEvent[], Map<string, ExchangeEvent[]>>();
function wordIndex(events: readonly ExchangeEvent[]): Map<string, ExchangeEvent[]> {
  let index = indexes.get(events);
  if (index) return index;
  index = new Map();
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const e of sorted) for (const k of leaderWordKeys(e)) index.set(k, [...(index.get(k) ?? []), e]);
  indexes.set(events, index);
  return index;
}

function sideOnly(alignment: Alignment): Finding[] {
  const out: Finding[] = [];
  for (const side of ['dprk', 'prc'] as const) {
    const rows = alignment.rows.filter((r) => r.sideOnly === side);
    const row = rows[0];
    const cell = row?.cells.find((c) => c.source?.side === side);
    if (row && cell) out.push({ type: 'side-only', side, row, cell, more: rows.length - 1 });
  }
  return out;
}

function rendered(alignment: Alignment): Finding[] {
  const found: { row: AlignedRow; variants: [Cell, Cell]; original?: Cell }[] = [];
  for (const row of alignment.rows) {
    // The leaders' words only (an outlet's commentary is not "rendered"); a row already shown
    // as one side's only is not shown twice.
    if (!row.concept || row.renderings < 2 || row.sideOnly || (row.speaker !== 'xi' && row.speaker !== 'kim')) continue;
    // Two cells in one language that word it differently: the second carries marks against the first.
    const cells = row.cells.filter((c) => c.source);
    const second = cells.find((c) => c.segments);
    const first = second && cells.find((c) => c.language === second.language);
    if (!first || !second) continue;
    const original = cells.find((c) => c.rendering === 'original' && c.language !== second.language);
    found.push({ row, variants: [first, second], ...(original ? { original } : {}) });
  }
  const best = found[0];
  return best ? [{ type: 'rendered', ...best, more: found.length - 1 }] : [];
}

function timing(event: ExchangeEvent, events: readonly ExchangeEvent[]): Finding[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const out: Finding[] = [];
  const answered = event.repliesTo ? byId.get(event.repliesTo) : undefined;
  if (answered) {
    const others = seriesOf(event, events)
      .filter((e) => e.id !== event.id && e.repliesTo && byId.has(e.repliesTo))
      .map((e) => delay(byId.get(e.repliesTo!)!, e).days)
      .filter((d) => d >= 0);
    const { days, basis } = delay(answered, event);
    if (days >= 0) out.push({ type: 'reply-delay', days, basis, answered, ...(others.length >= 2 ? { typical: median(others) } : {}) });
  }
  const by = events.filter((e) => e.repliesTo === event.id).sort((a, b) => a.date.localeCompare(b.date))[0];
  const days = by ? delay(event, by).days : -1;
  if (by && days >= 0) out.push({ type: 'answered-after', days, by });
  return out;
}

function gaps(event: ExchangeEvent, events: readonly ExchangeEvent[], coverage: Coverage): Finding[] {
  const slots = seriesByYear(event, events, coverage);
  const cadence = cadenceOf(event.occasion, seriesOf(event, events));
  if (!cadence) return [];
  const answered = event.repliesTo ? events.find((e) => e.id === event.repliesTo) : undefined;
  if (event.kind === 'reply' && answered) {
    // For a reply, the silence that matters: years the greeting came and no reply did.
    // A greeting too close to the end of the record may simply not have been answered yet.
    const settled = (e: ExchangeEvent) => daysBetween(e.date, coverage.end) >= REPLY_WINDOW_DAYS;
    const greeted = new Set(seriesByYear(answered, events, coverage).filter((s) => s.events.some(settled)).map((s) => s.year));
    const replied = new Set(slots.filter((s) => s.events.length).map((s) => s.year));
    const years = [...greeted].filter((y) => !replied.has(y)).sort((a, b) => a - b);
    return years.length ? [{ type: 'unanswered', years }] : [];
  }
  const missed = slots.filter((s) => !s.events.length).map((s) => s.year);
  if (cadence === 'round') {
    const marked = slots.flatMap((s) => s.events.slice(0, 1).map((e) => ({ year: s.year, ordinal: ordinalOf(e) ?? 0 })));
    return [{ type: 'round-only', marked, missed }];
  }
  return missed.length ? [{ type: 'silence', years: missed, since: slots[0]?.year ?? occasionYear(event) }] : [];
}

/** Later messages from the leader whose words these are. */
const laterFrom = (event: ExchangeEvent, events: readonly ExchangeEvent[], speaker: 'xi' | 'kim') => {
  const direction = speaker === 'xi' ? 'xi-to-kim' : 'kim-to-xi';
  return events.filter((e) => e.date > event.date && (e.direction === direction || e.direction === 'both')).length;
};

/** The rendering to show for a row: the original, else an English one, else the first. */
const displayCell = (row: AlignedRow): Cell | undefined => {
  // The record's own sources, not the article on screen (findings are about the exchange).
  const cells = row.cells.filter((c) => c.source && !c.inHeadline);
  const longest = (list: Cell[]) => [...list].sort((a, b) => b.text.length - a.text.length)[0];
  return cells.find((c) => c.rendering === 'original' && c.official) ?? cells.find((c) => c.rendering === 'original') ?? longest(cells.filter((c) => c.language === 'en')) ?? cells[0];
};

/** Words long enough to mean something quoted on their own ("frustrate" alone does not). */
const quotable = (cell: Cell): boolean => (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(cell.text) ? cell.text.trim().length >= 4 : cell.text.trim().split(/\s+/).length >= 3);

function phraseHistoryFinding(event: ExchangeEvent, events: readonly ExchangeEvent[], alignment: Alignment): Finding[] {
  const index = wordIndex(events);
  let best: { score: number; finding: Finding } | undefined;
  for (const row of alignment.rows) {
    if (row.speaker !== 'xi' && row.speaker !== 'kim') continue;
    // Words tied across sources (a concept) or printed by state media, not one outlet's turn of phrase.
    if (!row.concept && !row.sides.dprk && !row.sides.prc) continue;
    const uses = index.get(row.key);
    const i = uses?.findIndex((e) => e.id === event.id) ?? -1;
    const cell = displayCell(row);
    if (!uses || i < 0 || uses.length < 2 || !cell || !quotable(cell)) continue;
    const consider = (score: number, finding: Finding) => {
      if (!best || score > best.score) best = { score, finding };
    };
    if (i === 0) consider(10 + uses.length, { type: 'phrase-first', row, cell, later: uses.length - 1 });
    if (i > 0) {
      const previous = uses[i - 1]!;
      const years = wholeYears(previous.date, event.date);
      if (years >= 3) consider(5 + years, { type: 'phrase-returns', row, cell, years, previous });
    }
    if (i === uses.length - 1) {
      const since = laterFrom(event, events, row.speaker);
      if (since >= 3) consider(since, { type: 'phrase-last', row, cell, earlier: uses.length - 1, since });
    }
  }
  return best ? [best.finding] : [];
}

/** Everything notable about one exchange, most telling first. */
export function findingsOf(event: ExchangeEvent, events: readonly ExchangeEvent[], alignment: Alignment, coverage: Coverage): Finding[] {
  return [...sideOnly(alignment), ...rendered(alignment), ...timing(event, events), ...gaps(event, events, coverage), ...phraseHistoryFinding(event, events, alignment)];
}
