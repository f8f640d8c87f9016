import { describe, expect, it } from 'vitest';
import { exchangesPerYear, PhraseIndex, phraseIndexOf } from './phrase-search';
import type { ExchangeEvent, Phrase } from './schema';

/** A small made-up record: the concept mechanics, independent of what the real dataset holds today. */
const event = (id: string, phrases: Phrase[], over: Partial<ExchangeEvent> = {}): ExchangeEvent => ({
  id,
  date: id.slice(0, 10),
  kind: 'reply',
  direction: 'xi-to-kim',
  occasion: 'other',
  title: { en: id },
  occasionDetail: { en: id },
  summary: { en: 'S.' },
  terms: { en: [], ko: [], zh: [] },
  readouts: [],
  coverage: [{ outlet: `Outlet ${id}`, url: `https://example.com/${id}`, date: id.slice(0, 10), headline: `Headline of ${id}`, language: 'en', phrases }],
  ...over,
});

const EVENTS = [
  event('2013-03-21-a', [{ text: 'new situation', speaker: 'xi', concept: 'new-situation' }]),
  event('2022-02-26-b', [{ text: '새로운 정세 속에서', speaker: 'xi', concept: 'new-situation', gloss: { en: 'in the new situation' } }, { text: '검박한 올림픽', speaker: 'xi', gloss: { en: 'a frugal Olympics' } }]),
  event('2022-10-16-c', [{ text: '在新局勢下', speaker: 'xi', concept: 'new-situation' }]),
  event('2023-01-22-d', [{ text: 'strategic communication', speaker: 'kim', concept: 'strategic-communication' }], {
    readouts: [{ agency: 'KCNA', side: 'dprk', print: { page: '1' }, date: '2023-01-22', title: 'Reply to a new situation', language: 'en', phrases: [] }],
  }),
];
const LABELS = { 'new-situation': { en: 'a new situation', ko: '새로운 정세', zh: '新形势' } };
const ids = (r: { exchanges: { event: ExchangeEvent }[] }) => r.exchanges.map((x) => x.event.id);

describe('phrase search: concept links', () => {
  const index = new PhraseIndex(EVENTS, LABELS);

  it('a rendering in one language finds every other rendering of the same concept', () => {
    for (const query of ['new situation', '새로운 정세', '在新局势下', '新局勢']) {
      const r = index.search(query);
      expect(ids(r), query).toEqual(expect.arrayContaining(['2013-03-21-a', '2022-02-26-b', '2022-10-16-c']));
      expect(r.concepts, query).toContain('new-situation');
    }
  });

  it('a concept label in any of the three languages finds its renderings', () => {
    for (const query of ['新形势', '新形勢', '새로운정세']) {
      const r = index.search(query);
      expect(ids(r), query).toEqual(['2013-03-21-a', '2022-02-26-b', '2022-10-16-c']);
      // No quote holds the Chinese words: only the label brings them.
      if (query !== '새로운정세') expect(new Set(r.exchanges.flatMap((x) => x.quotes.map((q) => q.matchedBy))), query).toEqual(new Set(['concept']));
    }
  });

  it('a concept with no label yet is still found by its key read as words', () => {
    const r = new PhraseIndex(EVENTS).search('strategic communication');
    expect(ids(r)).toEqual(['2023-01-22-d']);
    expect(new PhraseIndex(EVENTS).search('新形势').exchanges).toEqual([]);
  });

  it('says how each quote matched, its words first', () => {
    const quotes = index.search('new situation').exchanges.flatMap((x) => x.quotes.map((q) => `${x.event.id}:${q.matchedBy}:${q.text}`));
    expect(quotes).toEqual([
      '2013-03-21-a:words:new situation',
      '2022-02-26-b:gloss:새로운 정세 속에서',
      '2022-10-16-c:concept:在新局勢下',
      '2023-01-22-d:headline:Reply to a new situation',
    ]);
  });
});

describe('phrase search: glosses, speakers, sources', () => {
  const index = new PhraseIndex(EVENTS, LABELS);

  it('finds a quote by its gloss, keeping the words as printed and who said them', () => {
    const [hit] = index.search('frugal').exchanges;
    expect(hit?.event.id).toBe('2022-02-26-b');
    expect(hit?.quotes).toEqual([expect.objectContaining({ text: '검박한 올림픽', speaker: 'xi', matchedBy: 'gloss', gloss: { en: 'a frugal Olympics' } })]);
    expect(hit?.quotes[0]?.source).toMatchObject({ kind: 'coverage', name: 'Outlet 2022-02-26-b', url: 'https://example.com/2022-02-26-b', language: 'en' });
  });

  it('a headline is the agency’s or outlet’s own words, and a print readout keeps its page', () => {
    const quote = index.search('reply to a new').exchanges[0]!.quotes[0]!;
    expect(quote).toMatchObject({ speaker: 'agency', matchedBy: 'headline', source: { name: 'KCNA', side: 'dprk', print: { page: '1' } } });
    expect(quote.source).not.toHaveProperty('url');
  });

  it('does not search one-character queries', () => {
    expect(index.search('新').exchanges).toEqual([]);
    expect(index.search(' a ').folded).toBe('');
  });

  it('lists the same words from the same source once', () => {
    const twice = event('2024-01-01-e', [{ text: 'new situation', speaker: 'xi' }], {
      coverage: [1, 2].map((n) => ({ outlet: 'Wire', url: `https://example.com/${n}`, date: '2024-01-01', headline: 'H', language: 'en' as const, phrases: [{ text: 'New situation', speaker: 'xi' as const }] })),
    });
    expect(new PhraseIndex([twice]).search('new situation').quoteCount).toBe(1);
  });
});

describe('phrase search: headlines', () => {
  it('a headline is a quote only for a source none of whose quoted words matched', () => {
    const both = event('2022-02-26-f', [{ text: 'under a new situation', speaker: 'xi' }]);
    both.coverage[0]!.headline = 'Xi assures Kim of cooperation under new situation';
    both.coverage.push({ outlet: 'Other', url: 'https://example.com/o', date: '2022-02-26', headline: 'China eyes ties under "new situation"', language: 'en', phrases: [] });
    const quotes = new PhraseIndex([both]).search('new situation').exchanges[0]!.quotes;
    expect(quotes.map((q) => `${q.source.name}:${q.matchedBy}`)).toEqual(['Outlet 2022-02-26-f:words', 'Other:headline']);
  });
});

describe('phrase search: grouping and filters', () => {
  const index = new PhraseIndex(EVENTS, LABELS);

  it('groups exchanges by year, oldest first, and counts every year of a span', () => {
    const r = index.search('new situation');
    expect(r.years.map((y) => [y.year, y.exchanges.length])).toEqual([[2013, 1], [2022, 2], [2023, 1]]);
    expect(r.quoteCount).toBe(4);
    expect(exchangesPerYear(r, 2012, 2014)).toEqual([{ year: 2012, count: 0 }, { year: 2013, count: 1 }, { year: 2014, count: 0 }]);
  });

  it('searches only the exchanges a filter lets through', () => {
    expect(ids(index.search('new situation', { include: (e) => e.date >= '2022-06-01' }))).toEqual(['2022-10-16-c', '2023-01-22-d']);
  });

  it('suggests the concepts quoted in the most exchanges, by their label in the reader’s language', () => {
    expect(index.topConcepts(2, LABELS, 'zh')).toEqual([
      { concept: 'new-situation', words: '新形势', exchanges: 3 },
      { concept: 'strategic-communication', words: 'strategic communication', exchanges: 1 },
    ]);
  });

  it('keeps one index per event list', () => {
    expect(phraseIndexOf(EVENTS, LABELS)).toBe(phraseIndexOf(EVENTS, LABELS));
    expect(phraseIndexOf([...EVENTS])).not.toBe(phraseIndexOf(EVENTS));
  });
});
