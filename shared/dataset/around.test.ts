import { describe, expect, it } from 'vitest';
import { aroundOf } from './relations';
import { coverageOf } from './occasion-calendar';
import { event } from './test-events';
import { EVENTS } from './index';

const COVERAGE = { start: '2012-11-15', end: '2023-12-31' };

describe('around an exchange', () => {
  const greet = (y: number) => event({ id: `${y}-10-01-kim-greets` });
  const other = (id: string) => event({ id, occasion: 'summit', direction: 'both', kind: 'meeting' });
  const reply = event({ id: '2019-12-20-xi-reply', kind: 'reply', direction: 'xi-to-kim', repliesTo: '2019-10-01-kim-greets' });
  const all = [greet(2013), greet(2015), other('2017-05-01-z'), greet(2018), greet(2019), other('2019-10-05-a'), other('2019-10-09-b'), other('2019-11-01-c'), other('2019-11-20-d'), other('2019-12-01-e'), reply, other('2020-01-05-f')];
  const around = aroundOf(greet(2019), all, COVERAGE, { before: 1, after: 2 });

  it('lists the same occasion in earlier years, newest first, with the silent years as empty slots', () => {
    expect(around.earlierYears.map((s) => [s.year, s.events.map((e) => e.id)])).toEqual([
      [2018, ['2018-10-01-kim-greets']],
      [2017, []],
      [2016, []],
      [2015, ['2015-10-01-kim-greets']],
      [2014, []],
      [2013, ['2013-10-01-kim-greets']],
    ]);
  });
  it('puts the exchange in a short timeline with its neighbours and its reply, however far, in date order', () => {
    expect(around.timeline.map((i) => [i.event.id, i.position, i.relation ?? '', i.skipped])).toEqual([
      // The exchange just before it is last year's greeting, listed under earlier years: the timeline reaches past it.
      ['2017-05-01-z', 'before', '', 0],
      ['2019-10-01-kim-greets', 'this', '', 0],
      ['2019-10-05-a', 'after', '', 0],
      ['2019-10-09-b', 'after', '', 0],
      ['2019-12-20-xi-reply', 'after', 'answered-by', 3],
    ]);
  });
  it('never lists an exchange twice', () => {
    const ids = [...around.timeline.map((i) => i.event.id), ...around.earlierYears.flatMap((s) => s.events.map((e) => e.id))];
    expect(new Set(ids).size).toBe(ids.length);
    expect(around.timeline.some((i) => i.event.id === '2018-10-01-kim-greets')).toBe(false);
  });
});

describe('around every exchange of the record', () => {
  const coverage = coverageOf(EVENTS);
  it('never puts a later exchange under earlier ones, never lists one twice, keeps the timeline in date order', () => {
    for (const e of EVENTS) {
      const { timeline, earlierYears } = aroundOf(e, EVENTS, coverage);
      const ids = [...timeline.map((i) => i.event.id), ...earlierYears.flatMap((s) => s.events.map((x) => x.id))];
      expect(new Set(ids).size, e.id).toBe(ids.length);
      for (const s of earlierYears) for (const x of s.events) expect(x.date <= e.date && x.id !== e.id, `${e.id}: ${x.id}`).toBe(true);
      expect(timeline.filter((i) => i.position === 'this').map((i) => i.event.id)).toEqual([e.id]);
      for (const i of timeline) {
        if (i.position === 'before') expect(i.event.date <= e.date, `${e.id}: ${i.event.id}`).toBe(true);
        if (i.position === 'after') expect(i.event.date >= e.date, `${e.id}: ${i.event.id}`).toBe(true);
      }
      const dates = timeline.map((i) => i.event.date);
      expect([...dates].sort(), e.id).toEqual(dates);
    }
  });
});
