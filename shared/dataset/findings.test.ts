import { describe, expect, it } from 'vitest';
import { alignWording } from './alignment';
import { findingsOf, type Finding } from './findings';
import { cadenceOf, coverageOf, expectedYears, occasionYear, seriesByYear, seriesOf } from './occasion-calendar';
import { event, readout, story } from './test-events';
import type { ExchangeEvent } from './schema';
import { EVENTS } from './index';

const COVERAGE = { start: '2012-11-15', end: '2023-12-31' };
const find = (e: ExchangeEvent, all: ExchangeEvent[], coverage = COVERAGE) => findingsOf(e, all, alignWording(e), coverage);
const ofType = <T extends Finding['type']>(fs: Finding[], type: T) => fs.filter((f): f is Extract<Finding, { type: T }> => f.type === type);

// Kim's greetings on China's national day, and Xi's replies, over several years.
const greet = (year: number, extra: Partial<ExchangeEvent> = {}) => event({ id: `${year}-10-01-kim-greets`, ...extra });
const reply = (year: number, day: string, extra: Partial<ExchangeEvent> = {}) =>
  event({ id: `${year}-${day}-xi-reply`, kind: 'reply', direction: 'xi-to-kim', repliesTo: `${year}-10-01-kim-greets`, ...extra });
const record = [greet(2013), greet(2014), greet(2015), greet(2018), greet(2019), greet(2020), reply(2014, '10-20'), reply(2019, '10-11'), reply(2020, '10-13')];

describe('the occasion calendar', () => {
  it('assigns a New Year card sent in December to the next year', () => {
    expect(occasionYear(event({ id: '2013-12-30-card', occasion: 'new-year' }))).toBe(2014);
    expect(occasionYear(event({ id: '2016-02-01-card', occasion: 'new-year' }))).toBe(2016);
  });
  it('keeps greetings and replies, and the two directions, in separate series', () => {
    expect(seriesOf(greet(2018), record).map((e) => e.id)).toEqual(['2013', '2014', '2015', '2018', '2019', '2020'].map((y) => `${y}-10-01-kim-greets`));
    expect(seriesOf(reply(2019, '10-11'), record)).toHaveLength(3);
  });
  it('lists every expected year, with the silent ones empty', () => {
    const slots = seriesByYear(greet(2018), record, COVERAGE);
    expect(slots.filter((s) => !s.events.length).map((s) => s.year)).toEqual([2016, 2017, 2021, 2022, 2023]);
    // 2012's national day fell before the record begins.
    expect(slots[0]!.year).toBe(2013);
  });
  it('recognises occasions marked only on round anniversaries', () => {
    const wpk = [event({ id: '2015-10-10-xi', direction: 'xi-to-kim', occasion: 'wpk-founding' }), event({ id: '2020-10-10-xi', direction: 'xi-to-kim', occasion: 'wpk-founding' })];
    expect(cadenceOf('wpk-founding', wpk)).toBe('round');
    expect(expectedYears('wpk-founding', 'round', { start: '2012-11-15', end: '2026-03-01' })).toEqual([2015, 2020, 2025]);
    expect(cadenceOf('prc-founding', record)).toBe('annual');
    expect(cadenceOf('summit', record)).toBeNull();
  });
});

describe('what stands out', () => {
  it('names the words only one side’s state media carried', () => {
    const e = event({
      id: '2022-02-26-x',
      readouts: [
        readout({ agency: 'KCNA', side: 'dprk', url: 'https://k.example/1', phrases: [{ text: 'hostile policy of the US', speaker: 'kim' }, { text: 'shared words', speaker: 'kim' }] }),
        readout({ agency: 'Xinhua', side: 'prc', url: 'https://x.example/1', phrases: [{ text: 'shared words', speaker: 'kim' }] }),
      ],
    });
    const [f] = ofType(find(e, [e]), 'side-only');
    expect(f).toMatchObject({ side: 'dprk', more: 0 });
    expect(f!.cell.text).toBe('hostile policy of the US');
  });
  it('shows a rendering difference with the original first', () => {
    const e = event({
      id: '2022-02-22-x',
      coverage: [
        story({ outlet: 'A', url: 'https://a.example', language: 'ko', phrases: [{ text: '적대시정책을 짓부시고', speaker: 'kim', concept: 'defeat' }] }),
        story({ outlet: 'B', url: 'https://b.example', phrases: [{ text: 'frustrate the hostile policy', speaker: 'kim', concept: 'defeat' }] }),
        story({ outlet: 'C', url: 'https://c.example', phrases: [{ text: 'destroy the hostile policy', speaker: 'kim', concept: 'defeat' }] }),
      ],
    });
    const [f] = ofType(find(e, [e]), 'rendered');
    expect(f!.original?.text).toBe('적대시정책을 짓부시고');
    // An outlet's own commentary, worded differently by two outlets, is not the leaders' words rendered.
    const commentary = event({ id: '2022-02-26-y', coverage: ['did not elaborate on it', 'did not further elaborate on it'].map((text, i) => story({ outlet: `O${i}`, url: `https://o${i}.example`, phrases: [{ text, speaker: 'outlet', concept: 'no-detail' }] })) });
    expect(ofType(find(commentary, [commentary]), 'rendered')).toEqual([]);
    expect(f!.variants.map((c) => c.text)).toEqual(['frustrate the hostile policy', 'destroy the hostile policy']);
    expect(f!.variants[1].segments?.find((s) => s.differs)?.text).toBe('destroy');
  });
  it('gives a reply’s delay in days, against the usual delay of the same series', () => {
    const [f] = ofType(find(reply(2020, '10-13'), record), 'reply-delay');
    expect(f).toMatchObject({ days: 12, typical: 15 });
    const [answered] = ofType(find(greet(2019), record), 'answered-after');
    expect(answered).toMatchObject({ days: 10 });
  });
  it('says whether a delay runs between sending dates or between report dates', () => {
    // Report dates only (the reader is told "reported"), then both sending dates known ("sent").
    expect(ofType(find(reply(2020, '10-13'), record), 'reply-delay')[0]).toMatchObject({ days: 12, basis: 'reported' });
    const sentGreet = greet(2020, { sentDate: '2020-09-30' });
    const sentReply = reply(2020, '10-13', { sentDate: '2020-10-09' });
    const [f] = ofType(find(sentReply, [sentGreet, sentReply]), 'reply-delay');
    expect(f).toMatchObject({ days: 9, basis: 'sent' });
    // Only the reply's sending date known: still counted between reports, and said so.
    const [mixed] = ofType(find(sentReply, [greet(2020), sentReply]), 'reply-delay');
    expect(mixed).toMatchObject({ days: 12, basis: 'reported' });
  });
  it('names the years an annual occasion passed without a message', () => {
    expect(ofType(find(greet(2018), record), 'silence')).toEqual([{ type: 'silence', years: [2016, 2017, 2021, 2022, 2023], since: 2013 }]);
  });
  it('for a reply, names the years the greeting went unanswered', () => {
    expect(ofType(find(reply(2019, '10-11'), record), 'unanswered')).toEqual([{ type: 'unanswered', years: [2013, 2015, 2018] }]);
  });
  it('does not call a greeting unanswered when the record ends before a reply could come', () => {
    const recent = [...record, greet(2023)];
    expect(ofType(find(reply(2019, '10-11'), recent, { start: COVERAGE.start, end: '2023-10-20' }), 'unanswered')[0]!.years).not.toContain(2023);
    expect(ofType(find(reply(2019, '10-11'), recent, { start: COVERAGE.start, end: '2024-03-01' }), 'unanswered')[0]!.years).toContain(2023);
  });
  it('says when an occasion is marked only on round anniversaries, and which were missed', () => {
    const wpk = [2015, 2020].map((y) => event({ id: `${y}-10-10-xi`, direction: 'xi-to-kim', occasion: 'wpk-founding' }));
    const [f] = ofType(find(wpk[1]!, wpk, { start: '2012-11-15', end: '2026-03-01' }), 'round-only');
    expect(f).toEqual({ type: 'round-only', marked: [{ year: 2015, ordinal: 70 }, { year: 2020, ordinal: 75 }], missed: [2025] });
  });
  it('finds the first use of the leaders’ words, their return after years, and their last use', () => {
    const said = (id: string, text: string, concept?: string) =>
      event({ id, readouts: [readout({ agency: 'KCNA', side: 'dprk', url: `https://k.example/${id}`, phrases: [{ text, speaker: 'kim', ...(concept ? { concept } : {}) }] })] });
    const all = [said('2013-10-01-a', 'as close as lips and teeth', 'lips-teeth'), said('2014-10-01-a', 'other words'), said('2019-10-01-a', '순망치한', 'lips-teeth'), said('2020-10-01-a', 'x1'), said('2021-10-01-a', 'x2'), said('2022-10-01-a', 'x3')];
    expect(ofType(find(all[0]!, all), 'phrase-first')[0]).toMatchObject({ later: 1 });
    expect(ofType(find(all[2]!, all), 'phrase-returns')[0]).toMatchObject({ years: 6, previous: { id: '2013-10-01-a' } });
    const lastly = find(all[2]!, all).filter((f) => f.type.startsWith('phrase-'));
    expect(lastly).toHaveLength(1);
    // One word quoted alone means nothing: no finding rests on it.
    const word = [said('2013-10-01-b', 'frustrate', 'defeat'), said('2014-10-01-b', 'frustrate', 'defeat')];
    expect(find(word[0]!, word).filter((f) => f.type.startsWith('phrase-'))).toEqual([]);
  });
});

describe('on the whole record', () => {
  const coverage = coverageOf(EVENTS);
  const ids = new Set(EVENTS.map((e) => e.id));
  it('every reply in the record gets its delay, counted forward in time', () => {
    for (const e of EVENTS.filter((x) => x.repliesTo && ids.has(x.repliesTo))) {
      const delays = ofType(findingsOf(e, EVENTS, alignWording(e), coverage), 'reply-delay');
      expect(delays.map((f) => f.answered.id), e.id).toEqual([e.repliesTo]);
    }
  });
  it('no finding about gaps names a year outside the record or the year of a message in the series', () => {
    for (const e of EVENTS) {
      const held = new Set(seriesOf(e, EVENTS).map(occasionYear));
      for (const f of findingsOf(e, EVENTS, alignWording(e), coverage)) {
        const years = f.type === 'silence' ? f.years : f.type === 'round-only' ? f.missed : [];
        for (const y of years) {
          expect(held.has(y), `${e.id}: ${y}`).toBe(false);
          expect(y >= Number(coverage.start.slice(0, 4)) && y <= Number(coverage.end.slice(0, 4)), `${e.id}: ${y}`).toBe(true);
        }
      }
    }
  });
});
