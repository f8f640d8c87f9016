import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_ROUTE, formatRoute, parseRoute, searchHash, VIEWS, type Route } from './explorer-route';
import { READOUT_FILTERS } from '../dataset/exchange-filter';
import { DIRECTIONS, KINDS, OCCASIONS } from '../dataset/schema';

describe('explorer URL state', () => {
  it('reads a bookmarked view', () => {
    expect(parseRoute('#/timeline?from=2018&to=2022&occasion=prc-founding&kind=reply&dir=kim-to-xi&readouts=both&notes=1&sort=oldest')).toEqual({
      view: 'timeline',
      filter: { from: 2018, to: 2022, occasion: 'prc-founding', kind: 'reply', direction: 'kim-to-xi', readouts: 'both', withNotes: true },
      sort: 'oldest',
    });
  });

  it('reads a search and an exchange opened from it', () => {
    expect(parseRoute('#/search?q=%E6%96%B0%E5%BD%A2%E5%8A%BF')).toMatchObject({ view: 'search', query: '新形势' });
    expect(parseRoute('#/exchange/2022-02-26-xi-reply-olympics?back=search&q=new%20situation')).toMatchObject({ view: 'search', exchange: '2022-02-26-xi-reply-olympics', query: 'new situation' });
    expect(searchHash('  new situation ')).toBe('#/search?q=new%20situation');
  });

  it('drops what it does not understand and keeps the rest', () => {
    expect(parseRoute('')).toEqual(DEFAULT_ROUTE);
    expect(parseRoute('#/nowhere?from=abc&to=2020&kind=poem&occasion=__proto__&readouts=all&notes=yes&sort=up')).toEqual({ view: 'list', filter: { to: 2020 }, sort: 'newest' });
    expect(parseRoute('#/exchange/<script>?back=exchange')).toEqual(DEFAULT_ROUTE);
    expect(parseRoute('#/list?from=2022&to=2018').filter).toEqual({ from: 2018, to: 2022 });
  });

  it('writes only what differs from the whole record, newest first', () => {
    expect(formatRoute(DEFAULT_ROUTE)).toBe('#/list');
    expect(formatRoute({ ...DEFAULT_ROUTE, exchange: '2019-06-20-x' })).toBe('#/exchange/2019-06-20-x');
  });

  it('round-trips every route (property)', () => {
    const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const route: fc.Arbitrary<Route> = fc
      .record({
        view: fc.constantFrom(...VIEWS),
        exchange: opt(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,40}$/)),
        query: opt(fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.trim()).filter(Boolean)),
        from: opt(fc.integer({ min: 1990, max: 2030 })),
        to: opt(fc.integer({ min: 1990, max: 2030 })),
        occasion: opt(fc.constantFrom(...OCCASIONS)),
        kind: opt(fc.constantFrom(...KINDS)),
        direction: opt(fc.constantFrom(...DIRECTIONS)),
        readouts: opt(fc.constantFrom(...READOUT_FILTERS)),
        withNotes: opt(fc.constant(true as const)),
        sort: fc.constantFrom('newest' as const, 'oldest' as const),
      })
      .map(({ view, exchange, query, sort, from, to, ...rest }) => {
        const [lo, hi] = from !== undefined && to !== undefined && from > to ? [to, from] : [from, to];
        const filter = Object.fromEntries(Object.entries({ from: lo, to: hi, ...rest }).filter(([, v]) => v !== undefined));
        return { view, sort, filter, ...(exchange ? { exchange } : {}), ...(query ? { query } : {}) } as Route;
      });
    fc.assert(fc.property(route, (r) => {
      const hash = formatRoute(r);
      expect(parseRoute(hash)).toEqual(r);
      expect(formatRoute(parseRoute(hash))).toBe(hash);
    }));
  });
});
