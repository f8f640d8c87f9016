/**
 * The sidebar on a record with fixture data the real record may not have yet (it is being
 * written in parallel): titles, summaries and glosses in three languages, concept labels,
 * what is not confirmed beside maintainers' notes, one story carried by two sites, and an
 * exchange with a single source. The extension is a copy of the build with that record.
 */
import { rm } from 'node:fs/promises';
import { assert, assertEqual, suite, test, type Hooks } from './harness';
import { launchChromium, type ChromiumSession } from './chromium';
import { FixtureServer } from './server';
import { distWithDataset, messagesOf, openExchangePage } from './sidebar-helpers';
import { loadDatasetFile } from '../../scripts/extension-build';
import { sourceTexts } from '../../shared/dataset/source-texts';
import type { DatasetFile } from '../../shared/dataset/catalog';
import type { ExchangeEvent, Localized } from '../../shared/dataset/schema';

const NAME = 'Chromium: the sidebar on fixture data';
const server = new FixtureServer();
let dist = '';
let record: DatasetFile;
let glossed: ExchangeEvent;
let single: ExchangeEvent;
let concept = '';

const TITLE: Localized = { en: 'Fixture: both leaders mark 75 years of ties', ko: '고정: 수교 75주년 축전 교환', zh: '固定：互致建交75周年贺电' };
const SUMMARY: Localized = { en: 'A fixture summary in English.', ko: '한국어로 쓴 고정 요약.', zh: '用中文写的固定摘要。' };
const UNCONFIRMED: Localized = { en: 'No North Korean state-media text of one message is known.', ko: '한 메시지의 북한 관영매체 원문은 알려지지 않았다.', zh: '其中一份函电的朝鲜官方媒体原文不详。' };
const LABEL: Localized = { en: 'Fixture concept label', ko: '고정 개념 이름', zh: '固定概念名称' };
const RESEARCH = 'Searched the KCNA index; the seeds were read on Friday.';

export const sidebarFixtureHooks: Record<string, Hooks> = {
  [NAME]: {
    before: async () => {
      const real = await loadDatasetFile();
      // An exchange with Korean or Chinese quotes, linked renderings and several sources; and one with a readout.
      const target = real.events.find((e) => [...e.readouts, ...e.coverage].some((s) => s.language !== 'en' && s.phrases.length) && e.coverage.length >= 2 && [...e.readouts, ...e.coverage].some((s) => s.phrases.some((p) => p.concept)))!;
      const lone = real.events.find((e) => e.id !== target.id && e.readouts.length > 0)!;
      dist = await distWithDataset((file) => {
        const e = file.events.find((x) => x.id === target.id)!;
        Object.assign(e, { title: TITLE, summary: SUMMARY, unconfirmed: UNCONFIRMED, researchNote: RESEARCH, dateNote: `${RESEARCH} Dated from the stored copy.` });
        let n = 0;
        for (const s of [...e.readouts, ...e.coverage]) for (const p of s.phrases) if (['ko', 'zh', 'ja'].includes(s.language)) p.gloss = { en: `gloss ${++n}`, ko: `뜻 ${n}` };
        concept = [...e.readouts, ...e.coverage].flatMap((s) => s.phrases).find((p) => p.concept)!.concept!;
        file.concepts[concept] = LABEL;
        // The first story again, on a second site under the same headline: one source, two links.
        e.coverage.push({ ...e.coverage[0]!, url: 'https://partner.example/republished/story' });
        const l = file.events.find((x) => x.id === lone.id)!;
        l.readouts = l.readouts.slice(0, 1);
        l.coverage = [];
        record = file;
      });
      glossed = record.events.find((e) => e.id === target.id)!;
      single = record.events.find((e) => e.id === lone.id)!;
      await server.start();
    },
    after: async () => {
      await server.stop();
      await rm(dist, { recursive: true, force: true });
    },
  },
};

const text = async (page: { textContent: (s: string) => Promise<string | null> }, selector: string) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

suite(NAME, () => {
  for (const [flag, locales, reader] of [['en', 'en', 'en'], ['ko', 'ko', 'ko'], ['zh-CN', 'zh_CN', 'zh']] as const) {
    test(`${flag}: the title, summary and glosses in the reader's language (English where none), concept labels, what is not confirmed, no maintainers' notes`, async () => {
      const session: ChromiumSession = await launchChromium(server.port, undefined, { lang: flag, dist, viewport: { width: 1400, height: 900 } });
      try {
        const m = await messagesOf(locales, dist);
        const page = await openExchangePage(session, glossed.id);
        await page.setViewportSize({ width: 400, height: 900 });
        while ((await page.locator('button.more').count()) > 0) await page.locator('button.more').first().click();
        assertEqual(await text(page, '#top'), TITLE[reader], 'title');
        assertEqual(await text(page, '[data-testid=summary]'), SUMMARY[reader], 'summary');
        assertEqual(await text(page, '[data-testid=unconfirmed]'), `${m('unconfirmed')}: ${UNCONFIRMED[reader]}`, 'what is not confirmed');
        const body = await page.evaluate(() => document.querySelector('main')!.innerText);
        assert(!body.includes('Searched the KCNA index') && !body.includes('stored copy'), 'no maintainers’ note on screen');
        const cells = await page.$$eval('tr.cell', (trs) => trs.map((tr) => ({ language: tr.getAttribute('data-language'), gloss: tr.querySelector('[data-testid=gloss]')?.textContent ?? null })));
        const foreign = cells.filter((c) => ['ko', 'zh', 'ja'].includes(c.language!) && c.language !== reader);
        assert(foreign.length > 0, 'Korean, Chinese or Japanese renderings in a language other than the reader’s');
        // The fixture's glosses are in English and Korean only: Chinese readers get the English one.
        const expectedGloss = reader === 'ko' ? /^뜻: 뜻 \d+$/ : reader === 'zh' ? /^意思：gloss \d+$/ : /^meaning: gloss \d+$/;
        for (const c of foreign) assert(c.gloss && expectedGloss.test(c.gloss), `a ${c.language} cell glossed for a ${flag} reader (${c.gloss})`);
        assert(cells.filter((c) => c.language === reader).every((c) => c.gloss === null), 'no gloss on words in the reader’s own language');
        assert((await text(page, `tbody[data-row="c:${concept}"] .row-head`)).includes(LABEL[reader]!), 'the concept labelled in the row head');
        // One story on two sites: one source, two links, not counted twice.
        const expected = sourceTexts(glossed);
        assertEqual(await page.locator('[data-testid=source]').count(), expected.length, 'sources');
        assertEqual(expected.length, glossed.readouts.length + glossed.coverage.length - 1, 'the copy folded into its story');
        assertEqual(await page.locator('[data-testid=copies] a').count(), expected.reduce((n, s) => n + s.urls.length - 1, 0), 'links to the copies');
        await openExchangePage(session, single.id, page);
        assertEqual(await text(page, '[data-testid=source-count]'), m(`sourceCount_${new Intl.PluralRules(flag).select(1)}`, 1), 'one source, in the singular where the language has one');
        await page.close();
      } finally {
        await session.close();
      }
    });
  }
});
