/**
 * The reader's records merged into the bundled one, as every page shows it: the exchanges
 * they added, and the wording they kept joined to its exchange's stories (marked "from your
 * reading"). An exchange a release caught up with is shown once, as the bundled one, with the
 * reader's sources; its old id becomes an alias so notes and links still find it. Pure.
 */
import type { Coverage, ExchangeEvent } from '../dataset/schema';
import { sameArticle } from '../dataset/wording';
import type { CapturedSource, LibraryExchange } from './library-schema';
import { sourceUrls } from './sources';

export interface ReaderRecord {
  /** Exchanges to add or replace in the catalog (Catalog.withEvents). */
  events: ExchangeEvent[];
  /** A linked reader's id → the bundled id it follows. */
  aliases: Record<string, string>;
}

const asReader = (c: Coverage): Coverage => ({ ...c, origin: 'reader' });

/** `extra` stories not already among the event's sources (the same article by address), each once. */
function withStories(event: ExchangeEvent, extra: readonly Coverage[]): ExchangeEvent {
  const known = sourceUrls(event);
  const added: Coverage[] = [];
  for (const c of extra) {
    const url = c.url;
    if (url && [...known, ...added.map((a) => a.url ?? '')].some((k) => k && sameArticle(k, url))) continue;
    added.push(asReader(c));
  }
  return added.length ? { ...event, coverage: [...event.coverage, ...added] } : event;
}

export function readerRecord(bundledById: (id: string) => ExchangeEvent | undefined, exchanges: readonly LibraryExchange[], sources: readonly CapturedSource[]): ReaderRecord {
  const aliases: Record<string, string> = {};
  const stories = new Map<string, Coverage[]>();
  const add = (id: string, c: Coverage[]) => stories.set(id, [...(stories.get(id) ?? []), ...c]);
  const own = new Map<string, ExchangeEvent>();
  for (const x of exchanges) {
    // A link to an exchange this version does not bundle (an older version after a downgrade) shows the reader's own again.
    if (x.linkedTo && bundledById(x.linkedTo)) {
      aliases[x.id] = x.linkedTo;
      add(x.linkedTo, x.event.coverage);
    } else own.set(x.id, x.event);
  }
  for (const s of sources) add(aliases[s.eventId] ?? s.eventId, [s.coverage]);
  const events: ExchangeEvent[] = [...own.values()].map((e) => withStories({ ...e, coverage: [] }, [...e.coverage, ...(stories.get(e.id) ?? [])]));
  for (const [id, extra] of stories) {
    if (own.has(id)) continue;
    const bundled = bundledById(id);
    if (bundled) events.push(withStories(bundled, extra));
  }
  return { events, aliases };
}
