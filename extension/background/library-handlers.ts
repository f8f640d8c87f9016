/**
 * Library requests from the sidebar and the extension's pages, each checked before it reaches
 * the database (STYLE.md point 4). Every change answers with an undo id; every failure with a
 * code the page says in the reader's language and the English detail.
 */
import browser, { type MessageSender } from '../../shared/browser';
import { DIRECTIONS, KINDS, OCCASIONS, UI_LANGUAGES, type Coverage, type Localized } from '../../shared/dataset/schema';
import { validateEvents } from '../../shared/dataset/validate';
import { localize } from '../../shared/dataset/localize';
import { draftFromArticle } from '../../shared/library/draft';
import { eventFromInput, type ExchangeInput, type LibraryExchange } from '../../shared/library/library-schema';
import type { ImportPreview, LibraryErrorCode, LibraryToBackground, PreviewExchange } from '../../shared/library/library-messages';
import { parsePack, planImport, toPack, type ImportPlan } from '../../shared/library/pack';
import { allSourcesIn, commit, exchangeIn, readLibrary, sourceId, sourcesOf, undo, writeSetting } from '../../shared/storage/library-db';
import { bundledRecord } from './bundled-record';
import { lastAutoCaptureError, captureArticle, CaptureRefused } from './library-capture';
import { ensureReconciled, reconcile } from './library-catch-up';
import { libraryFailure } from './library-errors';
import { forgetReaderIndex } from './library-resolver';
import { resolveArticle } from './resolver';
import { readTabState, saveTabState } from './tab-state';

type Result = { ok: true; [key: string]: unknown } | { ok: false; code: LibraryErrorCode; error: string };
type Handler = (m: Record<string, unknown>, sender: MessageSender) => Promise<Result>;

const invalid = (error: string): Result => ({ ok: false, code: 'invalid', error });
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const MAX_PACK_MESSAGE = 21 * 1024 * 1024;

async function attempt(run: () => Promise<Record<string, unknown>>): Promise<Result> {
  try {
    return { ok: true, ...(await run()) };
  } catch (error) {
    if (error instanceof CaptureRefused) return { ok: false, code: error.code, error: error.message };
    return libraryFailure(error);
  }
}

const isLocalized = (v: unknown): v is Localized => isObj(v) && Object.entries(v).every(([k, t]) => (UI_LANGUAGES as readonly string[]).includes(k) && str(t, 5000));

/** The form's input, in shape; the dataset's validator then checks what it means. */
function parseInput(v: unknown): ExchangeInput | string {
  if (!isObj(v)) return 'the exchange must be an object';
  if (v.id !== undefined && !str(v.id, 200)) return 'id must be a string';
  if (!str(v.date, 10) || !ISO.test(v.date)) return 'the report date must be a date';
  if (v.sentDate !== undefined && !(str(v.sentDate, 10) && (v.sentDate === '' || ISO.test(v.sentDate)))) return 'the sent date must be a date';
  if (!KINDS.includes(v.kind as never) || !DIRECTIONS.includes(v.direction as never) || !OCCASIONS.includes(v.occasion as never)) return 'kind, direction and occasion must be among the dataset\'s';
  if (v.anniversary !== undefined && !(Number.isInteger(v.anniversary) && (v.anniversary as number) > 0 && (v.anniversary as number) < 1000)) return 'the anniversary must be a whole number';
  if (!isLocalized(v.occasionDetail) || !isLocalized(v.summary) || (v.title !== undefined && !isLocalized(v.title))) return 'the title, occasion and summary must be texts in en, ko or zh';
  if (v.source !== undefined && !isObj(v.source)) return 'the source must be an object';
  const input: ExchangeInput = { date: v.date, kind: v.kind as ExchangeInput['kind'], direction: v.direction as ExchangeInput['direction'], occasion: v.occasion as ExchangeInput['occasion'], occasionDetail: v.occasionDetail, summary: v.summary };
  if (v.id) input.id = v.id as string;
  if (v.title) input.title = v.title as Localized;
  if (v.sentDate) input.sentDate = v.sentDate as string;
  if (v.anniversary) input.anniversary = v.anniversary as number;
  if (v.source) input.source = v.source as unknown as Coverage;
  return input;
}

/** After a change, the tab the sidebar is in is resolved again, so the article shows the exchange it now matches. */
async function resolveTabAgain(sender: MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return null;
  const { article } = await readTabState(tabId);
  if (!article) return null;
  const state = await resolveArticle(article);
  await saveTabState(tabId, state, article);
  return state;
}

const changed = () => forgetReaderIndex();

function previewOf(plan: ImportPlan): ImportPreview {
  const exchange = (e: { id: string; date: string; direction: string; kind: string; occasion: string; summary: Localized }): PreviewExchange => ({ id: e.id, date: e.date, direction: e.direction, kind: e.kind, occasion: e.occasion, summary: localize(e.summary, 'en') });
  const source = (eventId: string, c: Coverage) => ({ eventId, outlet: c.outlet, headline: c.headline, ...(c.url ? { url: c.url } : {}) });
  return {
    exchanges: { add: plan.addExchanges.map(exchange), change: plan.changeExchanges.map((c) => exchange(c.after)), same: plan.sameExchanges },
    sources: { add: plan.addSources.map((s) => source(s.eventId, s.coverage)), change: plan.changeSources.map((s) => source(s.before.eventId, s.after)), same: plan.sameSources },
    joins: plan.joins,
  };
}

async function readPack(text: unknown) {
  if (!str(text, MAX_PACK_MESSAGE)) return { ok: false as const, error: 'No file content was received, or it is too large.' };
  const [bundled, library] = await Promise.all([bundledRecord(), readLibrary()]);
  const parsed = parsePack(text, { bundledIds: bundled.ids, readerIds: new Set(library.exchanges.map((x) => x.id)) });
  if (!parsed.ok) return parsed;
  return { ok: true as const, plan: planImport(parsed.pack, library.exchanges, library.sources, bundled.events) };
}

/** One handler per library message of the protocol; the type makes a missing or stray one a compile error. */
export const libraryHandlers: Record<LibraryToBackground['type'], Handler> = {
  'library/list': async () =>
    attempt(async () => {
      await ensureReconciled();
      return { library: await readLibrary(), autoCaptureError: await lastAutoCaptureError() };
    }),
  'library/draft': async (_m, sender) => {
    if (sender.tab?.id === undefined) return { ok: false, code: 'no-article', error: 'The sidebar is not beside an article.' };
    const { article } = await readTabState(sender.tab.id);
    if (!article) return { ok: false, code: 'no-article', error: 'The article has not been read yet. Reload the page and try again.' };
    return { ok: true, draft: draftFromArticle(article) };
  },
  'library/save': async (m, sender) => {
    const input = parseInput(m.exchange);
    if (typeof input === 'string') return invalid(input);
    return attempt(async () => {
      const bundled = await bundledRecord();
      const now = Date.now();
      const { result, undoId } = await commit<LibraryExchange | null>(async (tx) => {
        const existing = input.id ? await exchangeIn(tx, input.id) : undefined;
        if (input.id && !existing) return { change: {}, result: null };
        const event = eventFromInput(input, existing?.event);
        const problems = validateEvents([event], { knownIds: bundled.ids });
        if (problems.length) throw new CaptureRefused('invalid', `The exchange does not follow the dataset's schema: ${problems.slice(0, 3).join('; ')}.`);
        const record: LibraryExchange = { ...(existing ?? {}), id: event.id, event, createdAt: existing?.createdAt ?? now, updatedAt: now };
        return { change: { exchanges: { put: [record] } }, result: record };
      }, now);
      if (!result) throw new CaptureRefused('gone', 'This exchange was deleted meanwhile.');
      // Saved first, then linked if the record holds it already: what the reader wrote is stored either way.
      const links = await reconcile(true);
      changed();
      const linkedTo = links.find((l) => l.readerId === result.id)?.bundledId ?? result.linkedTo;
      return { exchange: result, undoId, ...(linkedTo ? { linkedTo } : {}), state: await resolveTabAgain(sender) };
    });
  },
  'library/delete': async (m, sender) => {
    if (!str(m.id, 200)) return invalid('bad id');
    const id = m.id;
    return attempt(async () => {
      const { undoId } = await commit(async (tx) => {
        const exchange = await exchangeIn(tx, id);
        const sources = await sourcesOf(tx, id);
        return { change: { exchanges: { delete: exchange ? [id] : [] }, sources: { delete: sources.map((s) => s.id) } }, result: null };
      });
      changed();
      return { undoId, state: await resolveTabAgain(sender) };
    });
  },
  'library/undo': async (m, sender) => {
    if (!str(m.undoId, 200)) return invalid('bad undo id');
    const undoId = m.undoId;
    return attempt(async () => {
      if (!(await undo(undoId))) throw new CaptureRefused('gone', 'There is nothing to undo any more.');
      changed();
      return { state: await resolveTabAgain(sender) };
    });
  },
  'library/capture': async (m, sender) => {
    if (!str(m.eventId, 200)) return invalid('bad exchange id');
    const eventId = m.eventId;
    if (sender.tab?.id === undefined) return { ok: false, code: 'no-article', error: 'The sidebar is not beside an article.' };
    const { article } = await readTabState(sender.tab.id);
    if (!article) return { ok: false, code: 'no-article', error: 'The article has not been read yet. Reload the page and try again.' };
    return attempt(async () => {
      const { kept, undoId } = await captureArticle(article, eventId, false);
      return { source: kept, undoId };
    });
  },
  'library/forget-source': async (m) => {
    if (!str(m.id, 200)) return invalid('bad source id');
    const id = m.id;
    return attempt(async () => {
      const { undoId } = await commit(async () => ({ change: { sources: { delete: [id] } }, result: null }));
      return { undoId };
    });
  },
  'library/clear-sources': async () =>
    attempt(async () => {
      const { undoId, result } = await commit(async (tx) => {
        const all = await allSourcesIn(tx);
        return { change: { sources: { delete: all.map((s) => s.id) } }, result: all.length };
      });
      return { undoId, deleted: result };
    }),
  'library/settings': async (m) => {
    if (typeof m.autoCapture !== 'boolean') return invalid('autoCapture must be true or false');
    const value = m.autoCapture;
    return attempt(async () => {
      await writeSetting('autoCapture', value);
      return {};
    });
  },
  'library/export': async () =>
    attempt(async () => {
      const [library, bundled] = await Promise.all([readLibrary(), bundledRecord()]);
      const pack = toPack(library.exchanges, library.sources);
      // A pack the importer would refuse is not written: say what is wrong instead.
      const problems = validateEvents(pack.events, { knownIds: bundled.ids });
      if (problems.length) throw new CaptureRefused('invalid', `Your exchanges do not follow the dataset's schema: ${problems.slice(0, 3).join('; ')}.`);
      return { text: `${JSON.stringify(pack, null, 2)}\n`, exchanges: pack.events.length, sources: Object.values(pack.coverage).reduce((n, l) => n + l.length, 0) };
    }),
  'library/import-preview': async (m) =>
    attempt(async () => {
      const read = await readPack(m.text);
      if (!read.ok) throw new CaptureRefused('invalid', read.error);
      return { preview: previewOf(read.plan) };
    }),
  'library/import-apply': async (m, sender) =>
    attempt(async () => {
      const read = await readPack(m.text);
      if (!read.ok) throw new CaptureRefused('invalid', read.error);
      const plan = read.plan;
      const now = Date.now();
      const { undoId } = await commit(async () => ({
        change: {
          exchanges: {
            put: [
              ...plan.addExchanges.map((event): LibraryExchange => ({ id: event.id, event, createdAt: now, updatedAt: now })),
              ...plan.changeExchanges.map((c): LibraryExchange => ({ ...c.before, event: c.after, updatedAt: now })),
            ],
          },
          sources: {
            put: [
              ...plan.addSources.map((s) => ({ id: sourceId(), eventId: s.eventId, coverage: s.coverage, capturedAt: now, auto: false })),
              ...plan.changeSources.map((s) => ({ ...s.before, coverage: s.after })),
            ],
          },
        },
        result: null,
      }), now);
      const joined = await reconcile(true);
      changed();
      return { undoId, preview: previewOf(plan), joined, state: await resolveTabAgain(sender) };
    }),
  'library/open-page': async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('library/library.html') });
    return { ok: true };
  },
};
