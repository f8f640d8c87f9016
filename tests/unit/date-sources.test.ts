/**
 * The date-source fixtures of the browser tests, in Node: each page's date is what decides
 * (the same page without it is not a clear match), so the browser test that the extension
 * stores the right exchange for them cannot pass by luck.
 */
import { describe, expect, it } from 'vitest';
import { detect, parseHtml } from '../../scripts/eval-core';
import { loadDataset } from '../../scripts/extension-build';
import { ExchangeIndex } from '../../shared/detector/resolve';
import { datedPages, probablePage } from '../browser/date-fixtures';

describe('date-source fixtures', async () => {
  const events = await loadDataset();
  const index = ExchangeIndex.fromEvents(events);
  const pages = datedPages(events);

  it.each(pages.map((p) => [p.source, p] as const))('%s: dated, a clear match of its exchange; undated, not', (_source, p) => {
    expect(detect(parseHtml(p.html), p.url, index)).toMatchObject({ status: 'match', eventId: p.eventId, level: 'clear' });
    const undated = detect(parseHtml(p.undatedHtml), p.url.replace(/\/\d{4}\/\d\d\/\d\d\//, '/'), index);
    expect(undated.status === 'match' && undated.level === 'clear').toBe(false);
  });

  it('a page fitting two exchanges reported days apart is a probable match offering both', () => {
    const p = probablePage(events)!;
    const r = detect(parseHtml(p.html), p.url, index);
    expect(r).toMatchObject({ status: 'match', level: 'probable' });
    expect(r.rivals?.map((x) => x.eventId).sort()).toEqual([...p.eventIds].sort());
  });
});
