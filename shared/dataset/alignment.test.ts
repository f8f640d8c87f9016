import { describe, expect, it } from 'vitest';
import { alignWording, glossFor, renderingOf } from './alignment';
import { sourceTexts } from './source-texts';
import { differingSegments } from './word-diff';
import { event, readout, story } from './test-events';

const kimWords = event({
  id: '2022-02-22-kim-verbal',
  readouts: [
    readout({ agency: 'KCNA', side: 'dprk', url: 'https://kcna.example/en/1', language: 'en', mirrors: ['https://kcnawatch.example/1'], phrases: [{ text: 'frustrate the hostile policy', speaker: 'kim', concept: 'defeat' }, { text: 'new era', speaker: 'kim' }] }),
    readout({ agency: 'KCNA', side: 'dprk', url: 'https://kcna.example/ko/1', language: 'ko', title: '김정은 구두친서', phrases: [{ text: '적대시정책을 짓부시고', speaker: 'kim', concept: 'defeat', gloss: { en: 'crush the hostile policy' } }] }),
    readout({ agency: 'Xinhua', side: 'prc', url: 'https://xinhua.example/1', language: 'zh', title: '金正恩致口信', phrases: [{ text: '新时代', speaker: 'kim', concept: 'new-era' }] }),
  ],
  coverage: [
    story({ outlet: 'Yonhap News Agency', url: 'https://yna.example/a', headline: 'Kim vows to destroy the hostile policy', phrases: [{ text: 'destroy the hostile policy', speaker: 'kim', concept: 'defeat' }] }),
    // The same Yonhap story carried by a partner site under the same headline: one text.
    story({ outlet: 'The Korea Herald (Yonhap)', url: 'https://herald.example/a', headline: 'Kim vows to destroy the hostile policy', phrases: [{ text: 'destroy the hostile policy', speaker: 'kim' }] }),
    story({ outlet: 'Daily Example', url: 'https://daily.example/x', headline: 'Kim writes to Xi', phrases: [{ text: 'a rare show of warmth', speaker: 'outlet' }] }),
  ],
});

describe('source texts', () => {
  it('folds mirrors and one organisation’s copies of a story into one source with several links', () => {
    const sources = sourceTexts(kimWords);
    expect(sources.map((s) => s.name)).toEqual(['KCNA', 'KCNA', 'Xinhua', 'Yonhap News Agency', 'Daily Example']);
    expect(sources[0]!.urls).toEqual(['https://kcna.example/en/1', 'https://kcnawatch.example/1']);
    expect(sources[3]!.urls).toEqual(['https://yna.example/a', 'https://herald.example/a']);
  });
  it('keeps stories of different organisations, or of one organisation under different headlines, apart', () => {
    const two = sourceTexts(event({ id: '2022-01-01-x', coverage: [story({ outlet: 'Yonhap', url: 'https://a.example/1', headline: 'A' }), story({ outlet: 'Yonhap', url: 'https://a.example/2', headline: 'B' }), story({ outlet: 'Reuters', url: 'https://b.example/1', headline: 'A' })] }));
    expect(two).toHaveLength(3);
  });
  it('leaves a maintainer’s remark out of a source’s name, and keeps a remark that names the wire', () => {
    const named = sourceTexts(event({ id: '2023-04-08-x', coverage: [story({ outlet: 'Daum News (originating outlet not named on the stored page)', url: 'https://d.example/1' }), story({ outlet: 'The Korea Herald (Yonhap)', url: 'https://h.example/1' })] }));
    expect(named.map((s) => s.name)).toEqual(['Daum News', 'The Korea Herald (Yonhap)']);
  });
  it('marks the source the reader is on, by any of its links', () => {
    expect(sourceTexts(kimWords, 'http://www.herald.example/a/?utm=x').filter((s) => s.isThisArticle).map((s) => s.name)).toEqual(['Yonhap News Agency']);
  });
});

describe('wording alignment', () => {
  const a = alignWording(kimWords);
  const row = (key: string) => a.rows.find((r) => r.key === key)!;

  it('gives one row per concept, joining every rendering in every language', () => {
    const defeat = row('c:defeat');
    expect(defeat.cells.map((c) => [c.source?.name, c.language, c.text])).toEqual([
      ['KCNA', 'ko', '적대시정책을 짓부시고'],
      ['KCNA', 'en', 'frustrate the hostile policy'],
      ['Yonhap News Agency', 'en', 'destroy the hostile policy'],
    ]);
    expect(defeat.renderings).toBe(3);
  });
  it('puts the original first and says which cell is the original and which a translation', () => {
    const [ko, en, yonhap] = row('c:defeat').cells;
    expect([ko!.rendering, ko!.official]).toEqual(['original', true]);
    expect([en!.rendering, en!.official]).toEqual(['translation', true]);
    expect([yonhap!.rendering, yonhap!.official]).toEqual(['translation', false]);
    expect(ko!.gloss).toEqual({ en: 'crush the hostile policy' });
  });
  it('gives every cell of a leader’s concept row that leader’s words, even where a source filed them as its own', () => {
    const e = event({ id: '2024-10-06-x', coverage: [story({ outlet: 'A', url: 'https://a.example', phrases: [{ text: 'strategic communication', speaker: 'xi', concept: 'sc' }] }), story({ outlet: 'B', url: 'https://b.example', phrases: [{ text: 'deepen strategic communication', speaker: 'outlet', concept: 'sc' }] }), story({ outlet: 'C', url: 'https://c.example', phrases: [{ text: 'close communication', speaker: 'xi', concept: 'sc' }] })] });
    const row = alignWording(e).rows[0]!;
    expect(row.cells.map((c) => [c.speaker, c.rendering])).toEqual([['xi', 'translation'], ['xi', 'translation'], ['xi', 'translation']]);
  });
  it('knows whose original language is whose', () => {
    expect(renderingOf('xi', 'zh', null).rendering).toBe('original');
    expect(renderingOf('xi', 'ko', null).rendering).toBe('translation');
    expect(renderingOf('kim', 'ko', null).rendering).toBe('original');
    expect(renderingOf('outlet', 'en', null).rendering).toBe('original');
  });
  it('keeps a phrase without a concept as its own row, and the outlet’s own words as theirs', () => {
    expect(row('p:new era').cells.map((c) => c.source?.name)).toEqual(['KCNA']);
    expect(row('p:a rare show of warmth').speaker).toBe('outlet');
  });
  it('flags words only one side’s state media carried, when both sides published a readout', () => {
    expect(row('c:defeat').sideOnly).toBe('dprk');
    expect(row('c:new-era').sideOnly).toBe('prc');
    expect(row('p:a rare show of warmth').sideOnly).toBeUndefined();
    expect(alignWording({ ...kimWords, readouts: kimWords.readouts.slice(0, 2) }).rows.every((r) => !r.sideOnly)).toBe(true);
  });
  it('marks inside the text the words that differ from the first rendering in the same language', () => {
    const yonhap = row('c:defeat').cells[2]!;
    expect(yonhap.segments).toEqual([{ text: 'destroy', differs: true }, { text: ' the hostile policy', differs: false }]);
    expect(row('c:defeat').cells[1]!.segments).toBeUndefined();
  });
  it('counts a source whose headline carries the words', () => {
    const withHeadline = alignWording({ ...kimWords, coverage: [...kimWords.coverage, story({ outlet: 'Other', url: 'https://o.example/1', headline: 'Pyongyang will frustrate the hostile policy, Kim says' })] });
    const cell = withHeadline.rows.find((r) => r.key === 'c:defeat')!.cells.find((c) => c.source?.name === 'Other');
    expect(cell).toMatchObject({ inHeadline: true, text: 'frustrate the hostile policy' });
  });
  it('places the article on screen from the phrases its text quotes', () => {
    const on = alignWording(kimWords, { url: 'https://elsewhere.example/story', text: 'Kim said he would “Frustrate the hostile policy” of the US.' });
    const cells = on.rows.flatMap((r) => r.cells.filter((c) => c.thisArticle).map((c) => [r.key, c.source, c.text]));
    expect(cells).toEqual([['c:defeat', null, 'frustrate the hostile policy']]);
    expect(on.rows.find((r) => r.key === 'c:defeat')!.inArticle).toBe(true);
  });
  it('when the article is one of the sources, marks that source’s cells instead of adding a copy', () => {
    const on = alignWording(kimWords, { url: 'https://yna.example/a', text: 'destroy the hostile policy' });
    const marked = on.rows.flatMap((r) => r.cells.filter((c) => c.thisArticle));
    expect(marked.map((c) => c.source?.name)).toEqual(['Yonhap News Agency']);
  });
});

describe('glosses', () => {
  const gloss = { en: 'crush the hostile policy', ko: '적대시 정책을 짓부수다', zh: '粉碎敌视政策' };
  it('gives the reader’s own language, English for foreign words when theirs is missing, nothing for their own language', () => {
    expect(glossFor(gloss, 'ko', 'en')).toBe('crush the hostile policy');
    expect(glossFor(gloss, 'ko', 'ko')).toBe('');
    expect(glossFor(gloss, 'ko', 'zh')).toBe('粉碎敌视政策');
    expect(glossFor({ en: 'x' }, 'ja', 'zh')).toBe('x');
  });
  it('glosses English words only in the reader’s language', () => {
    expect(glossFor({ ko: '짧아진 축전', en: 'shorter' }, 'en', 'ko')).toBe('짧아진 축전');
    expect(glossFor({ ko: '짧아진 축전' }, 'en', 'zh')).toBe('');
    expect(glossFor({ ko: '짧아진 축전', en: 'shorter' }, 'en', 'en')).toBe('');
  });
});

describe('differences inside the text', () => {
  it('marks the word that differs and leaves shared words plain', () => {
    expect(differingSegments('frustrate the hostile policy', 'destroy the hostile policy', 'en')).toEqual([{ text: 'destroy', differs: true }, { text: ' the hostile policy', differs: false }]);
  });
  it('compares Chinese by character', () => {
    expect(differingSegments('新形势下', '在新形势下', 'zh')).toEqual([{ text: '在', differs: true }, { text: '新形势下', differs: false }]);
  });
  it('does not mark text that shares almost nothing with the reference', () => {
    expect(differingSegments('a rare show of warmth', 'strategic communication', 'en')).toEqual([{ text: 'strategic communication', differs: false }]);
  });
});
