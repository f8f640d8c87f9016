import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES, matchesQuery, normalizeTags, parseExport, toExport, type Note } from './notes-schema';

const note = (over: Partial<Note> = {}): Note => ({
  id: 'n-1',
  eventId: '2024-10-06-xi-kim-75th-diplomatic-ties',
  article: { url: 'https://hongkongfp.com/2024/10/06/xi-kim/', title: 'China’s Xi vows to ‘deepen cooperation’', outlet: 'Hong Kong Free Press HKFP', date: '2024-10-06' },
  text: 'KCNA calls the friendship invincible',
  tags: ['wording', 'kcna'],
  createdAt: Date.UTC(2024, 9, 7, 10),
  updatedAt: Date.UTC(2024, 9, 8, 12),
  accessedAt: Date.UTC(2024, 9, 7, 10),
  ...over,
});
const file = (over: Record<string, unknown> = {}) => JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2024-10-09T00:00:00.000Z', notes: [note()], ...over });
const failure = (text: string) => {
  const r = parseExport(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('parseExport', () => {
  it('reads its own export back, notes unchanged', () => {
    const notes = [note(), note({ id: 'n-2', eventId: undefined, quote: 'a\nb', tags: [] })];
    const r = parseExport(JSON.stringify(toExport(notes, new Date(0))));
    expect(r).toEqual({ ok: true, notes });
  });

  it('gives notes of older exports (no access date) their creation time as access date', () => {
    const { accessedAt: _a, ...old } = note();
    const r = parseExport(file({ notes: [old] }));
    expect(r.ok && r.notes[0]!.accessedAt).toBe(old.createdAt);
  });

  it('reads a quote context and a note on one source or phrase of an exchange', () => {
    const rich = note({ quoteContext: { prefix: 'said ', suffix: ' today', repeated: true }, target: { kind: 'phrase', text: 'invincible' } });
    expect(parseExport(file({ notes: [rich] }))).toEqual({ ok: true, notes: [rich] });
  });

  it('normalizes tags of imported notes', () => {
    const r = parseExport(file({ notes: [note({ tags: ['#KCNA', 'kcna', ' Wording '] })] }));
    expect(r.ok && r.notes[0]!.tags).toEqual(['kcna', 'wording']);
  });

  it('refuses a file past the size limit, naming sizes', () => {
    expect(failure(file() + ' '.repeat(MAX_IMPORT_BYTES))).toBe('The file is too large (21 MB; the limit is 20 MB).');
  });

  it('refuses malformed and truncated JSON, saying it may be truncated', () => {
    expect(failure('{"format": "lips-and-teeth-notes", "notes": [}')).toMatch(/^The file is not valid JSON \(it may be truncated\): /);
    const whole = file();
    expect(failure(whole.slice(0, whole.length - 10))).toMatch(/^The file is not valid JSON \(it may be truncated\): /);
  });

  it('refuses a file of another format', () => {
    const notOurs = 'This is not a Lips & Teeth notes export (the "format" field is missing or different).';
    expect(failure(JSON.stringify({ notes: [] }))).toBe(notOurs);
    expect(failure('[]')).toBe(notOurs);
    expect(failure(file({ format: 'other-notes' }))).toBe(notOurs);
  });

  it('refuses another version, naming both', () => {
    expect(failure(file({ version: 2 }))).toBe('This export has version 2; this version of Lips & Teeth reads version 1.');
    expect(failure(file({ version: undefined }))).toBe('This export has version undefined; this version of Lips & Teeth reads version 1.');
  });

  it('refuses an export without a notes list', () => {
    expect(failure(file({ notes: {} }))).toBe('The export has no "notes" list.');
  });

  it('refuses the whole file when one note is invalid, naming the note and the problem', () => {
    const cases: [unknown, string][] = [
      ['text', 'a note must be an object'],
      [{ ...note(), id: '' }, 'a note needs an id'],
      [{ ...note(), text: 42 }, 'text must be a string of at most 100000 characters'],
      [{ ...note(), tags: 'kcna' }, 'tags must be a list of short strings'],
      [{ ...note(), article: { ...note().article, url: 'javascript:alert(1)' } }, 'article must have an http(s) url, a title, an outlet and a date (or null)'],
      [{ ...note(), eventId: undefined, article: undefined }, 'a note belongs to an exchange or an article'],
      [{ ...note(), updatedAt: 'yesterday' }, 'createdAt and updatedAt must be times'],
      [{ ...note(), accessedAt: 'today' }, 'accessedAt must be a time'],
      [{ ...note(), quoteContext: { prefix: 'x' } }, 'quoteContext must have a prefix and a suffix of at most 400 characters'],
      [{ ...note(), target: { kind: 'source', url: 'javascript:x' } }, 'target must be a source URL or a phrase'],
      [{ ...note(), eventId: undefined, target: { kind: 'phrase', text: 'x' } }, 'a note on a source or phrase belongs to an exchange'],
    ];
    for (const [bad, problem] of cases) {
      expect(failure(file({ notes: [note(), bad] }))).toBe(`Note 2 is invalid: ${problem}. Nothing was imported.`);
    }
  });
});

describe('matchesQuery', () => {
  const n = note({ quote: 'Blood-sealed friendship' });

  it('matches every word of the text query, in any case, across text, quote, tags, title and outlet', () => {
    expect(matchesQuery(n, { text: 'INVINCIBLE kcna' })).toBe(true);
    expect(matchesQuery(n, { text: 'blood-sealed free press' })).toBe(true);
    expect(matchesQuery(n, { text: 'deepen' })).toBe(true);
    expect(matchesQuery(n, { text: 'invincible absent' })).toBe(false);
    expect(matchesQuery(n, { text: '   ' })).toBe(true);
  });

  it('filters by exchange, article, tag and outlet exactly', () => {
    expect(matchesQuery(n, { eventId: n.eventId })).toBe(true);
    expect(matchesQuery(n, { eventId: 'other' })).toBe(false);
    expect(matchesQuery(n, { articleUrl: n.article!.url })).toBe(true);
    expect(matchesQuery(n, { articleUrl: 'https://hongkongfp.com/' })).toBe(false);
    expect(matchesQuery(n, { tag: 'kcna' })).toBe(true);
    expect(matchesQuery(n, { tag: 'kcn' })).toBe(false);
    expect(matchesQuery(n, { outlet: 'Hong Kong Free Press HKFP' })).toBe(true);
    expect(matchesQuery(note({ article: undefined }), { outlet: 'Hong Kong Free Press HKFP' })).toBe(false);
  });

  it('filters on when the note was written (createdAt), bounds inclusive; an edit does not move it', () => {
    expect(matchesQuery(n, { writtenFrom: n.createdAt, writtenTo: n.createdAt })).toBe(true);
    expect(matchesQuery(n, { writtenFrom: n.createdAt + 1 })).toBe(false);
    expect(matchesQuery(n, { writtenTo: n.createdAt - 1 })).toBe(false);
    expect(matchesQuery(n, { writtenFrom: n.updatedAt })).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(matchesQuery(n, {})).toBe(true);
  });
});

describe('normalizeTags', () => {
  it('trims, drops "#", lowercases and keeps the first of duplicates, in order', () => {
    expect(normalizeTags([' #KCNA', 'Wording', 'kcna', '#wording', 'xinhua'])).toEqual(['kcna', 'wording', 'xinhua']);
  });

  it('drops empty and over-long tags, and keeps at most 20', () => {
    expect(normalizeTags(['', '#', '   ', 'x'.repeat(51), 'y'.repeat(50)])).toEqual(['y'.repeat(50)]);
    expect(normalizeTags(Array.from({ length: 30 }, (_, i) => `t${i}`))).toHaveLength(20);
  });
});
