import { describe, expect, it } from 'vitest';
import { completeYear, dayMentions, fullDates, isoOf, partialDates, resolveDayWord, toIsoDate, urlDate, type Ymd } from './dates';
import { dayOrderOf, pageDate, type DateClue } from './page-date';

const ymd = (iso: string): Ymd => {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
};

describe('complete dates, every common shape', () => {
  it.each([
    ['2024-10-06T09:00:00+09:00', '2024-10-06'],
    ['2024-10-06 09:44', '2024-10-06'],
    ['2024.10.06', '2024-10-06'],
    ['2024/10/06', '2024-10-06'],
    ['지성림 2024. 9. 22. 11:56', '2024-09-22'],
    ['송고시간2019-09-20 07:03', '2019-09-20'],
    ['입력 2022-03-22 17:34', '2022-03-22'],
    ['2018년 04월 18일 15시 03분 KST', '2018-04-18'],
    ['2024년 10월 6일', '2024-10-06'],
    ['주체109(2020)년 5월 10일', '2020-05-10'],
    ['2024年10月6日', '2024-10-06'],
    ['發佈時間:2024-10-08 09:01:12', '2024-10-08'],
    ['二〇二四年十月六日', '2024-10-06'],
    ['October 6, 2024', '2024-10-06'],
    ['Oct. 6, 2024', '2024-10-06'],
    ['Sept. 9th 2022', '2022-09-09'],
    ['6 Oct 2024', '2024-10-06'],
    ['6 October, 2024', '2024-10-06'],
    ['6th of October 2024', '2024-10-06'],
    ['PUBLISHED : Thursday, 26 April, 2018, 11:50am', '2018-04-26'],
    ['Monday 24 October 2022 - 02:38', '2022-10-24'],
    ['(Xinhua) 16:56, January 23, 2026', '2026-01-23'],
    ['SEOUL, Oct. 6, 2024 (Yonhap) --', '2024-10-06'],
    ['Date: 16/09/2020 | Source: KCNA.kp (En)', '2020-09-16'],
    ['13/45/2024', null],
    ['2024-02-30', null],
    ['no date here', null],
  ])('%s → %s', (raw, expected) => expect(toIsoDate(raw)).toBe(expected));

  it('reads a two-digit year only where a byline or title gives it ("19 Jul 21")', () => {
    expect(toIsoDate('19 Jul 21 - story 5', { byline: true })).toBe('2021-07-19');
    expect(toIsoDate('19 Jul 21 - story 5')).toBeNull();
  });

  it('reads 06/10/2024 day first, or month first where the page is American', () => {
    expect(isoOf(fullDates('06/10/2024')[0] as Ymd)).toBe('2024-10-06');
    expect(isoOf(fullDates('10/06/2024', { order: 'mdy' })[0] as Ymd)).toBe('2024-10-06');
    expect(dayOrderOf('en-US')).toBe('mdy');
    expect(dayOrderOf('en-GB')).toBe('dmy');
    expect(dayOrderOf('en')).toBe('dmy');
    expect(dayOrderOf('ko')).toBe('dmy');
  });
});

describe('dates without a year, bare days and weekdays', () => {
  it.each([
    ['Pyongyang, October 6 (KCNA) --', '10-06'],
    ['BEIJING, Sept. 9 (Xinhua) --', '09-09'],
    ['Xinhua News Agency, Beijing, July 11th.', '07-11'],
    ['Seoul, June 15 (IANS)', '06-15'],
    ['on 14 March (Thursday)', '03-14'],
    ['新华社北京5月9日电', '05-09'],
    ['新華社北京10月6日電', '10-06'],
    ['6月20日至21日，习近平对朝鲜进行国事访问', '06-20'],
    ['【中新社北京十月八日電】', '10-08'],
    ['10월 6일 조선중앙통신', '10-06'],
  ])('%s → --%s', (raw, expected) => {
    const [first] = partialDates(raw);
    expect(first && `${String(first.m).padStart(2, '0')}-${String(first.d).padStart(2, '0')}`).toBe(expected);
  });

  it('does not take a complete date for a yearless one', () => {
    expect(partialDates('2024年10月6日')).toEqual([]);
    expect(partialDates('October 6, 2024')).toEqual([]);
    expect(partialDates('2024년 10월 6일')).toEqual([]);
  });

  it('reads "MM-DD hh:mm" as a month and day in a byline', () => {
    expect(partialDates('12-07 15:37:47', { byline: true })[0]).toMatchObject({ m: 12, d: 7 });
  });

  it('resolves a bare day, a weekday and "yesterday" against the page date', () => {
    const page = ymd('2024-09-22'); // a Sunday
    const resolved = (text: string) => dayMentions(text).map((w) => isoOf(resolveDayWord(w, page)));
    expect(resolved('김정은이 15일 답전을 보냈다')).toEqual(['2024-09-15']);
    expect(resolved('金正恩15日回电习近平')).toEqual(['2024-09-15']);
    expect(resolved('오늘(22일)')).toEqual(['2024-09-22', '2024-09-22']);
    expect(resolved('the message, sent on the 30th,')).toEqual(['2024-08-30']);
    expect(resolved('state media said on Thursday')).toEqual(['2024-09-19']);
    expect(resolved('on Sunday')).toEqual(['2024-09-22']);
    expect(resolved('星期五')).toEqual(['2024-09-20']);
    expect(resolved('화요일')).toEqual(['2024-09-17']);
    expect(resolved('yesterday')).toEqual(['2024-09-21']);
    expect(resolved('昨日')).toEqual(['2024-09-21']);
    expect(resolved('어제')).toEqual(['2024-09-21']);
  });

  it('does not read a month–day or a country as a bare day', () => {
    expect(dayMentions('10월 6일').filter((w) => w.kind === 'day')).toEqual([]);
    expect(dayMentions('5月9日').filter((w) => w.kind === 'day')).toEqual([]);
    expect(dayMentions('日本').filter((w) => w.kind === 'day')).toEqual([]);
    expect(dayMentions('the 75th anniversary').filter((w) => w.kind === 'day')).toEqual([]);
  });

  it('completes a yearless dateline from the page date, across New Year too', () => {
    expect(completeYear({ m: 10, d: 6 }, ymd('2024-10-08'))).toEqual(ymd('2024-10-06'));
    expect(completeYear({ m: 12, d: 31 }, ymd('2025-01-02'))).toEqual(ymd('2024-12-31'));
    expect(completeYear({ m: 1, d: 1 }, ymd('2023-12-31'))).toEqual(ymd('2024-01-01'));
  });
});

describe('dates in the URL', () => {
  it.each([
    ['https://x.example/2024/10/06/story', '2024-10-06'],
    ['https://x.example/news/2025-12-19/national/story/2482299', '2025-12-19'],
    ['https://x.example/2019/0907/5515981.html', '2019-09-07'],
    ['http://big5.china.com.cn/gate/big5/x.china.com.cn/2024-10/08/content_1.htm', '2024-10-08'],
    ['http://x.example/PoliticsNews/201605/t20160510_11453927.htm', '2016-05-10'],
    ['https://m.ajunews.com/amp/20240612092432995', '2024-06-12'],
    ['http://yna.kr/AKR20190920011000504', '2019-09-20'],
    ['https://rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2019-04-16-0020', '2019-04-16'],
    ['https://kcnawatch.org/newstream/1600206511-138967334/reply', null],
    ['https://x.example/world/story', null],
  ])('%s → %s', (url, expected) => {
    const d = urlDate(url);
    expect(d ? isoOf(d) : null).toBe(expected);
  });
});

describe("the page's date, most trusted source first", () => {
  const clue = (source: DateClue['source'], text: string): DateClue => ({ source, text });

  it('prefers JSON-LD, then meta, <time>, a byline, a dateline, the URL, and last the opening text', () => {
    const all = [clue('byline', 'March 3, 2021'), clue('time', '2021-03-02'), clue('meta', '2021-03-01T10:00:00Z'), clue('jsonld', '2021-02-28')];
    expect(pageDate('https://x.example/2020/01/01/a', 'en', all, '')).toMatchObject({ published: '2021-02-28', source: 'jsonld' });
    expect(pageDate('https://x.example/2020/01/01/a', 'en', all.slice(0, 3), '')).toMatchObject({ published: '2021-03-01', source: 'meta' });
    expect(pageDate('https://x.example/2020/01/01/a', 'en', all.slice(0, 2), '')).toMatchObject({ published: '2021-03-02', source: 'time' });
    expect(pageDate('https://x.example/2020/01/01/a', 'en', all.slice(0, 1), '')).toMatchObject({ published: '2021-03-03', source: 'byline' });
    expect(pageDate('https://x.example/2020/01/01/a', 'en', [clue('dateline', 'SEOUL, March 4, 2021 (Yonhap) --')], '')).toMatchObject({ published: '2021-03-04', source: 'dateline' });
    expect(pageDate('https://x.example/2020/01/01/a', 'en', [], '')).toMatchObject({ published: '2020-01-01', source: 'url', inferred: false });
    expect(pageDate('https://x.example/a', 'zh', [], '外交部网站消息，2018年12月7日，国务委员兼外交部长王毅在北京会谈。')).toMatchObject({ published: '2018-12-07', source: 'text', inferred: true });
    expect(pageDate('https://x.example/a', 'en', [], 'No date at all.')).toMatchObject({ published: null, source: null });
  });

  it('reads a compact meta date (og:regDate 20240922115600)', () => {
    expect(pageDate('https://x.example/a', 'ko', [clue('meta', '20240922115600')], '').published).toBe('2024-09-22');
  });

  it("disambiguates a KCNA Watch 'Date: 06/10/2024' by its dateline, whatever the locale", () => {
    const kcna = [clue('byline', 'Date: 06/10/2024 | Source: KCNA.kp (En)'), clue('dateline', 'Pyongyang, October 6 (KCNA) -- Kim Jong Un sent a message')];
    expect(pageDate('https://kcnawatch.example/newstream/1/x', 'en-US', kcna, '').published).toBe('2024-10-06');
    const american = [clue('byline', 'Posted 10/06/2024'), clue('dateline', 'WASHINGTON, Oct. 6 (AP) --')];
    expect(pageDate('https://x.example/a', 'en-GB', american, '').published).toBe('2024-10-06');
  });

  it('completes a yearless dateline from the page date, as the story date', () => {
    const clues = [clue('meta', '2024-10-08T09:01:12+08:00'), clue('dateline', '新华社北京10月6日电 中共中央总书记习近平同朝鲜…')];
    expect(pageDate('https://x.example/a', 'zh', clues, '')).toMatchObject({ published: '2024-10-08', storyDates: ['2024-10-06'] });
    expect(pageDate('https://x.example/a', 'en', [clue('dateline', 'Pyongyang, September 16 (KCNA) --')], '')).toMatchObject({ published: null, storyDates: ['--09-16'] });
  });

  it('reads an edition date in the title of a page whose title is only a masthead', () => {
    expect(pageDate('http://x.example/rodong_ch200510.html', 'ko', [clue('byline', '로동신문 2020-05-10')], '')).toMatchObject({ published: '2020-05-10', source: 'byline' });
  });
});
