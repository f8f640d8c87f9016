/**
 * A view of the record as Markdown, for a reader's own notes or an article draft: one
 * table row per exchange with its date, kind, direction, title and the state-media
 * readouts with their titles and links. A readout read in a print edition has no link
 * and is cited by page ("People's Daily, p. 1"). Pure: every word on it is passed in.
 */
import type { Direction, ExchangeEvent, Kind, Readout, UiLanguage } from './schema';
import { eventTitle } from './localize';

export interface MarkdownWords {
  /** The heading, e.g. "Xi–Kim exchanges: 12 of 119". */
  heading: string;
  /** Lines under the heading: what the view shows (filters, query) in words. */
  lines: string[];
  columns: { date: string; exchange: string; kind: string; direction: string; stateMedia: string };
  date: (day: string) => string;
  kind: (kind: Kind) => string;
  direction: (direction: Direction) => string;
  /** "p. 1" */
  page: (page: string) => string;
  /** Said of a print readout whose page is not known: "print edition". */
  printEdition: string;
  /** In the state-media column of an exchange no state media reported. */
  noReadout: string;
}

/** Text safe inside a table cell: no pipe ends the cell, no line break ends the row. */
const cell = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
/** Text safe as a link's label. */
const label = (text: string): string => cell(text).replace(/([[\]])/g, '\\$1');
/** A URL safe as a link target: spaces and brackets would end it early. */
const target = (url: string): string => url.replace(/[\s()<>|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** One readout as a citation: `KCNA: [title](url)` or `People's Daily, p. 1: “title”`. */
export function readoutCitation(r: Readout, words: Pick<MarkdownWords, 'page' | 'printEdition'>): string {
  if (r.url && /^https?:\/\//i.test(r.url)) return `${cell(r.agency)}: [${label(r.title)}](${target(r.url)})`;
  const where = r.print?.page ? words.page(r.print.page) : words.printEdition;
  return `${cell(r.agency)}, ${cell(where)}: “${cell(r.title)}”`;
}

export function exchangesMarkdown(events: readonly ExchangeEvent[], lang: UiLanguage, words: MarkdownWords): string {
  const c = words.columns;
  const rows = events.map((e) => {
    const media = e.readouts.length ? e.readouts.map((r) => readoutCitation(r, words)).join('; ') : cell(words.noReadout);
    return `| ${cell(words.date(e.date))} | ${cell(eventTitle(e, lang))} | ${cell(words.kind(e.kind))} | ${cell(words.direction(e.direction))} | ${media} |`;
  });
  return [
    `## ${cell(words.heading)}`,
    '',
    ...words.lines.flatMap((l) => [l, '']),
    `| ${[c.date, c.exchange, c.kind, c.direction, c.stateMedia].map(cell).join(' | ')} |`,
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
