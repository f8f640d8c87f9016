/** Dataset packs: export in the dataset's schema, import plans, refusal of bad packs with the problem named. */
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../dataset/index';
import { validateEvents } from '../dataset/validate';
import { canonical } from './canonical';
import { PACK_FORMAT, parsePack, planImport, planIsEmpty, toPack, type DatasetPack } from './pack';
import type { CapturedSource, LibraryExchange } from './library-schema';
import { kept, readerExchange, story } from './test-records';

const bundled = [...EVENTS];
const context = (readers: readonly LibraryExchange[] = []) => ({ bundledIds: new Set(bundled.map((e) => e.id)), readerIds: new Set(readers.map((x) => x.id)) });
const target = bundled.find((e) => e.coverage.length > 0)!;

/** What the background does with a plan: the records it would store. */
function apply(plan: ReturnType<typeof planImport>, exchanges: LibraryExchange[], sources: CapturedSource[]): [LibraryExchange[], CapturedSource[]] {
  const xs = new Map(exchanges.map((x) => [x.id, x]));
  for (const e of plan.addExchanges) xs.set(e.id, { id: e.id, event: e, createdAt: 9, updatedAt: 9 });
  for (const c of plan.changeExchanges) xs.set(c.before.id, { ...c.before, event: c.after });
  const ss = new Map(sources.map((s) => [s.id, s]));
  plan.addSources.forEach((s, i) => ss.set(`new-${i}`, { id: `new-${i}`, eventId: s.eventId, coverage: s.coverage, capturedAt: 9, auto: false }));
  for (const c of plan.changeSources) ss.set(c.before.id, { ...c.before, coverage: c.after });
  return [[...xs.values()], [...ss.values()]];
}

describe('dataset packs', () => {
  const mine = readerExchange();
  const sources = [kept(mine.id, 'https://second.example/ko'), kept(target.id, 'https://reader.example/b')];
  const pack = toPack([mine], sources, new Date('2027-09-01T00:00:00Z'));

  it('export: the envelope, the reader\'s exchanges in the dataset\'s schema, kept stories by exchange', () => {
    expect(pack).toMatchObject({ format: PACK_FORMAT, version: 1, exportedAt: '2027-09-01T00:00:00.000Z' });
    expect(pack.events).toEqual([mine.event]);
    expect(validateEvents(pack.events, { knownIds: bundled.map((e) => e.id) })).toEqual([]);
    expect(Object.keys(pack.coverage).sort()).toEqual([mine.id, target.id].sort());
  });

  it('import into an empty library adds everything; a second import of the same pack changes nothing', () => {
    const parsed = parsePack(JSON.stringify(pack), context());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = planImport(parsed.pack, [], [], bundled);
    expect([plan.addExchanges.length, plan.addSources.length, plan.changeExchanges.length, plan.changeSources.length]).toEqual([1, 2, 0, 0]);
    const [xs, ss] = apply(plan, [], []);
    expect(canonical(toPack(xs, ss, new Date('2027-09-01T00:00:00Z')))).toBe(canonical(pack));
    const again = parsePack(JSON.stringify(pack), context(xs));
    expect(again.ok && planIsEmpty(planImport(again.pack, xs, ss, bundled))).toBe(true);
    if (again.ok) expect(planImport(again.pack, xs, ss, bundled)).toMatchObject({ sameExchanges: 1, sameSources: 2 });
  });

  it('a changed exchange or story is shown as a change; a story the exchange already has is not added', () => {
    const edited: DatasetPack = { ...pack, events: [{ ...mine.event, summary: { en: 'Edited by a colleague.' } }], coverage: { ...pack.coverage, [target.id]: [{ ...story('https://reader.example/b'), headline: 'New headline' }, { ...target.coverage[0]!, origin: 'reader' }] } };
    const parsed = parsePack(JSON.stringify(edited), context([mine]));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planImport(parsed.pack, [mine], sources, bundled);
    expect(plan.changeExchanges.map((c) => c.after.summary.en)).toEqual(['Edited by a colleague.']);
    expect(plan.changeSources.map((c) => c.after.headline)).toEqual(['New headline']);
    expect(plan.addSources).toEqual([]);
    expect(plan.sameSources).toBe(2);
  });

  it('an added exchange the bundled record holds already is announced as joining it', () => {
    const twinOf = bundled.find((e) => e.occasion !== 'other')!;
    const dup = readerExchange({ date: twinOf.date, direction: twinOf.direction, occasion: twinOf.occasion, kind: twinOf.kind }, 'dup00000');
    const parsed = parsePack(JSON.stringify({ ...pack, events: [dup.event], coverage: {} }), context());
    if (!parsed.ok) throw new Error(parsed.error);
    expect(planImport(parsed.pack, [], [], bundled).joins[0]).toMatchObject({ readerId: dup.id });
  });

  const refusals: [string, string, RegExp][] = [
    ['truncated JSON', JSON.stringify(pack).slice(0, 200), /not valid JSON \(it may be truncated\)/],
    ['another format', JSON.stringify({ ...pack, format: 'lips-and-teeth-notes' }), /not a Lips & Teeth dataset pack/],
    ['another version', JSON.stringify({ ...pack, version: 2 }), /version 2; this version of Lips & Teeth reads version 1/],
    ['no events', JSON.stringify({ ...pack, events: undefined }), /no "events" list/],
    ['a bundled id', JSON.stringify({ ...pack, events: [{ ...target, origin: 'reader' }] }), new RegExp(`Exchange ${target.id} has the id of an exchange the extension ships`)],
    ['a bundled exchange without the reader mark', JSON.stringify({ ...pack, events: [{ ...mine.event, origin: undefined }] }), /not marked as added by a reader/],
    ['an unknown kind', JSON.stringify({ ...pack, events: [{ ...mine.event, kind: 'telegram' }] }), /kind "telegram" unknown/],
    ['a story without a date', JSON.stringify({ ...pack, coverage: { [target.id]: [{ ...story('https://x.example/'), date: 'yesterday' }] } }), /coverage\["[^"]+"\]\[0\]: date must be YYYY-MM-DD/],
    ['stories for an unknown exchange', JSON.stringify({ ...pack, coverage: { 'user-2027-01-01-nothere1': [story('https://x.example/')] } }), /"user-2027-01-01-nothere1", which is neither in the record nor in the pack/],
    ['a phrase too long', JSON.stringify({ ...pack, events: [{ ...mine.event, coverage: [{ ...story('https://x.example/'), phrases: [{ text: 'word '.repeat(30), speaker: 'xi' }] }] }] }), /too long for a short quote/],
  ];
  for (const [what, text, expected] of refusals) {
    it(`refuses ${what}, naming the problem`, () => {
      const parsed = parsePack(text, context());
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(expected);
    });
  }
});
