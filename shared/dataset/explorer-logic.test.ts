import { describe, expect, it } from 'vitest';
import { applyFilter, isFiltered, matchesFilter, readoutSides, withoutYears, yearSpan, type ExchangeFilter } from './exchange-filter';
import { byYear, occasionYear, recordSpan, seriesOf } from './occasion-gaps';
import { exchangesMarkdown, readoutCitation, type MarkdownWords } from './exchanges-markdown';
import { OCCASIONS, type ExchangeEvent, type Readout } from './schema';

const readout = (side: 'dprk' | 'prc', over: Partial<Readout> = {}): Readout => ({ agency: side === 'dprk' ? 'KCNA' : 'Xinhua', side, url: `https://${side}.example/1`, date: '2020-01-01', title: 'T', language: 'en', phrases: [], ...over });

const ev = (id: string, over: Partial<ExchangeEvent> = {}): ExchangeEvent => ({
  id,
  date: id.slice(0, 10),
  kind: 'congratulation',
  direction: 'kim-to-xi',
  occasion: 'prc-founding',
  title: { en: `Title ${id}` },
  occasionDetail: { en: 'O' },
  summary: { en: 'S' },
  terms: { en: [], ko: [], zh: [] },
  readouts: [],
  coverage: [],
  ...over,
});

describe('exchange filter', () => {
  const events = [
    ev('2014-10-01-a', { readouts: [readout('dprk')] }),
    ev('2016-10-01-b', { readouts: [readout('dprk'), readout('prc')] }),
    ev('2018-06-20-c', { kind: 'meeting', direction: 'both', occasion: 'summit', readouts: [readout('prc')] }),
    ev('2019-10-06-d', { kind: 'reply', direction: 'xi-to-kim', occasion: 'diplomatic-ties' }),
  ];
  const ids = (f: ExchangeFilter, noted?: Set<string>) => applyFilter(events, f, 'oldest', noted).map((e) => e.id.slice(-1)).join('');

  it('filters by years (inclusive), occasion, kind and direction', () => {
    expect(ids({ from: 2016, to: 2018 })).toBe('bc');
    expect(ids({ occasion: 'prc-founding' })).toBe('ab');
    expect(ids({ kind: 'reply' })).toBe('d');
    expect(ids({ direction: 'both' })).toBe('c');
  });

  it('filters by the side of the readouts', () => {
    expect(ids({ readouts: 'dprk' })).toBe('ab');
    expect(ids({ readouts: 'prc' })).toBe('bc');
    expect(ids({ readouts: 'both' })).toBe('b');
    expect(ids({ readouts: 'dprk-only' })).toBe('a');
    expect(ids({ readouts: 'prc-only' })).toBe('c');
    expect(ids({ readouts: 'neither' })).toBe('d');
    expect(readoutSides(events[1]!)).toEqual({ dprk: true, prc: true });
  });

  it('keeps only noted exchanges, and none while the notes are not known yet', () => {
    expect(ids({ withNotes: true }, new Set(['2016-10-01-b', 'elsewhere']))).toBe('b');
    expect(ids({ withNotes: true })).toBe('');
    expect(matchesFilter(events[0]!, { withNotes: false })).toBe(true);
  });

  it('sorts newest or oldest first, stably', () => {
    const twins = [ev('2020-01-01-b'), ev('2020-01-01-a'), ev('2019-01-01-c')];
    expect(applyFilter(twins, {}, 'oldest').map((e) => e.id)).toEqual(['2019-01-01-c', '2020-01-01-a', '2020-01-01-b']);
    expect(applyFilter(twins, {}, 'newest').map((e) => e.id)).toEqual(['2020-01-01-b', '2020-01-01-a', '2019-01-01-c']);
  });

  it('knows the span of years, whether anything is filtered, and a filter without its years', () => {
    expect(yearSpan(events)).toEqual([2014, 2019]);
    expect(yearSpan([])).toBeNull();
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ withNotes: false })).toBe(false);
    expect(isFiltered({ kind: 'reply' })).toBe(true);
    expect(withoutYears({ from: 2014, to: 2015, kind: 'reply' })).toEqual({ kind: 'reply' });
  });
});

describe('gaps: years a recurring occasion passed without a message', () => {
  const span = { start: '2012-11-30', end: '2020-12-31' };

  it('an annual series has a gap in every year of the record without a message', () => {
    const events = [2013, 2014, 2016, 2019].map((y) => ev(`${y}-10-01-kim`));
    const [series] = seriesOf(events, span, OCCASIONS);
    expect(series).toMatchObject({ occasion: 'prc-founding', direction: 'kim-to-xi', replies: false, cadence: 'annual', gaps: [2015, 2017, 2018, 2020] });
    expect(byYear(series!, 2013, 2016).map((y) => `${y.year}:${y.events.length}:${y.gap}`)).toEqual(['2013:1:false', '2014:1:false', '2015:0:true', '2016:1:false']);
  });

  it('no gap is claimed before the record starts or after it ends', () => {
    const events = [2015, 2016].map((y) => ev(`${y}-10-01-kim`));
    expect(seriesOf(events, { start: '2014-10-02', end: '2018-09-30' }, OCCASIONS)[0]!.gaps).toEqual([2017]);
  });

  it('a year is due only once the series’ usual window has passed inside the record', () => {
    // Replies come 7 to 16 days after the day: one not yet due when the record ends 10 days after it.
    const replies = [ev('2014-10-08-r', { kind: 'reply', direction: 'xi-to-kim' }), ev('2016-10-17-r', { kind: 'reply', direction: 'xi-to-kim' })];
    expect(seriesOf(replies, { start: '2013-01-01', end: '2018-10-11' }, OCCASIONS)[0]!.gaps).toEqual([2013, 2015, 2017]);
    expect(seriesOf(replies, { start: '2013-01-01', end: '2018-10-17' }, OCCASIONS)[0]!.gaps).toEqual([2013, 2015, 2017, 2018]);
    // A card sent the day before the New Year belongs to a record that starts before it.
    const cards = [ev('2014-12-31-c', { occasion: 'new-year' }), ev('2016-12-31-c', { occasion: 'new-year' })];
    expect(seriesOf(cards, { start: '2014-01-01', end: '2017-06-30' }, OCCASIONS)[0]!.gaps).toEqual([2016]);
  });

  it('a series that marked only round anniversaries is expected only on them', () => {
    const events = [ev('2014-10-06-a', { occasion: 'diplomatic-ties', direction: 'both' }), ev('2019-10-06-b', { occasion: 'diplomatic-ties', direction: 'both' })];
    const [series] = seriesOf(events, { start: '2012-01-01', end: '2025-12-31' }, OCCASIONS);
    expect(series).toMatchObject({ cadence: 'round', gaps: [2024] });
  });

  it('replies, directions and occasions are separate series; one message alone has no gaps', () => {
    const events = [ev('2014-10-01-a'), ev('2015-10-01-b'), ev('2014-10-16-r', { kind: 'reply', direction: 'xi-to-kim' }), ev('2018-06-20-s', { occasion: 'summit', direction: 'both', kind: 'meeting' })];
    const series = seriesOf(events, span, OCCASIONS);
    expect(series.map((s) => `${s.occasion}/${s.direction}/${s.replies}/${s.cadence}`)).toEqual(['prc-founding/kim-to-xi/false/annual', 'prc-founding/xi-to-kim/true/null', 'summit/both/false/null']);
    expect(series[1]!.gaps).toEqual([]);
  });

  it('an exchange both ways marks the year for each direction', () => {
    const events = [ev('2013-01-01-a', { occasion: 'new-year' }), ev('2014-01-01-b', { occasion: 'new-year', direction: 'both' }), ev('2016-01-01-c', { occasion: 'new-year' })];
    expect(seriesOf(events, { start: '2012-12-01', end: '2016-12-31' }, OCCASIONS)[0]).toMatchObject({ direction: 'kim-to-xi', gaps: [2015] });
  });

  it('a New Year card sent in December marks the next year', () => {
    expect(occasionYear(ev('2013-12-31-card', { occasion: 'new-year' }))).toBe(2014);
    expect(occasionYear(ev('2014-01-01-card', { occasion: 'new-year', sentDate: '2013-12-30' }))).toBe(2014);
    expect(occasionYear(ev('2013-12-31-x', { occasion: 'summit' }))).toBe(2013);
    expect(recordSpan([ev('2015-01-02-a'), ev('2013-05-06-b')])).toEqual({ start: '2013-05-06', end: '2015-01-02' });
  });
});

describe('a view as Markdown', () => {
  const words: MarkdownWords = {
    heading: 'Xi–Kim exchanges: 2 of 119',
    lines: ['Occasion: PRC founding day'],
    columns: { date: 'Date', exchange: 'Exchange', kind: 'Kind', direction: 'Direction', stateMedia: 'State media' },
    date: (d) => `on ${d}`,
    kind: (k) => k.toUpperCase(),
    direction: (d) => (d === 'kim-to-xi' ? 'Kim → Xi' : 'Xi → Kim'),
    page: (p) => `p. ${p}`,
    printEdition: 'print edition',
    noReadout: 'none known',
  };

  it('is a table of exchanges with dates, kinds, titles and state-media links', () => {
    const md = exchangesMarkdown([ev('2019-10-01-a', { readouts: [readout('dprk', { title: 'Kim | greets [Xi]', url: 'https://kcna.example/a (1)' })] }), ev('2020-10-01-b')], 'en', words);
    const lines = md.split('\n');
    expect(lines.slice(0, 6)).toEqual(['## Xi–Kim exchanges: 2 of 119', '', 'Occasion: PRC founding day', '', '| Date | Exchange | Kind | Direction | State media |', '| --- | --- | --- | --- | --- |']);
    expect(lines[6]).toBe('| on 2019-10-01 | Title 2019-10-01-a | CONGRATULATION | Kim → Xi | KCNA: [Kim \\| greets \\[Xi\\]](https://kcna.example/a%20%281%29) |');
    expect(lines[7]).toBe('| on 2020-10-01 | Title 2020-10-01-b | CONGRATULATION | Kim → Xi | none known |');
    // Every row has the header's five cells: no escaped pipe splits one.
    for (const row of lines.filter((l) => l.startsWith('|'))) expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
  });

  it('cites a print readout by its page, never with a made-up link', () => {
    expect(readoutCitation(readout('prc', { agency: "People's Daily", url: undefined, print: { page: '1' }, title: '习近平复信' }), words)).toBe("People's Daily, p. 1: “习近平复信”");
    expect(readoutCitation(readout('prc', { agency: "People's Daily", url: undefined, title: 'X' }), words)).toBe("People's Daily, print edition: “X”");
    expect(readoutCitation(readout('prc', { url: 'javascript:alert(1)', print: { page: 'A3' } }), words)).toBe('Xinhua, p. A3: “T”');
  });
});
