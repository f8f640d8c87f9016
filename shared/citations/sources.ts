/**
 * What a set of notes cites: the articles they were taken on and, for notes on an
 * exchange, that exchange's state-media readouts (and the one source a note is about).
 * One entry per source however many notes cite it; the format writers (CSL JSON, RIS,
 * BibTeX, Markdown) all start from this list.
 */
import type { Coverage, ExchangeEvent, Readout } from '../dataset/schema';
import type { Note } from '../storage/notes-schema';

export interface CitedSource {
  /** Citation key, unique in one export: ASCII letters and digits ("hkfp2024chinas"). */
  key: string;
  /** The article a note was taken on, a state-media readout, or an outlet's story from the record. */
  role: 'article' | 'readout' | 'coverage';
  /** The outlet, or the state agency or paper. */
  outlet: string;
  title: string;
  author?: string;
  /** Publication date, YYYY-MM-DD (or shorter when only the year or month is known). */
  date: string | null;
  url?: string;
  /** A text read in a print edition: its page, and no URL. */
  print?: { page?: string };
  /** ISO 639-1 code, when known. */
  language?: string;
  /** When the reader accessed it (YYYY-MM-DD, their calendar): sources on the web only. */
  accessed?: string;
  /** The reader's notes taken on this very source, oldest first. */
  notes: Note[];
}

export interface Citations {
  sources: CitedSource[];
  /** For each note id: the keys of what it cites, its own source first. */
  ofNote: Map<string, string[]>;
}

export type ExchangeLookup = (id: string) => ExchangeEvent | undefined;

/** The reader's calendar day of a time (YYYY-MM-DD): an access date is a local date. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** One identity per web address, whatever its #fragment, trailing slash or host case. */
export function sourceIdentity(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url;
  }
}

const LANGS = new Set(['en', 'ko', 'zh', 'ja', 'ru']);
const language = (code: string | undefined) => {
  const two = (code ?? '').toLowerCase().slice(0, 2);
  return LANGS.has(two) || /^[a-z]{2}$/.test(two) ? two : undefined;
};

/** "hkfp2024chinas": outlet initials or first word, year, first title word; ASCII only. */
function baseKey(s: { outlet: string; date: string | null; title: string }): string {
  const ascii = (t: string) => t.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').toLowerCase();
  const outletWords = ascii(s.outlet).split(/[^a-z0-9]+/).filter(Boolean);
  const outlet = outletWords.length > 2 ? outletWords.map((w) => w[0]).join('') : (outletWords[0] ?? '');
  const title = ascii(s.title).split(/[^a-z0-9]+/).find((w) => w.length > 3) ?? '';
  return `${outlet.slice(0, 12) || 'source'}${s.date?.slice(0, 4) ?? ''}${title.slice(0, 12)}`;
}

function fromRecord(item: Readout | Coverage, role: 'readout' | 'coverage'): Omit<CitedSource, 'key' | 'notes' | 'accessed'> {
  const source = 'agency' in item ? item.agency : item.outlet;
  const title = 'title' in item ? item.title : item.headline;
  // A wire text printed in a newspaper (a Xinhua report in People's Daily) is cited as that
  // newspaper's article, the agency as its byline.
  const publication = !item.url && item.print?.publication && item.print.publication !== source ? item.print.publication : undefined;
  return {
    role,
    outlet: publication ?? source,
    ...(publication ? { author: source } : {}),
    title,
    date: item.date,
    ...(item.url ? { url: item.url } : { print: { ...(item.print?.page ? { page: item.print.page } : {}) } }),
    ...(language(item.language) ? { language: language(item.language) } : {}),
  };
}

const recordIdentity = (s: Omit<CitedSource, 'key' | 'notes'>) => (s.url ? sourceIdentity(s.url) : `print|${s.outlet}|${s.date}|${s.title}`);

/** The sources of an exchange a note on one of them (by URL) or one phrase of it points to. */
function targetedSources(note: Note, event: ExchangeEvent): Omit<CitedSource, 'key' | 'notes' | 'accessed'>[] {
  const items: [Readout | Coverage, 'readout' | 'coverage'][] = [...event.readouts.map((r) => [r, 'readout'] as [Readout, 'readout']), ...event.coverage.map((c) => [c, 'coverage'] as [Coverage, 'coverage'])];
  const t = note.target;
  if (!t) return [];
  if (t.kind === 'source') {
    const id = sourceIdentity(t.url);
    return items.filter(([i]) => [i.url, ...(i.mirrors ?? [])].some((u) => u && sourceIdentity(u) === id)).map(([i, role]) => fromRecord(i, role));
  }
  return items.filter(([i]) => i.phrases.some((p) => p.text === t.text)).map(([i, role]) => fromRecord(i, role));
}

/** Every source the notes cite, in the order the notes first cite them. */
export function collectCitations(notes: readonly Note[], exchange: ExchangeLookup): Citations {
  const byIdentity = new Map<string, CitedSource>();
  const usedKeys = new Set<string>();
  const ofNote = new Map<string, string[]>();

  const cite = (s: Omit<CitedSource, 'key' | 'notes' | 'accessed'>, note: Note, own: boolean): string => {
    const identity = recordIdentity(s);
    let source = byIdentity.get(identity);
    if (!source) {
      const base = baseKey(s);
      let key = base;
      for (let i = 0; usedKeys.has(key); i++) key = `${base}${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`;
      usedKeys.add(key);
      source = { ...s, key, notes: [] };
      byIdentity.set(identity, source);
    }
    // The earliest time the reader had it in front of them; print texts are not "accessed".
    if (source.url) {
      const day = localDay(note.accessedAt);
      if (!source.accessed || day < source.accessed) source.accessed = day;
    }
    if (!source.author && s.author) source.author = s.author;
    if (!source.language && s.language) source.language = s.language;
    if (own && !source.notes.includes(note)) source.notes.push(note);
    return source.key;
  };

  for (const note of [...notes].sort((a, b) => a.createdAt - b.createdAt)) {
    const keys: string[] = [];
    if (note.article) {
      // An in-page anchor or a text fragment is where the reader was, not what they cite.
      const a = note.article;
      keys.push(cite({ role: 'article', outlet: a.outlet, title: a.title, date: a.date, url: a.url.replace(/#.*$/, ''), ...(a.author ? { author: a.author } : {}), ...(language(a.lang) ? { language: language(a.lang) } : {}) }, note, true));
    }
    const event = note.eventId ? exchange(note.eventId) : undefined;
    if (event) {
      for (const s of targetedSources(note, event)) keys.push(cite(s, note, true));
      for (const r of event.readouts) keys.push(cite(fromRecord(r, 'readout'), note, false));
    }
    ofNote.set(note.id, [...new Set(keys)]);
  }
  // Sources in the order the notes as given first cite them.
  const order = new Map<string, number>();
  for (const n of notes) for (const k of ofNote.get(n.id) ?? []) if (!order.has(k)) order.set(k, order.size);
  const sources = [...byIdentity.values()].sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  return { sources, ofNote };
}

/** Names in an author string ("A, B and C"; "A; B"), each kept whole: no guessing at family names. */
export function authorNames(author: string | undefined): string[] {
  if (!author) return [];
  return author.split(/\s*(?:;|,|\band\b|&|·|、)\s*/).map((s) => s.trim()).filter(Boolean);
}
