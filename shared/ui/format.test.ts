import { describe, expect, it } from 'vitest';
import { formatDay, formatList, languageName, pluralCategory, yearRanges } from './format';

describe('formatting through Intl', () => {
  it('writes dates in the reader’s language without shifting the day', () => {
    expect(formatDay('2022-02-26', 'en-GB')).toBe('26 Feb 2022');
    expect(formatDay('2022-02-26', 'ko')).toBe('2022년 2월 26일');
    expect(formatDay('2022-02-26', 'zh-CN')).toBe('2022年2月26日');
    expect(formatDay('2022-02-21', 'en-GB', false)).toBe('21 Feb');
  });
  it('picks plural categories per language', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(3, 'en')).toBe('other');
    expect(pluralCategory(1, 'ko')).toBe('other');
    expect(pluralCategory(3, 'en', 'ordinal')).toBe('few');
  });
  it('folds consecutive years into ranges', () => {
    expect(yearRanges([2017, 2013, 2015, 2016])).toEqual(['2013', '2015–2017']);
    expect(yearRanges([])).toEqual([]);
  });
  it('names languages and lists in the reader’s language', () => {
    expect(languageName('ko', 'en')).toBe('Korean');
    expect(languageName('ko', 'ko')).toBe('한국어');
    expect(formatList(['2013', '2015–2017'], 'en')).toBe('2013 and 2015–2017');
  });
});
