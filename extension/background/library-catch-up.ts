/**
 * When a release catches up: exchanges the reader added that the bundled record now holds
 * are linked to the bundled ones. The reader's record is kept (marked linkedTo), its kept
 * wording and the reader's notes follow the bundled id, and it is no longer shown twice.
 * Runs once per version (onInstalled, or the first library request of a worker after an
 * update) and after the reader adds or imports exchanges.
 */
import browser from '../../shared/browser';
import { catchUps } from '../../shared/library/catch-up';
import { commit, libraryExists, readLibrary, readSetting, sourcesOf, writeSetting } from '../../shared/storage/library-db';
import { listNotes, restoreNote } from '../../shared/storage/notes-db';
import { bundledRecord } from './bundled-record';

const KEY = 'reconciledFor';
let once: Promise<void> | null = null;

/** Links what this version's record caught up with, at most once per worker unless `force`. */
export async function reconcile(force = false): Promise<{ readerId: string; bundledId: string }[]> {
  const version = browser.runtime.getManifest().version;
  // Nothing the reader added, nothing to link: and no database is created for it.
  if (!(await libraryExists())) return [];
  if (!force && (await readSetting(KEY)) === version) return [];
  const { exchanges } = await readLibrary();
  let links: { readerId: string; bundledId: string }[] = [];
  if (exchanges.length) {
    links = catchUps(exchanges, (await bundledRecord()).events);
    if (links.length) {
      const now = Date.now();
      await commit(async (tx) => {
        const byId = new Map(exchanges.map((x) => [x.id, x]));
        const moved = await Promise.all(links.map((l) => sourcesOf(tx, l.readerId)));
        return {
          change: {
            exchanges: { put: links.map((l) => ({ ...byId.get(l.readerId)!, linkedTo: l.bundledId, linkedAt: now })) },
            sources: { put: links.flatMap((l, i) => moved[i]!.map((s) => ({ ...s, eventId: l.bundledId, formerEventId: s.formerEventId ?? l.readerId }))) },
          },
          result: null,
        };
      });
    }
    // Notes live in their own database: move them after the link is stored, for every linked
    // exchange (a run stopped between the two databases finishes here next time).
    const linked = [...exchanges.filter((x) => x.linkedTo).map((x) => ({ readerId: x.id, bundledId: x.linkedTo! })), ...links];
    for (const l of linked) for (const note of await listNotes({ eventId: l.readerId })) await restoreNote({ ...note, eventId: l.bundledId });
  }
  await writeSetting(KEY, version);
  return links;
}

/** Resolution and the pages wait for this: a worker started after an update links first. */
export function ensureReconciled(): Promise<void> {
  once ??= reconcile().then(
    () => undefined,
    () => {
      once = null;
    },
  );
  return once;
}
