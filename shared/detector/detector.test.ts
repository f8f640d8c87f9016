import { describe, expect, it } from 'vitest';
import { normalize, sentences, compileTerms, countMatches } from './text';
import { toArticle, type PageFacts } from './article';
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
