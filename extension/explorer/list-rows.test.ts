import { describe, expect, it } from 'vitest';
import { listRows } from './list-rows';
import type { ExchangeEvent } from '../../shared/dataset/schema';
import type { Series } from '../../shared/dataset/occasion-gaps';

const ev = (date: string) => ({ id: `${date}-x`, date }) as ExchangeEvent;
const series = { occasion: 'prc-founding', direction: 'kim-to-xi', replies: false, events: [], cadence: 'annual', gaps: [2015, 2017, 2030] } as Series;
const show = (rows: ReturnType<typeof listRows>) => rows.map((r) => `${r.heading ? '#' : ''}${r.type === 'gap' ? `gap${r.year}` : r.event.date.slice(0, 4)}`).join(' ');

describe('list rows', () => {
  it('opens each year with a heading', () => {
    expect(show(listRows([ev('2016-10-01'), ev('2016-01-01'), ev('2014-10-01')], 'newest'))).toBe('#2016 2016 #2014');
  });

  it('puts the years without a message among the others, inside the years shown', () => {
    expect(show(listRows([ev('2014-10-01'), ev('2016-10-01'), ev('2018-10-01')], 'oldest', [series], 2014, 2018))).toBe('#2014 #gap2015 #2016 #gap2017 #2018');
    expect(show(listRows([ev('2018-10-01'), ev('2016-10-01'), ev('2014-10-01')], 'newest', [series], 2014, 2018))).toBe('#2018 #gap2017 #2016 #gap2015 #2014');
    expect(show(listRows([ev('2015-12-01')], 'oldest', [series], 2015, 2015))).toBe('#2015 gap2015');
  });

  it('with gaps, a New Year card sent in December heads the year it greets', () => {
    const card = { ...ev('2016-12-31'), occasion: 'new-year' } as ExchangeEvent;
    expect(show(listRows([card], 'oldest', [{ ...series, occasion: 'new-year', gaps: [2016] }], 2016, 2017))).toBe('#gap2016 #2016');
    expect(listRows([card], 'oldest', [{ ...series, occasion: 'new-year', gaps: [2016] }], 2016, 2017)[1]!.year).toBe(2017);
    expect(listRows([card], 'oldest')[0]!.year).toBe(2016);
  });
});
