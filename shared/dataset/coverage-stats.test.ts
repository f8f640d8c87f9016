import { describe, expect, it } from 'vitest';
import { coverageFigures, organisationOf, organisationsOf } from './coverage-stats';
import type { ExchangeEvent } from './schema';

const source = (name: string, language: 'en' | 'ko' | 'zh' = 'en') => ({ outlet: name, url: `https://example.org/${encodeURIComponent(name)}`, date: '2022-02-26', headline: 'H', language, phrases: [] });
const event = (outlets: string[], readouts = 0, language: 'en' | 'ko' | 'zh' = 'en'): ExchangeEvent => ({
  id: '2022-02-26-x',
  date: '2022-02-26',
  kind: 'reply',
  direction: 'xi-to-kim',
  occasion: 'olympics',
  title: { en: 'O' }, occasionDetail: { en: 'O' },
  summary: { en: 'S.' },
  terms: { en: [], ko: [], zh: [] },
  readouts: Array.from({ length: readouts }, (_, i) => ({ agency: 'KCNA', side: 'dprk' as const, url: `https://kcna.example/${i}`, date: '2022-02-26', title: 'T', language: 'en' as const, phrases: [] })),
  coverage: outlets.map((o) => source(o, language)),
});

describe('organisationOf', () => {
  it('counts a wire story carried by another site as the wire’s', () => {
    expect(organisationOf('The Korea Herald (Yonhap)')).toBe('yonhap');
    expect(organisationOf('Reuters (via Budrigan News)')).toBe('reuters');
    expect(organisationOf('Dong-A Ilbo (News1)')).toBe('news1');
  });
  it('counts one house’s editions and sites as one organisation', () => {
    expect(organisationOf('Korea JoongAng Daily')).toBe(organisationOf('JoongAng Ilbo (via Daum)'));
    expect(organisationOf('The Chosun Ilbo')).toBe(organisationOf('Chosun Ilbo NK (nk.chosun.com)'));
  });
  it('keeps different outlets apart', () => {
    expect(organisationOf('Rodong Sinmun')).not.toBe(organisationOf('KCNA'));
    expect(organisationOf('Sports Chosun')).not.toBe(organisationOf('The Chosun Ilbo'));
    expect(organisationOf('The Korea Herald')).not.toBe(organisationOf('The Korea Herald (Yonhap)'));
  });
});

describe('coverageFigures', () => {
  it('counts organisations, not pages', () => {
    expect(organisationsOf(event(['Yonhap News Agency', 'Yonhap (Korea Herald)', 'SBS'])).size).toBe(2);
  });
  it('counts a story by its writer, never by the site it was read on', () => {
    const e = event(['Yonhap News Agency', 'The Korea Herald', 'Newsis']);
    e.coverage[0] = { ...e.coverage[0]!, via: 'The Korea Herald' };
    e.coverage[2] = { ...e.coverage[2]!, via: 'Daum' };
    expect([...organisationsOf(e)].sort()).toEqual(['korea-herald', 'newsis', 'yonhap']);
    expect(organisationsOf(event(['Yonhap News Agency', 'Yonhap News Agency'])).size).toBe(1);
  });
  it('gives the share of events meeting each bar', () => {
    // Organisations: {yonhap, kcna}, {reuters}, {afp, ap, sbs}, {kcna}.
    const f = coverageFigures([event(['Yonhap News Agency', 'Yonhap (Korea Herald)'], 1, 'ko'), event(['Reuters']), event(['AFP', 'AP', 'SBS'], 0, 'zh'), event([], 1)]);
    expect(f).toEqual({ events: 4, withReadout: 0.5, twoOrganisations: 0.5, threeOrganisations: 0.25, koreanOrChinese: 0.5 });
  });
});
