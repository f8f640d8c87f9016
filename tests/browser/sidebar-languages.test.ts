/**
 * The sidebar in the Korean and Chinese interface (Chromium started with --lang): labels,
 * the leaders' names, kinds and occasions, dates and counts in the reader's language, and the
 * record's titles and summaries in it where the record has them.
 */
import { assert, assertEqual, suite, test, type Hooks } from './harness';
import { launchChromium, tabState, type ChromiumSession } from './chromium';
import { FixtureServer } from './server';
import { corpus, seedLabels } from './fixtures';
import { messagesOf, openSidebarOn } from './sidebar-helpers';
import { loadDataset } from '../../scripts/extension-build';
import { eventTitle, localize } from '../../shared/dataset/localize';
import { sourceTexts } from '../../shared/dataset/source-texts';
import { certaintyOf } from '../../shared/ui/certainty';
import { formatDay } from '../../shared/ui/format';
import type { ExchangeEvent, UiLanguage } from '../../shared/dataset/schema';
import type { TabState } from '../../shared/messages';

const NAME = 'Chromium: the sidebar in Korean and Chinese';
const server = new FixtureServer();
let events: ExchangeEvent[];

const LANGUAGES: { flag: string; locales: 'ko' | 'zh_CN'; reader: UiLanguage; names: [string, string]; pageLang: string }[] = [
  { flag: 'ko', locales: 'ko', reader: 'ko', names: ['시진핑', '김정은'], pageLang: 'ko' },
  { flag: 'zh-CN', locales: 'zh_CN', reader: 'zh', names: ['习近平', '金正恩'], pageLang: 'zh' },
];

export const sidebarLanguagesHooks: Record<string, Hooks> = {
  [NAME]: {
    before: async () => {
      events = await loadDataset();
      for (const c of await corpus()) server.set(c.servedUrl, c.html);
      await server.start();
    },
    after: async () => {
      await server.stop();
    },
  },
};

const text = async (frame: { textContent: (s: string) => Promise<string | null> }, selector: string) => ((await frame.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();
const key = (prefix: string, value: string) => `${prefix}_${value.replace(/-/g, '_')}`;

suite(NAME, () => {
  for (const language of LANGUAGES) {
    test(`${language.flag}: names, labels, kinds, occasions, dates, counts and the record's text in the reader's language`, async () => {
      const session: ChromiumSession = await launchChromium(server.port, undefined, { lang: language.flag, viewport: { width: 1400, height: 900 } });
      try {
        const m = await messagesOf(language.locales);
        const pages = [...(await corpus()).filter((c) => c.status === 'match' && c.lang === language.pageLang).slice(0, 3), (await seedLabels())[0]!];
        for (const p of pages) {
          const event = events.find((e) => e.id === p.eventId)!;
          const { page, frame, tabId } = await openSidebarOn(session, p.servedUrl);
          const where = `${language.flag} on ${p.file}`;
          assertEqual(await frame.evaluate(() => document.documentElement.lang), language.flag, `${where}: the page's language`);
          const certainty = certaintyOf((await tabState(session, tabId)) as unknown as TabState, (id) => events.some((e) => e.id === id));
          assertEqual(await text(frame, '[data-testid=certainty]'), m(certainty.level === 'clear' ? 'certaintyClear' : 'certaintyProbable'), `${where}: certainty`);
          assertEqual(await text(frame, '#top'), eventTitle(event, language.reader), `${where}: title`);
          const who = await text(frame, '[data-testid=who]');
          for (const part of [m(key('direction', event.direction)), m(key('kind', event.kind)), m(key('occasion', event.occasion)), ...language.names]) assert(who.includes(part), `${where}: "${part}" in "${who}"`);
          const nav = await frame.evaluate(() => navigator.language);
          const locale = nav.slice(0, 2) === language.flag.slice(0, 2) ? nav : language.flag;
          assert((await text(frame, '[data-testid=dates]')).startsWith(m('dateReported', formatDay(event.date, locale))), `${where}: dates`);
          assertEqual(await text(frame, '[data-testid=summary]'), localize(event.summary, language.reader), `${where}: summary`);
          assertEqual(await text(frame, '#stands-out-heading'), m('standsOutHeading'), `${where}: heading`);
          const count = sourceTexts(event).length;
          assertEqual(await text(frame, '[data-testid=source-count]'), m('sourceCount_other', count), `${where}: source count`);
          const speakers = await frame.$$eval('[data-testid=speaker]', (els) => els.map((el) => el.textContent ?? ''));
          assert(speakers.some((s) => language.names.some((n) => s === m('wordsOf', n))), `${where}: the leaders named in the wording table (${speakers.slice(0, 3).join(' / ')})`);
          // No message key left untranslated on screen (a missing string shows as its key).
          const body = await frame.evaluate(() => document.querySelector('main')!.innerText);
          assertEqual(body.match(/\b[a-z]+(?:[A-Z][a-z]+)+(?:_[a-z]+)?\b/g) ?? [], [], `${where}: message keys on screen`);
          await page.close();
        }
      } finally {
        await session.close();
      }
    });
  }
});
