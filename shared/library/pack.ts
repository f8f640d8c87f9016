/**
 * Dataset packs: the reader's exchanges and the wording they kept, as one file in the
 * dataset's own schema inside a small envelope, to give to a colleague or to the project.
 *
 *   { "format": "lips-and-teeth-pack", "version": 1, "exportedAt": ISO time,
 *     "events":   [ExchangeEvent…]            exchanges a reader added (origin "reader", ids "user-…")
 *     "coverage": { "<exchange id>": [Coverage…] }   kept wording, by the exchange it reports
 *   }
 *
 * A pack is checked whole by the dataset's validator before anything changes; one problem
 * refuses it with a message naming the problem. It adds to the record and never replaces a
 * bundled exchange. Pure; the background applies a plan in one transaction, with undo.
 */
import type { Coverage, ExchangeEvent } from '../dataset/schema';
import { coverageProblems, validateEvents } from '../dataset/validate';
import { sameArticle } from '../dataset/wording';
import { canonical } from './canonical';
import { bundledTwin } from './catch-up';
import type { CapturedSource, LibraryExchange } from './library-schema';
import { sourceUrls } from './sources';

export const PACK_FORMAT = 'lips-and-teeth-pack';
export const PACK_VERSION = 1;
export const MAX_PACK_CHARS = 20 * 1024 * 1024;

export interface DatasetPack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  exportedAt: string;
  events: ExchangeEvent[];
  coverage: Record<string, Coverage[]>;
}

const byDateThenId = (a: ExchangeEvent, b: ExchangeEvent) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
const byDateThenUrl = (a: Coverage, b: Coverage) => a.date.localeCompare(b.date) || (a.url ?? a.headline).localeCompare(b.url ?? b.headline);

/** The reader's records as a pack: their own exchanges, and every kept story under the exchange it now belongs to. */
export function toPack(exchanges: readonly LibraryExchange[], sources: readonly CapturedSource[], now = new Date()): DatasetPack {
  const linked = new Map(exchanges.filter((x) => x.linkedTo).map((x) => [x.id, x.linkedTo!]));
  const coverage: Record<string, Coverage[]> = {};
  const add = (id: string, c: Coverage) => (coverage[id] ??= []).push({ ...c, origin: 'reader' });
  // A linked exchange's own stories now belong to the bundled one; the exchange itself is the bundled one's twin.
  for (const x of exchanges) if (x.linkedTo) for (const c of x.event.coverage) add(x.linkedTo, c);
  for (const s of sources) add(linked.get(s.eventId) ?? s.eventId, s.coverage);
  const sorted = Object.fromEntries(Object.keys(coverage).sort().map((id) => [id, coverage[id]!.sort(byDateThenUrl)]));
  return { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: now.toISOString(), events: exchanges.filter((x) => !x.linkedTo).map((x) => x.event).sort(byDateThenId), coverage: sorted };
}

export type PackParse = { ok: true; pack: DatasetPack } | { ok: false; error: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the pack is checked against: the exchanges the extension ships, and the reader's own. */
export interface PackContext {
  bundledIds: ReadonlySet<string>;
  readerIds: ReadonlySet<string>;
}

const refuse = (error: string): PackParse => ({ ok: false, error });

/** Reads a pack file. A pack with any problem is refused whole, with a message naming the first problem. */
export function parsePack(text: string, context: PackContext): PackParse {
  if (text.length > MAX_PACK_CHARS) return refuse(`The file is too large (${Math.ceil(text.length / 1048576)} MB; the limit is ${MAX_PACK_CHARS / 1048576} MB).`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return refuse(`The file is not valid JSON (it may be truncated): ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isObj(data) || data.format !== PACK_FORMAT) return refuse(`This is not a Lips & Teeth dataset pack (the "format" field is missing or is not "${PACK_FORMAT}").`);
  if (data.version !== PACK_VERSION) return refuse(`This pack has version ${JSON.stringify(data.version)}; this version of Lips & Teeth reads version ${PACK_VERSION}.`);
  if (!Array.isArray(data.events)) return refuse('The pack has no "events" list.');
  if (!isObj(data.coverage)) return refuse('The pack has no "coverage" object (exchange id → stories).');
  for (const [i, e] of data.events.entries()) {
    const name = isObj(e) && typeof e.id === 'string' ? `Exchange ${e.id}` : `Exchange ${i + 1}`;
    if (isObj(e) && typeof e.id === 'string' && context.bundledIds.has(e.id)) return refuse(`${name} has the id of an exchange the extension ships; a pack never overwrites a bundled exchange.`);
    if (!isObj(e) || e.origin !== 'reader') return refuse(`${name} is not marked as added by a reader ("origin": "reader"); a pack adds to the record and never replaces a bundled exchange.`);
  }
  const problems = validateEvents(data.events, { knownIds: [...context.bundledIds, ...context.readerIds] });
  if (problems.length) return refuse(`The pack's exchanges do not follow the dataset's schema: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}.`);
  const packIds = new Set((data.events as ExchangeEvent[]).map((e) => e.id));
  const coverage: Record<string, Coverage[]> = {};
  for (const [id, list] of Object.entries(data.coverage)) {
    if (!context.bundledIds.has(id) && !context.readerIds.has(id) && !packIds.has(id)) return refuse(`The pack keeps stories for the exchange "${id}", which is neither in the record nor in the pack.`);
    if (!Array.isArray(list)) return refuse(`coverage["${id}"] must be a list of stories.`);
    for (const [i, c] of list.entries()) {
      const problem = coverageProblems(`coverage["${id}"][${i}]`, c)[0];
      if (problem) return refuse(`A story in the pack does not follow the dataset's schema: ${problem}.`);
    }
    coverage[id] = (list as Coverage[]).map((c) => ({ ...c, origin: 'reader' }));
  }
  return { ok: true, pack: { format: PACK_FORMAT, version: PACK_VERSION, exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt : '', events: data.events as ExchangeEvent[], coverage } };
}

export interface ImportPlan {
  addExchanges: ExchangeEvent[];
  changeExchanges: { before: LibraryExchange; after: ExchangeEvent }[];
  sameExchanges: number;
  addSources: { eventId: string; coverage: Coverage }[];
  changeSources: { before: CapturedSource; after: Coverage }[];
  /** Stories already there: kept before, or among the exchange's own sources. */
  sameSources: number;
  /** Added exchanges the bundled record already holds: they will be linked to it, not shown twice. */
  joins: { readerId: string; bundledId: string }[];
}

/** What applying a pack would add and change, against the reader's records and the bundled ones. */
export function planImport(pack: DatasetPack, exchanges: readonly LibraryExchange[], sources: readonly CapturedSource[], bundled: readonly ExchangeEvent[]): ImportPlan {
  const plan: ImportPlan = { addExchanges: [], changeExchanges: [], sameExchanges: 0, addSources: [], changeSources: [], sameSources: 0, joins: [] };
  const local = new Map(exchanges.map((x) => [x.id, x]));
  const bundledById = new Map(bundled.map((e) => [e.id, e]));
  for (const event of pack.events) {
    const before = local.get(event.id);
    if (!before) {
      plan.addExchanges.push(event);
      const twin = bundledTwin(event, bundled);
      if (twin) plan.joins.push({ readerId: event.id, bundledId: twin.id });
    } else if (canonical(before.event) === canonical(event)) plan.sameExchanges++;
    else plan.changeExchanges.push({ before, after: event });
  }
  const packEvents = new Map(pack.events.map((e) => [e.id, e]));
  // Stories go to the exchange a linked one now follows, as kept sources do.
  const target = (id: string) => local.get(id)?.linkedTo ?? id;
  for (const [id, list] of Object.entries(pack.coverage)) {
    const eventId = target(id);
    const owner = packEvents.get(eventId) ?? local.get(eventId)?.event ?? bundledById.get(eventId);
    for (const coverage of list) {
      const url = coverage.url;
      const kept = url ? sources.find((s) => s.eventId === eventId && s.coverage.url && sameArticle(s.coverage.url, url)) : undefined;
      const added = url ? plan.addSources.some((s) => s.eventId === eventId && s.coverage.url && sameArticle(s.coverage.url, url)) : false;
      if (kept) {
        if (canonical(kept.coverage) === canonical(coverage)) plan.sameSources++;
        else plan.changeSources.push({ before: kept, after: coverage });
      } else if (added || (url && owner && sourceUrls(owner).some((u) => sameArticle(u, url)))) plan.sameSources++;
      else plan.addSources.push({ eventId, coverage });
    }
  }
  return plan;
}

/** True when applying the plan would change nothing. */
export const planIsEmpty = (p: ImportPlan): boolean => !p.addExchanges.length && !p.changeExchanges.length && !p.addSources.length && !p.changeSources.length;
