/**
 * The detector's reading of an article as a draft exchange, checked against the labelled
 * corpora: for every page labelled as reporting an exchange, the draft's direction, kind,
 * occasion and anniversary are compared with that exchange in the dataset. The prefill is a
 * starting point the reader corrects, so the test holds agreement floors, printed each run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA, loadLabels, parseHtml, type CorpusName } from '../../scripts/eval-core';
import { extractPage } from '../../extension/content/extract';
import { toArticle } from '../../shared/detector/article';
import { EVENTS } from '../../shared/dataset/index';
import { validateEvents } from '../../shared/dataset/validate';
import { draftFromArticle } from '../../shared/library/draft';
import { eventFromInput } from '../../shared/library/library-schema';

const PAGES = join(import.meta.dirname, '../browser/library-pages');
const FIXTURE_URL = 'https://www.neasiawire.example/korea/2027/08/14/xi-kim-flood-sympathy';
const read = (file: string, url: string) => toArticle(extractPage(parseHtml(readFileSync(join(PAGES, file), 'utf8')), url));

describe('draft from an article', () => {
  it('reads the invented 2027 fixture as Xi\'s sympathy over a disaster, with the article as its source', () => {
    const draft = draftFromArticle(read('en-neasiawire-2027-xi-flood-sympathy.html', FIXTURE_URL), '2030-01-01');
    expect(draft).toMatchObject({ date: '2027-08-14', direction: 'xi-to-kim', kind: 'sympathy', occasion: 'disaster', onTopic: true });
    expect(draft.source).toMatchObject({ outlet: 'Northeast Asia Wire', url: FIXTURE_URL, date: '2027-08-14', headline: 'Xi sends Kim message of sympathy over North Korea floods', language: 'en', origin: 'reader' });
    expect(draft.source.phrases).toEqual([
      { text: 'deep sympathy to the people in the flood-hit areas', speaker: 'xi' },
      { text: 'feel deeply for the Korean people', speaker: 'xi' },
      { text: 'within its capacity', speaker: 'xi' },
    ]);
    expect(draft.sentDate).toBeUndefined();
  });

  it('gives a draft the dataset\'s validator accepts once the reader writes a summary', () => {
    const draft = draftFromArticle(read('ko-dongbuka-2027-xi-flood-sympathy.html', 'https://www.dongbuka.example/politics/north/20270815/xi-kim-flood'), '2030-01-01');
    const event = eventFromInput({ ...draft, occasionDetail: { ko: '함경북도 홍수' }, summary: { ko: '시진핑이 수해 위문 전문을 보냈다.' } });
    expect(validateEvents([event])).toEqual([]);
    expect(event.coverage[0]!.phrases.map((p) => p.speaker)).toEqual(draft.source.phrases.map(() => 'xi'));
  });

  it('takes a sent date only from a sentence about the sending, never the occasion\'s own day', () => {
    const base = read('en-neasiawire-2027-xi-flood-sympathy.html', FIXTURE_URL);
    const dated = { ...base, lead: 'Chinese President Xi Jinping sent a message of sympathy to Kim Jong Un on Aug. 11 over the floods.' };
    expect(draftFromArticle(dated).sentDate).toBe('2027-08-11');
    const occasionDay = { ...base, published: '2027-09-12', lead: 'Xi Jinping sent Kim Jong Un a message on Sept. 9, the anniversary of the founding of the DPRK.' };
    expect(draftFromArticle(occasionDay).sentDate).toBeUndefined();
  });

  it('agrees with the dataset on most labelled pages (direction, kind, occasion, anniversary)', async () => {
    const events = new Map(EVENTS.map((e) => [e.id, e]));
    const agree = { direction: 0, kind: 0, occasion: 0, anniversary: 0 };
    let pages = 0;
    for (const corpus of Object.keys(CORPORA) as CorpusName[]) {
      for (const label of await loadLabels(corpus)) {
        const event = label.status === 'match' && label.eventId ? events.get(label.eventId) : undefined;
        if (!event) continue;
        pages++;
        const d = draftFromArticle(toArticle(extractPage(parseHtml(readFileSync(join(CORPORA[corpus], label.file), 'utf8')), label.url)), '2099-01-01');
        agree.direction += Number(d.direction === event.direction);
        agree.kind += Number(d.kind === event.kind);
        agree.occasion += Number(d.occasion === event.occasion);
        agree.anniversary += Number((d.anniversary ?? 0) === (event.anniversary ?? 0));
      }
    }
    console.log(`draft agreement on ${pages} labelled pages: ${Object.entries(agree).map(([k, n]) => `${k} ${n}/${pages}`).join(', ')}`);
    expect(pages).toBeGreaterThan(100);
    expect(agree.direction / pages).toBeGreaterThanOrEqual(0.8);
    expect(agree.kind / pages).toBeGreaterThanOrEqual(0.8);
    expect(agree.occasion / pages).toBeGreaterThanOrEqual(0.7);
    expect(agree.anniversary / pages).toBeGreaterThanOrEqual(0.8);
  });
});
