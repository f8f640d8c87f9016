import { describe, expect, it } from 'vitest';
import type { ExchangeEvent, Phrase } from './schema';
import { conceptProblems, lookAlikePairs } from './concept-checks';

const event = (id: string, sources: { url: string; language: 'en' | 'ko' | 'zh'; phrases: Phrase[] }[]): ExchangeEvent => ({
  id, date: id.slice(0, 10), kind: 'reply', direction: 'xi-to-kim', occasion: 'olympics',
  title: { en: 't' }, occasionDetail: { en: 'o' }, summary: { en: 's' }, terms: { en: [], ko: [], zh: [] },
  readouts: [],
  coverage: sources.map((s) => ({ outlet: s.url, url: s.url, date: id.slice(0, 10), headline: 'h', language: s.language, phrases: s.phrases })),
});
const anchors = { 'new-situation': ['\\bnew situation\\b', '新形势'] };

describe('concept checks', () => {
  it('pass when the same words and formulas carry their concept', () => {
    const e = event('2022-02-26-a', [
      { url: 'https://a.example/1', language: 'en', phrases: [{ text: 'under the new situation', speaker: 'xi', concept: 'new-situation' }] },
      { url: 'https://b.example/1', language: 'en', phrases: [{ text: 'Under the new situation.', speaker: 'xi', concept: 'new-situation' }] },
    ]);
    expect(conceptProblems([e], anchors)).toEqual([]);
  });

  it('find the same words quoted twice without a concept, or with two different ones', () => {
    const bare = event('2022-02-26-a', [
      { url: 'https://a.example/1', language: 'en', phrases: [{ text: 'valuable common asset', speaker: 'xi' }] },
      { url: 'https://b.example/1', language: 'en', phrases: [{ text: 'Valuable common asset', speaker: 'xi' }] },
    ]);
    expect(conceptProblems([bare], anchors)).toHaveLength(1);
    const split = event('2022-02-26-b', [
      { url: 'https://a.example/2', language: 'en', phrases: [{ text: 'valuable common asset', speaker: 'xi', concept: 'valuable-asset' }] },
      { url: 'https://b.example/2', language: 'en', phrases: [{ text: 'valuable common asset', speaker: 'xi', concept: 'common-treasure' }] },
    ]);
    expect(conceptProblems([split], anchors)[0]).toMatch(/different concepts/);
  });

  it('find a recurring formula without a concept, in any language', () => {
    const e = event('2022-02-26-c', [{ url: 'https://a.example/3', language: 'zh', phrases: [{ text: '在新形势下推动中朝关系', speaker: 'xi' }] }]);
    expect(conceptProblems([e], anchors)).toEqual(['2022-02-26-c: "在新形势下推动中朝关系" contains the formula "new-situation" but has no concept']);
  });

  it('list same-speaker look-alikes across languages through the English gloss, for review', () => {
    const e = event('2022-02-26-d', [
      { url: 'https://a.example/4', language: 'en', phrases: [{ text: 'frustrate the hostile policy of the US', speaker: 'kim' }] },
      { url: 'https://b.example/4', language: 'ko', phrases: [{ text: '적대시정책을 짓부시고', speaker: 'kim', gloss: { en: 'crush the hostile policy' } }] },
    ]);
    expect(lookAlikePairs([e])).toHaveLength(1);
  });
});
