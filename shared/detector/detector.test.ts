import { describe, expect, it } from 'vitest';
import { normalize, sentences, compileTerms, countMatches } from './text';
import { isBareHeadline, toArticle, type PageFacts } from './article';
import { certainty, probabilities } from './certainty';
import { cuesOf, loose, ordinalsIn } from './cues';
import { toIsoDate } from './dates';
import { decideTopic } from './topic';
import { senderOf } from './direction';
import { ExchangeIndex } from './resolve';
import { leadQualifies, titleMayQualify, isLivePage } from './gate';
import type { ExchangeEvent } from '../dataset/schema';

const page = (over: Partial<PageFacts>): PageFacts => ({
  url: 'https://news.example/world/story',
  headlines: ['Headline'],
  dates: [],
  lang: 'en',
  outlet: 'News Example',
  lead: '',
  text: '',
  ogType: 'article',
  ldTypes: [],
  teasers: 0,
  headingLinks: 0,
  h1s: 1,
  ...over,
});

const event = (over: Partial<ExchangeEvent>): ExchangeEvent => ({
  id: '2024-10-06-test',
  date: '2024-10-06',
  kind: 'congratulation',
  direction: 'both',
  occasion: 'diplomatic-ties',
  title: { en: '75th anniversary of diplomatic relations' }, occasionDetail: { en: '75th anniversary of diplomatic relations' },
  summary: { en: 'Test.' },
  terms: { en: ['75th anniversary', 'diplomatic relations'], ko: ['수교 75주년'], zh: ['建交75周年'] },
  readouts: [],
  coverage: [],
  ...over,
});

describe('text', () => {
  it('folds quotes, dashes, case and traditional Chinese', () => {
    expect(normalize('Kim Jong‐un’s “Letter”  to 習近平')).toBe(`kim jong-un's "letter" to 习近平`);
    expect(normalize('賀電 復電 會談')).toBe('贺电 复电 会谈');
  });
  it('splits Latin and CJK sentences', () => {
    expect(sentences('One. Two! 三。四')).toEqual(['One.', 'Two!', '三。', '四']);
  });
  it('matches Latin terms on word boundaries only, Hangul as substrings', () => {
    const re = compileTerms(['xi', '축전']);
    expect(countMatches(re, 'xi sent 축전을 and xiamen')).toBe(2);
  });
});

describe('dates', () => {
  it.each([
    ['2024-10-06T09:00:00+09:00', '2024-10-06'],
    ['October 6, 2024', '2024-10-06'],
    ['6 Oct 2024', '2024-10-06'],
    ['2024년 10월 6일', '2024-10-06'],
    ['2024年10月6日', '2024-10-06'],
    ['SEOUL, Oct. 6, 2024 (Yonhap) --', '2024-10-06'],
    ['13/45/2024', null],
    ['no date here', null],
  ])('%s → %s', (raw, expected) => expect(toIsoDate(raw)).toBe(expected));

  it('prefers metadata, then the URL, then a dateline', () => {
    expect(toArticle(page({ dates: [{ source: 'meta', text: '2022-02-26' }], url: 'https://x.example/2021/01/01/a' })).published).toBe('2022-02-26');
    expect(toArticle(page({ url: 'https://x.example/2021/10/23/story' })).published).toBe('2021-10-23');
    expect(toArticle(page({ text: 'BEIJING, March 23, 2021 -- The leaders...' })).published).toBe('2021-03-23');
    expect(toArticle(page({})).published).toBeNull();
  });

  it('tells listings and live blogs from articles, and infers language from script', () => {
    expect(toArticle(page({ ogType: 'website' })).pageKind).toBe('listing');
    expect(toArticle(page({ ogType: '', teasers: 20 })).pageKind).toBe('listing');
    expect(toArticle(page({ ldTypes: ['LiveBlogPosting'] })).pageKind).toBe('liveblog');
    expect(toArticle(page({ lang: '', headlines: ['김정은, 시진핑에 축전'] })).lang).toBe('ko');
    expect(toArticle(page({ headlines: ['Xi writes to Kim | The Daily'] })).headline).toBe('Xi writes to Kim');
  });
});

describe('gate', () => {
  it('lets through only titles that name the North, Kim or Xi', () => {
    expect(titleMayQualify('Rain expected this weekend')).toBe(false);
    expect(titleMayQualify('China’s Xi assures North Korean leader')).toBe(true);
    expect(titleMayQualify('김정은, 시진핑에 답전')).toBe(true);
    expect(isLivePage('China Eastern crash live: search resumes')).toBe(true);
  });
  it('needs both sides and an exchange word in the opening', () => {
    expect(leadQualifies('North Korea fires a missile into the sea')).toBe(false);
    expect(leadQualifies('Kim Jong Un sent a message to Xi Jinping')).toBe(true);
    expect(leadQualifies('习近平复电金正恩')).toBe(true);
  });
});

describe('topic decision', () => {
  const article = (headline: string, lead: string, text = lead) => toArticle(page({ headlines: [headline], lead, text }));
  it('is on topic when the headline states the exchange', () => {
    expect(decideTopic(article('Xi sends message to Kim Jong Un on anniversary', '')).onTopic).toBe(true);
  });
  it('is not fooled by a Kim–Putin story that recalls Xi once', () => {
    const t = decideTopic(article('Kim Jong Un sends letter to Putin', 'Kim praised Russia. Analysts noted ties with Moscow.', 'Kim praised Russia.\nEarlier this year Kim also exchanged messages with Xi Jinping.'));
    expect(t.onTopic).toBe(false);
  });
  it('is not on topic for a missile story naming both leaders', () => {
    expect(decideTopic(article('North Korea fires missile as Xi visits Europe', 'Kim Jong Un watched the launch. Xi Jinping was in Paris.')).onTopic).toBe(false);
  });
  it('ignores listing pages', () => {
    const listing = toArticle(page({ ogType: 'website', headlines: ['Xi sends message to Kim'], lead: 'Xi sends message to Kim' }));
    expect(decideTopic(listing).onTopic).toBe(false);
  });
  it.each([
    ['xi jinping sent a message to kim jong un', 'xi'],
    ['kim jong un received a letter from xi jinping', 'xi'],
    ['김정은, 시진핑에게 축전', 'kim'],
    ['习近平向金正恩致电祝贺', 'xi'],
    ['金正恩致电习近平', 'kim'],
    ['xi and kim exchanged messages', 'both'],
  ])('sender of "%s" is %s', (s, who) => expect(senderOf(s)).toBe(who));

  // Near misses: each rule states a general fact about news pages.
  it('does not take a question (a quiz, "will they meet?") for a report', () => {
    expect(decideTopic(article('[Quiz] How well do you know China–North Korea ties?', 'In which year did Kim Jong Un first meet Xi Jinping in Beijing? 1) 2016 2) 2018')).onTopic).toBe(false);
  });
  it('does not take speculation about a future visit for a report (en, ko, zh)', () => {
    expect(decideTopic(article('Xi to visit North Korea, sources say', 'Xi Jinping is expected to visit Pyongyang and meet Kim Jong Un after the summit, CNN reported.')).onTopic).toBe(false);
    expect(decideTopic(article('이번엔 시진핑이 북한으로 간다', '시진핑과 김정은의 정상회담이 6월 초 이뤄질 것이라고 관계자가 전했다.')).onTopic).toBe(false);
    expect(decideTopic(article('习近平或将访问朝鲜', '消息人士称，习近平预计将于下月访问平壤与金正恩会晤。')).onTopic).toBe(false);
    expect(decideTopic(article('Opinion: What the next Kim-Xi summit could bring', 'Kim Jong Un and Xi Jinping could meet again soon.')).onTopic).toBe(false);
    // A message already sent stays a report whatever it says about the future.
    expect(decideTopic(article('Xi sends message to Kim Jong Un', 'Xi Jinping said in a message to Kim Jong Un that he will work with him.')).onTopic).toBe(true);
  });
  it("does not take ministers' talks that recall the leaders' meetings for the leaders' exchange", () => {
    const t = decideTopic(article('王毅同朝鲜外相李勇浩举行会谈', '王毅说，今年习近平总书记和金正恩委员长三次会晤，形成重要共识。'));
    expect(t.onTopic).toBe(false);
    expect(decideTopic(article('Wang Yi meets North Korean FM Choe Son Hui in Beijing', 'Wang said China values the friendship forged by Xi Jinping and Kim Jong Un, who met several times.')).onTopic).toBe(false);
    // An envoy who carries a leader's greetings is the story.
    expect(decideTopic(article('李强访平壤晤金正恩', '李强代习近平向金正恩转达亲切问候和良好祝愿。')).onTopic).toBe(true);
  });
  it('does not take a trade story dated "following" a summit for the summit', () => {
    const t = decideTopic(article("North Korea's trade with China reaches 6-year high following recent summit between leaders", "Trade between North Korea and China rose, pointing to warmer ties after the two countries' leaders met earlier this year. The rise came after Kim Jong Un and Chinese President Xi Jinping met in Beijing in September."));
    expect(t.onTopic).toBe(false);
  });
  it('reads the story of a page whose title is only a masthead from its first sentence', () => {
    const a = toArticle(page({ headlines: ['로동신문 2020-05-10'], lead: '김정은동지께 습근평동지가 구두친서를 보내여왔다.', text: '김정은동지께 습근평동지가 구두친서를 보내여왔다.' }));
    expect(a.headline).toBe('김정은동지께 습근평동지가 구두친서를 보내여왔다.');
    expect(isBareHeadline('竹新社')).toBe(true);
    expect(isBareHeadline('19 Jul 21 - story 5')).toBe(true);
    expect(isBareHeadline('习近平复电金正恩')).toBe(false);
    expect(isBareHeadline('Xi writes to Kim')).toBe(false);
  });
  it('does not read a leader\'s title as an occasion (every story names 国家主席, 국무위원장, general secretary)', () => {
    const a = article('김정은, 시진핑에 답전', '김정은 국무위원장이 9·9절을 맞아 축전을 보낸 시진핑 국가주석에게 답전을 보냈다.');
    const c = cuesOf(a, decideTopic(a), 2026);
    expect([...c.occasions.keys()]).toEqual(['dprk-founding']);
  });
  it('takes a page without its own headline whose headings link elsewhere for a section page', () => {
    expect(toArticle(page({ ogType: '', h1s: 0, headingLinks: 5 })).pageKind).toBe('listing');
    expect(toArticle(page({ ogType: '', h1s: 0, headingLinks: 0 })).pageKind).toBe('article');
  });
});

describe('what an article says about its exchange (cues)', () => {
  it.each([
    ['the 75th anniversary', ['75']],
    ['수교 75주년', ['75']],
    ['공화국창건 76돐', ['76']],
    ['中朝建交75周年', ['75']],
    ['七十五周年', ['75']],
    ['朝鲜劳动党第七次代表大会', ['7']],
    ['党的十九大', ['19']],
    ['二十大以来', ['20']],
    ['劳动党七大', ['7']],
    ['十四届全国人大一次会议', ['14']],
    ['제8차 당대회', ['8']],
    ['the Seventh Congress of the WPK', ['7']],
    ['marking 80 years since the end of World War II', ['80']],
    ['祝贺中国共产党建党百年', ['100']],
    ['世界百年未有之大变局', []],
    ['the message, sent on the 30th of last month', []],
    ['on September 9th, the 9th Congress', ['9']],
    ['第一次全体会议 and the first visit', []],
    ['三大成果', []],
  ])('ordinals of "%s" are %j', (text, expected) => expect([...ordinalsIn(normalize(text))]).toEqual(expected));

  it('matches phrases whatever the quotation marks and spaces around them', () => {
    expect(loose(normalize('"각별한 친선의 정"을 충분히 느낄 수 있었다고'))).toContain(loose(normalize('각별한 친선의 정을 충분히 느낄 수 있었다')));
  });
});

describe('certainty', () => {
  const context = { dated: true, dateAgrees: true, singledOut: true };
  it('is clear when one exchange leads by far and the date agrees', () => {
    expect(certainty([{ id: 'a', score: 12 }, { id: 'b', score: 5 }], context)).toMatchObject({ level: 'clear' });
  });
  it('is probable, offering the close rivals, when two lead together', () => {
    const v = certainty([{ id: 'a', score: 9 }, { id: 'b', score: 9 }, { id: 'c', score: 2 }], context);
    expect(v.level).toBe('probable');
    expect(v.rivals.map((r) => r.eventId)).toEqual(['a', 'b']);
    expect(v.confidence).toBeCloseTo(0.5, 1);
  });
  it('is never clear against the page date, and nothing at all unless the content names the exchange', () => {
    expect(certainty([{ id: 'a', score: 12 }], { ...context, dateAgrees: false }).level).toBe('probable');
    expect(certainty([{ id: 'a', score: 12 }], { ...context, dateAgrees: false, singledOut: false }).level).toBeNull();
  });
  it('is nothing when no candidate scores above what an exchange the dataset lacks would', () => {
    expect(certainty([{ id: 'a', score: 2 }], context).level).toBeNull();
  });
  it('turns scores into probabilities that, with "none of these", sum to at most one', () => {
    const p = probabilities([8, 7, 3], true);
    expect(p.reduce((a, b) => a + b, 0)).toBeLessThan(1);
    expect(p[0]).toBeGreaterThan(p[1]!);
  });
});

describe('resolution', () => {
  const ties = event({});
  const reply = event({ id: '2024-10-20-reply', date: '2024-10-20', kind: 'reply', direction: 'xi-to-kim', occasion: 'prc-founding', title: { en: '75th anniversary of the PRC' }, occasionDetail: { en: '75th anniversary of the PRC' }, terms: { en: ['national day'], ko: [], zh: [] } });
  const index = ExchangeIndex.fromEvents([ties, reply]);
  const art = (headline: string, published: string | null) => toArticle(page({ headlines: [headline], dates: published ? [{ source: 'meta', text: published }] : [], lead: headline, text: headline }));

  it('matches by date and occasion', () => {
    const r = index.resolve(art('Xi and Kim exchange messages on 75th anniversary of diplomatic ties', '2024-10-07'));
    expect(r.status).toBe('match');
    expect(r.eventId).toBe(ties.id);
    expect(r.confidence).toBeGreaterThan(0.5);
  });
  it('prefers the reply when the article reports a reply', () => {
    const r = index.resolve(art('Xi replies to Kim Jong Un message on National Day', '2024-10-21'));
    expect(r.eventId).toBe(reply.id);
  });
  it('says topic, never a wrong match, when nothing in the window fits', () => {
    const r = index.resolve(art('Xi sends message to Kim Jong Un on New Year', '2027-01-01'));
    expect(r.status).toBe('topic');
    expect(r.eventId).toBeUndefined();
  });
  it('says none for an off-topic article', () => {
    expect(index.resolve(art('Rain expected this weekend', '2024-10-07')).status).toBe('none');
  });
  it('finds the nearest earlier exchanges for a topic article', () => {
    expect(index.before('2024-10-10', 5)).toEqual([ties.id]);
  });
});
