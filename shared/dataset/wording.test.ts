import { describe, expect, it } from 'vitest';
import { sameArticle, wordingOf, exchangeTitle } from './wording';
import { commonPhrases, countByYear, phraseHistory, relationsOf } from './relations';
import type { ExchangeEvent } from './schema';

const base = (over: Partial<ExchangeEvent>): ExchangeEvent => ({
  id: '2022-02-26-x',
  date: '2022-02-26',
  kind: 'reply',
  direction: 'xi-to-kim',
  occasion: 'olympics',
  title: { en: 'Beijing Winter Olympics' }, occasionDetail: { en: 'Beijing Winter Olympics' },
  summary: { en: 'S.' },
  terms: { en: [], ko: [], zh: [] },
  readouts: [],
  coverage: [],
  ...over,
});

const olympics = base({
  readouts: [
    { agency: 'KCNA', side: 'dprk', url: 'https://kcna.example/1', date: '2022-02-26', title: 'Kim receives message', language: 'en', phrases: [{ text: 'new situation', speaker: 'xi' }, { text: 'frustrate hostile policies', speaker: 'kim', concept: 'defeat' }] },
    { agency: 'Xinhua', side: 'prc', url: 'https://xinhua.example/1', date: '2022-02-26', title: 'Xi replies', language: 'en', phrases: [{ text: 'new situation', speaker: 'xi' }, { text: 'strategic communication', speaker: 'xi' }] },
  ],
  coverage: [
    { outlet: 'SCMP', url: 'https://www.scmp.com/news/a?utm=rss', date: '2022-02-26', headline: 'Xi assures Kim under new situation', language: 'en', phrases: [{ text: 'destroy hostile policy', speaker: 'kim', concept: 'defeat' }] },
  ],
});

describe('wording', () => {
  const w = wordingOf(olympics, 'http://scmp.com/news/a/');
  it('marks the article the reader is on', () => {
    expect(w.rows.filter((r) => r.isThisArticle).map((r) => r.name)).toEqual(['SCMP']);
  });
  it('finds the phrase every source carried (quoted or in its headline)', () => {
    expect(w.phrases.find((p) => p.text === 'new situation')?.spread).toBe('all');
  });
  it('flags what only one side’s state media carried, unless the other side rendered it differently', () => {
    expect(w.phrases.find((p) => p.text === 'strategic communication')?.stateSide).toBe('prc-only');
    // KCNA's "frustrate" has a rendering ("destroy") elsewhere, but not in Xinhua: still DPRK-only.
    expect(w.phrases.find((p) => p.text === 'frustrate hostile policies')?.stateSide).toBe('dprk-only');
  });
  it('groups different renderings of the same words', () => {
    expect(w.renderings).toEqual([{ concept: 'defeat', variants: [{ text: 'frustrate hostile policies', sources: ['KCNA'] }, { text: 'destroy hostile policy', sources: ['SCMP'] }] }]);
  });
  it('compares URLs as a reader would', () => {
    expect(sameArticle('https://www.a.com/x/?q=1', 'http://a.com/x')).toBe(true);
    expect(sameArticle('https://a.com/x', 'https://a.com/y')).toBe(false);
  });
  it('titles an exchange with date, direction and occasion', () => {
    expect(exchangeTitle(olympics)).toBe('2022-02-26 · Xi Jinping → Kim Jong Un · Beijing Winter Olympics');
  });
});

describe('relations', () => {
  const kim = base({ id: '2022-02-04-kim', date: '2022-02-04', kind: 'congratulation', direction: 'kim-to-xi' });
  const reply = base({ id: '2022-02-26-reply', repliesTo: '2022-02-04-kim' });
  const earlier = base({ id: '2021-10-23-other', date: '2021-10-23', occasion: 'prc-founding' });
  const lastYear = base({ id: '2021-02-26-reply', date: '2021-02-26' });
  const all = [earlier, lastYear, kim, reply];
  it('links a reply both ways and finds the same occasion before', () => {
    const r = relationsOf(reply, all);
    expect(r.answers.map((e) => e.id)).toEqual([kim.id]);
    expect(relationsOf(kim, all).answeredBy.map((e) => e.id)).toEqual([reply.id]);
    expect(r.sameOccasion.map((e) => e.id)).toEqual([lastYear.id]);
    expect(r.before.map((e) => e.id)).toEqual([kim.id, earlier.id, lastYear.id]);
  });
  it('builds phrase history by year, including empty years', () => {
    const uses = phraseHistory('New Situation', [olympics, base({ id: '2020-01-01-y', date: '2020-01-01', coverage: [{ outlet: 'A', url: 'https://a.example', date: '2020-01-01', headline: 'A new situation', language: 'en', phrases: [] }] })]);
    expect(uses.map((u) => u.event.id)).toEqual(['2020-01-01-y', olympics.id]);
    expect(countByYear(uses)).toEqual([{ year: 2020, count: 1 }, { year: 2021, count: 0 }, { year: 2022, count: 1 }]);
    expect(phraseHistory('x', [olympics])).toEqual([]);
  });
  it('suggests phrases quoted in more than one exchange', () => {
    expect(commonPhrases([olympics, base({ id: '2023-01-01-z', date: '2023-01-01', readouts: olympics.readouts })])).toContain('new situation');
  });
});
