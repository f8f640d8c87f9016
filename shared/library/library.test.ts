/** The reader's library, pure parts: ids, the validator's reader rules, the merged record, catch-up and combining resolutions. */
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../dataset/index';
import { Catalog } from '../dataset/catalog';
import { validateEvents } from '../dataset/validate';
import { bundledTwin, catchUps } from './catch-up';
import { combineResolutions } from './combine-resolutions';
import { isReaderId, newReaderId } from './library-schema';
import { readerRecord } from './reader-record';
import { kept, readerExchange, story } from './test-records';

const bundled = [...EVENTS];
const byId = (id: string) => bundled.find((e) => e.id === id);

describe('reader ids', () => {
  it('are user-YYYY-MM-DD-<8 random a-z0-9>, never the shape of a bundled id', () => {
    const ids = Array.from({ length: 200 }, () => newReaderId('2027-08-14'));
    for (const id of ids) expect(id).toMatch(/^user-2027-08-14-[a-z0-9]{8}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(bundled.filter((e) => isReaderId(e.id))).toEqual([]);
  });
});

describe('the dataset validator on a reader\'s exchange', () => {
  it('accepts one written in a single language, keeping its id when the date is corrected', () => {
    const x = readerExchange({ date: '2027-08-15', summary: { ko: '시진핑이 위문 전문을 보냈다.' }, occasionDetail: { ko: '홍수' } });
    expect(validateEvents([x.event])).toEqual([]);
  });

  it('refuses a user- id without the reader mark, a reader mark on a dated id, and a bad origin', () => {
    const x = readerExchange();
    expect(validateEvents([{ ...x.event, origin: undefined }]).join()).toMatch(/id must look like YYYY-MM-DD-slug/);
    expect(validateEvents([{ ...x.event, id: '2027-08-14-xi-flood' }]).join()).toMatch(/id must look like user-YYYY-MM-DD-random/);
    expect(validateEvents([{ ...x.event, origin: 'maintainer' as never }]).join()).toMatch(/origin must be "reader"/);
  });

  it('needs a summary in some language, and resolves links to bundled exchanges only when told they exist', () => {
    const x = readerExchange({ summary: {} });
    expect(validateEvents([x.event]).join()).toMatch(/summary: needs a text/);
    const reply = readerExchange({ repliesTo: bundled[0]!.id });
    expect(validateEvents([reply.event]).join()).toMatch(/repliesTo .* does not resolve/);
    expect(validateEvents([reply.event], { knownIds: bundled.map((e) => e.id) })).toEqual([]);
  });

  it('still holds the bundled record to every rule (no reader marks, research wording refused)', () => {
    expect(bundled.filter((e) => e.origin !== undefined || e.coverage.some((c) => c.origin !== undefined)).map((e) => e.id)).toEqual([]);
    const e = bundled[0]!;
    expect(validateEvents([{ ...e, summary: { ...e.summary, en: 'Our index was searched.' } }]).join()).toMatch(/speaks of research/);
  });
});

describe('the reader\'s records merged into the bundled one', () => {
  it('adds the reader\'s exchange with its kept wording, and kept wording to a bundled exchange, each once', () => {
    const x = readerExchange();
    const target = bundled.find((e) => e.coverage.length > 0)!;
    const own = target.coverage[0]!.url!;
    const record = readerRecord(byId, [x], [kept(x.id, 'https://second.example/a'), kept(target.id, 'https://reader.example/b'), kept(target.id, own.replace('https://', 'http://'), 'dup')]);
    const catalog = new Catalog(bundled).withEvents(record.events, record.aliases);
    expect(catalog.byId(x.id)!.coverage.map((c) => c.url)).toEqual(['https://www.neasiawire.example/korea/2027/08/14/xi-kim-flood-sympathy', 'https://second.example/a']);
    const merged = catalog.byId(target.id)!;
    expect(merged.coverage.length).toBe(target.coverage.length + 1);
    expect(merged.coverage.at(-1)).toMatchObject({ url: 'https://reader.example/b', origin: 'reader' });
    expect(catalog.events.length).toBe(bundled.length + 1);
  });

  it('shows a linked exchange once, as the bundled one with the reader\'s sources, and its id leads there', () => {
    const target = bundled.at(-1)!;
    const x = { ...readerExchange(), linkedTo: target.id };
    const record = readerRecord(byId, [x], [kept(target.id, 'https://second.example/a')]);
    const catalog = new Catalog(bundled).withEvents(record.events, record.aliases);
    expect(catalog.events.length).toBe(bundled.length);
    expect(catalog.byId(x.id)!.id).toBe(target.id);
    expect(catalog.byId(target.id)!.coverage.slice(-2).map((c) => c.url)).toEqual(['https://www.neasiawire.example/korea/2027/08/14/xi-kim-flood-sympathy', 'https://second.example/a']);
  });
});

describe('when a release catches up', () => {
  const twin = { id: '2027-08-13-xi-sympathy-floods', date: '2027-08-13', direction: 'xi-to-kim', occasion: 'disaster', kind: 'sympathy' } as const;

  it('links a bundled exchange of the same direction and occasion within three days, nearest first', () => {
    const x = readerExchange();
    expect(bundledTwin(x.event, [...bundled, twin])?.id).toBe(twin.id);
    expect(bundledTwin(x.event, [...bundled, { ...twin, date: '2027-08-10' }])).toBeUndefined();
    expect(bundledTwin(x.event, [...bundled, { ...twin, direction: 'kim-to-xi' }])).toBeUndefined();
    expect(bundledTwin(x.event, [...bundled, { ...twin, occasion: 'death' }])).toBeUndefined();
    const nearer = { ...twin, id: '2027-08-15-nearer', date: '2027-08-15', kind: 'message' } as const;
    expect(bundledTwin({ ...x.event, date: '2027-08-15' }, [twin, nearer])?.id).toBe(nearer.id);
  });

  it('asks the kind to agree too for the catch-all occasion, and skips exchanges already linked', () => {
    const other = readerExchange({ occasion: 'other' });
    expect(bundledTwin(other.event, [{ ...twin, occasion: 'other', kind: 'letter' }])).toBeUndefined();
    expect(bundledTwin(other.event, [{ ...twin, occasion: 'other' }])?.id).toBe(twin.id);
    expect(catchUps([{ ...readerExchange(), linkedTo: 'x' }, readerExchange({}, 'zzz99999')], [twin])).toEqual([{ readerId: 'user-2027-08-14-zzz99999', bundledId: twin.id }]);
  });
});

describe('combining the bundled and the reader\'s resolution', () => {
  const r = (status: 'match' | 'topic' | 'none', scores: [string, number][], extra: object = {}) => ({ status, ...(status === 'match' ? { eventId: scores[0]![0] } : {}), candidates: scores.map(([id, score]) => ({ id, score })), ...extra });

  it('takes the reader\'s match when it leads every bundled candidate by the margin', () => {
    expect(combineResolutions(r('topic', []), r('match', [['user-x', 9]]))).toMatchObject({ status: 'match', eventId: 'user-x' });
    expect(combineResolutions(r('topic', [['b', 4]]), r('match', [['user-x', 9]]))).toMatchObject({ status: 'match', eventId: 'user-x' });
  });

  it('keeps the bundled match, with its own fields, when no reader exchange comes close', () => {
    expect(combineResolutions(r('match', [['b', 9]], { level: 'clear' }), r('topic', [['user-x', 3]]))).toMatchObject({ status: 'match', eventId: 'b', level: 'clear' });
  });

  it('says topic when the two indexes\' leaders are within the margin, and none stays none', () => {
    const both = combineResolutions(r('match', [['b', 9]], { level: 'clear', rivals: [] }), r('match', [['user-x', 8.5]]));
    expect(both.status).toBe('topic');
    expect(both).not.toHaveProperty('eventId');
    expect(both).not.toHaveProperty('level');
    expect(combineResolutions(r('match', [['b', 9]]), r('topic', [['user-x', 8.6]])).status).toBe('topic');
    expect(combineResolutions(r('none', []), r('none', [])).status).toBe('none');
  });

  it('lists the candidates of both, best first', () => {
    expect(combineResolutions(r('topic', [['b', 4]]), r('match', [['user-x', 9]])).candidates.map((c) => c.id)).toEqual(['user-x', 'b']);
  });
});

describe('kept wording as coverage', () => {
  it('is a story the validator accepts', () => {
    expect(validateEvents([{ ...readerExchange().event, coverage: [story('https://a.example/1'), story('https://a.example/2')] }])).toEqual([]);
  });
});
