/**
 * Notes and an exchange for the citation tests: characters TeX and RIS care about, a
 * Korean headline, a readout read in print (no URL), a repeated article, an exchange
 * note on one source and one on a phrase.
 */
import type { ExchangeEvent } from '../dataset/schema';
import type { Note } from '../storage/notes-schema';

export const EVENT: ExchangeEvent = {
  id: '2024-10-06-test-exchange',
  date: '2024-10-06',
  sentDate: '2024-10-05',
  kind: 'congratulation',
  direction: 'both',
  occasion: 'diplomatic-ties',
  anniversary: 75,
  title: { en: 'Xi and Kim mark 75 years of ties', ko: '시진핑·김정은, 수교 75주년 축전', zh: '习近平与金正恩互致贺电庆祝建交75周年' },
  occasionDetail: { en: '75th anniversary of diplomatic relations' },
  summary: { en: 'The two leaders exchanged messages.' },
  terms: { en: [], ko: [], zh: [] },
  readouts: [
    { agency: 'KCNA', side: 'dprk', url: 'http://www.kcna.kp/en/article/q/abc.kcmsf', date: '2024-10-06', title: 'Kim Jong Un Exchanges Messages with Xi Jinping', language: 'en', phrases: [{ text: 'invincible', speaker: 'kim' }] },
    { agency: 'Rodong Sinmun', side: 'dprk', print: { page: '1' }, date: '2024-10-07', title: '조중친선은 불패', language: 'ko', phrases: [] },
    { agency: 'Xinhua', side: 'prc', print: { publication: "People's Daily" }, date: '2024-10-07', title: '习近平同朝鲜最高领导人金正恩互致贺电', language: 'zh', phrases: [] },
  ],
  coverage: [
    { outlet: 'Yonhap News Agency', url: 'https://en.yna.co.kr/view/AEN20241006000300315', date: '2024-10-06', headline: 'Kim, Xi exchange messages on 75th anniv. of ties', language: 'en', phrases: [{ text: 'invincible', speaker: 'outlet' }] },
  ],
};

const t0 = Date.UTC(2026, 0, 5, 12);
const base = { tags: [] as string[], createdAt: t0, updatedAt: t0, accessedAt: t0 };

export const NOTES: Note[] = [
  {
    ...base,
    id: 'n-1',
    eventId: EVENT.id,
    article: { url: 'https://hongkongfp.com/2024/10/06/xi-kim/#comments', title: 'China’s Xi & Kim: 100% {“friendship”} #ties_$^~\\', outlet: 'Hong Kong Free Press HKFP', date: '2024-10-06', author: 'Tom Grundy', lang: 'en' },
    text: 'KCNA calls the friendship invincible.\nSecond paragraph.',
    quote: 'invincible',
    quoteContext: { prefix: 'called the friendship ', suffix: ' and strategic', repeated: true },
    tags: ['wording', 'kcna'],
  },
  {
    ...base,
    id: 'n-2',
    createdAt: t0 + 1000,
    accessedAt: Date.UTC(2026, 0, 7, 12),
    article: { url: 'https://news.example.kr/articles/2024/10/06/123?x=1&y=%20', title: '김정은, 시진핑에 답전 “조중친선 강화”', outlet: '한빛일보', date: '2024-10-06', lang: 'ko' },
    text: 'Korean coverage',
    tags: [],
  },
  { ...base, id: 'n-3', createdAt: t0 + 2000, eventId: EVENT.id, text: 'On Yonhap’s story', target: { kind: 'source', url: 'https://en.yna.co.kr/view/AEN20241006000300315' } },
  { ...base, id: 'n-4', createdAt: t0 + 3000, eventId: EVENT.id, text: 'Who says “invincible”?', target: { kind: 'phrase', text: 'invincible' } },
];

export const lookup = (id: string) => (id === EVENT.id ? EVENT : undefined);
