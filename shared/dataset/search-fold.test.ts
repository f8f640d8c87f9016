import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compactForm, foldedIncludes, foldForSearch, matchRange, simplifiedHan } from './search-fold';

describe('folding text for search', () => {
  it('folds traditional Chinese, including Taiwan and Hong Kong forms, to simplified', () => {
    expect(foldForSearch('新局勢')).toBe(foldForSearch('新局势'));
    expect(simplifiedHan('習近平 賀電 朝鮮 臺灣')).toBe('习近平 贺电 朝鲜 台湾');
    // Characters the detector's small table does not hold.
    expect(simplifiedHan('鞏固發展')).toBe('巩固发展');
  });

  it('folds case, full-width forms, typographic quotes and punctuation', () => {
    expect(foldForSearch('  “New  Situation”, ')).toBe('new situation');
    expect(foldForSearch('ＮＥＷ　ｓｉｔｕａｔｉｏｎ')).toBe('new situation');
    expect(foldForSearch('China’s new-situation')).toBe('china s new situation');
  });

  it('leaves Korean and Japanese as they are, apart from spacing', () => {
    expect(foldForSearch('새로운 정세 속에서')).toBe('새로운 정세 속에서');
    expect(foldForSearch('新たな情勢の下で')).toBe('新たな情势の下で');
  });
});

describe('matching a folded query', () => {
  it('matches Latin words only from a word start', () => {
    expect(foldedIncludes('under a new situation', 'new situation')).toBe(true);
    expect(foldedIncludes('the renew situation', 'new situation')).toBe(false);
    expect(foldedIncludes('situations changed', 'situation')).toBe(true);
  });

  it('matches Korean and Chinese whatever the spacing', () => {
    const text = foldForSearch('새로운 정세 속에서');
    expect(foldedIncludes(text, foldForSearch('새로운정세'))).toBe(true);
    expect(foldedIncludes(foldForSearch('새로운정세'), foldForSearch('새로운 정세'))).toBe(true);
    expect(foldedIncludes(text, 'new'), 'a Latin query is not space-blind').toBe(false);
    expect(compactForm(text)).toBe('새로운정세속에서');
    expect(compactForm('new situation')).toBeUndefined();
  });

  it('finds where the words are in the original text, to mark them', () => {
    const mark = (text: string, query: string) => {
      const r = matchRange(text, foldForSearch(query));
      return r && text.slice(r[0], r[1]);
    };
    expect(mark('在新局勢下', '新局势')).toBe('新局勢');
    expect(mark('China’s Xi assures Kim under ‘New Situation’', 'new situation')).toBe('New Situation');
    expect(mark('새로운 정세 속에서', '새로운정세')).toBe('새로운 정세');
    expect(mark('renew situation', 'new situation')).toBeNull();
  });

  it('any range it marks folds back to the query (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab 新局勢势새로운정세“”-ＡＢ'.split('')), maxLength: 30 }), fc.nat(), fc.nat(), (text, i, j) => {
        const folded = foldForSearch(text);
        const query = folded.slice(Math.min(i, j) % (folded.length + 1), Math.max(i, j) % (folded.length + 1)).trim();
        const range = matchRange(text, query);
        if (!query) return range === null;
        if (!range) return !foldedIncludes(folded, query);
        return foldForSearch(text.slice(range[0], range[1])).replace(/ /g, '').includes(query.replace(/ /g, ''));
      }),
    );
  });
});
