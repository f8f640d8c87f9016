/**
 * Chromium, built extension: the page's date read from wherever the page puts it decides
 * which exchange is stored for the tab; and a page that fits two exchanges is stored as a
 * probable match with both as candidates (the sidebar's "Probably…" picker reads that).
 */
import { assert, assertEqual, suite, test, waitFor, type Hooks } from './harness';
import { launchChromium, tabIdOf, tabState, type ChromiumSession } from './chromium';
import { datedPages, probablePage, type DatedPage } from './date-fixtures';
import { FixtureServer } from './server';
import { loadDataset } from '../../scripts/extension-build';

const SUITE = 'Chromium: date sources and certainty in the stored tab state';
const server = new FixtureServer();
let session: ChromiumSession;
let pages: DatedPage[] = [];
let probable: ReturnType<typeof probablePage> = null;

const served = (url: string) => url.replace(/^https:/, 'http:');

async function stateOf(url: string): Promise<Record<string, unknown>> {
  const page = await session.context.newPage();
  await page.goto(served(url));
  const tabId = await tabIdOf(session, page);
  const state = await waitFor(() => tabState(session, tabId), `the tab state of ${url}`);
  const article = await (await session.worker()).evaluate(async (key: string) => (await chrome.storage.session.get(key))[key] as Record<string, unknown> | undefined, `article:${tabId}`);
  await page.close();
  return { ...state, article };
}

export const datesHooks: Record<string, Hooks> = {
  [SUITE]: {
    before: async () => {
      const events = await loadDataset();
      pages = datedPages(events);
      probable = probablePage(events);
      for (const p of pages) server.set(served(p.url), p.html);
      if (probable) server.set(served(probable.url), probable.html);
      await server.start();
      session = await launchChromium(server.port);
    },
    after: async () => {
      await session.close();
      await server.stop();
    },
  },
};

suite(SUITE, () => {
  const sources: DatedPage['source'][] = ['jsonld-graph', 'byline', 'dateline', 'url', 'kcna-watch'];
  for (const source of sources) {
    test(`a page dated only by its ${source} is stored as the exchange of that date, with the date's source`, async () => {
      const p = pages.find((x) => x.source === source)!;
      const state = await stateOf(p.url);
      assertEqual(state.status, 'match', 'status');
      assertEqual(state.eventId, p.eventId, 'exchange');
      assertEqual(state.level, 'clear', 'level');
      const article = state.article as { published?: string; dateSource?: string; dateInferred?: boolean };
      const expectedSource = { 'jsonld-graph': 'jsonld', byline: 'byline', dateline: 'dateline', url: 'url', 'kcna-watch': 'byline' }[source];
      assertEqual(article.dateSource, expectedSource, 'date source in the stored article facts');
      assertEqual(article.dateInferred, false, 'a published date is not inferred');
      assert(typeof article.published === 'string' && p.eventId.startsWith(article.published.slice(0, 7)), `published ${article.published} is the exchange's month`);
    });
  }

  test('a probable match reaches storage.session with its level and its close candidates', async () => {
    assert(probable, 'the dataset holds two sympathy messages from Kim to Xi a few days apart');
    const state = await stateOf(probable.url);
    assertEqual(state.status, 'match', 'status');
    assertEqual(state.level, 'probable', 'level');
    const candidates = state.candidates as { eventId: string; confidence: number }[];
    assert(Array.isArray(candidates) && candidates.length >= 2 && candidates.length <= 3, `two or three candidates, got ${JSON.stringify(candidates)}`);
    assertEqual(candidates[0]!.eventId, state.eventId, 'the leading candidate is the stored exchange');
    for (const id of probable.eventIds) assert(candidates.some((c) => c.eventId === id), `${id} is offered`);
    assert(candidates.every((c) => c.confidence > 0 && c.confidence < 1), 'each candidate has a confidence below certainty');
  });
});
