/**
 * Markdown for a story draft: the notes grouped by exchange, each quote with a link back
 * to its passage (a text fragment), and every source cited once as a footnote
 * (`[^1]`, as GitHub, Pandoc and Obsidian render them). No internal ids: the reader's
 * words, their sources, dates in their language.
 */
import type { ExchangeEvent } from '../dataset/schema';
import type { Note, NoteTarget } from '../storage/notes-schema';
import { collectCitations, localDay, type CitedSource, type ExchangeLookup } from './sources';
import { quoteLink } from './text-fragment';

export interface MarkdownWords {
  heading: string;
  /** "Exported 5 January 2026 · 3 notes" */
  exported: (date: string, count: number) => string;
  /** The heading of notes on no exchange the record holds. */
  otherNotes: string;
  readouts: string;
  openPassage: string;
  /** "Note written 5 January 2026" */
  written: (date: string) => string;
  /** "accessed 5 January 2026" */
  accessed: (date: string) => string;
  /** "print edition, p. 3" / "print edition" */
  print: (page: string | undefined) => string;
  by: (author: string) => string;
  /** "About the phrase “…”" / "About Yonhap’s story “…”" */
  about: (target: NoteTarget, source: CitedSource | undefined) => string;
  /** The exchange's name and its labelled dates, in the reader's language. */
  exchangeTitle: (event: ExchangeEvent) => string;
  exchangeDates: (event: ExchangeEvent) => string;
  /** A YYYY-MM-DD date in words. */
  date: (iso: string) => string;
}

const escapeInline = (s: string) => s.replace(/([[\]*_`\\<>])/g, '\\$1');

export function citationText(s: CitedSource, w: MarkdownWords): string {
  const parts = [escapeInline(s.outlet), `“${escapeInline(s.title)}”`];
  if (s.author) parts.push(w.by(escapeInline(s.author)));
  if (s.date) parts.push(w.date(s.date));
  if (s.print) parts.push(w.print(s.print.page));
  if (s.url) parts.push(`<${s.url}>`);
  return `${parts.join(', ')}${s.accessed ? ` (${w.accessed(w.date(s.accessed))})` : ''}.`;
}

export function toMarkdown(notes: readonly Note[], exchange: ExchangeLookup, w: MarkdownWords, now = Date.now()): string {
  const { sources, ofNote } = collectCitations(notes, exchange);
  const byKey = new Map(sources.map((s) => [s.key, s]));
  const numbers = new Map<string, number>();
  const ref = (key: string) => {
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return `[^${numbers.get(key)}]`;
  };

  // Exchanges in date order, newest first; notes on none (or on one the record no longer holds) last.
  const groups = new Map<string, Note[]>();
  for (const n of notes) {
    const key = n.eventId && exchange(n.eventId) ? exchange(n.eventId)!.id : '';
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const order = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : exchange(b)!.date.localeCompare(exchange(a)!.date) || a.localeCompare(b)));

  const out = [`# ${w.heading}`, '', w.exported(w.date(localDay(now)), notes.length), ''];
  for (const group of order) {
    const event = group ? exchange(group) : undefined;
    out.push(`## ${event ? escapeInline(w.exchangeTitle(event)) : w.otherNotes}`, '');
    if (event) {
      out.push(w.exchangeDates(event), '');
      const readouts = sources.filter((s) => s.role === 'readout' && event.readouts.some((r) => (r.url ?? '') === (s.url ?? '') && r.title === s.title));
      if (readouts.length) out.push(`${w.readouts}: ${readouts.map((s) => `${escapeInline(s.outlet)}${ref(s.key)}`).join(', ')}`, '');
    }
    for (const n of [...groups.get(group)!].sort((a, b) => a.createdAt - b.createdAt)) {
      const [own] = (ofNote.get(n.id) ?? []).filter((k) => byKey.get(k)?.role !== 'readout');
      const source = own ? byKey.get(own) : undefined;
      if (n.target) out.push(`*${w.about(n.target, source)}*`, '');
      if (n.quote) {
        out.push(...n.quote.split('\n').map((l, i, all) => `> ${l}${i === all.length - 1 && source ? ` ${ref(source.key)}` : ''}`));
        if (n.article) out.push('>', `> [${w.openPassage}](${quoteLink(n.article.url, n.quote, n.quoteContext)})`);
        out.push('');
      }
      // The reader's own line breaks stay line breaks (Markdown would join them).
      if (n.text) out.push(`${n.text.replace(/(?<!\n)\n(?!\n)/g, '  \n')}${!n.quote && source ? ` ${ref(source.key)}` : ''}`, '');
      out.push(`*${w.written(w.date(localDay(n.createdAt)))}${n.tags.length ? ` · ${n.tags.map((t) => `#${t}`).join(' ')}` : ''}*`, '');
    }
  }
  if (numbers.size) {
    out.push('---', '');
    for (const [key, number] of numbers) out.push(`[^${number}]: ${citationText(byKey.get(key)!, w)}`);
    out.push('');
  }
  return out.join('\n');
}
