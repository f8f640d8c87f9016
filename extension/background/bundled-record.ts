/**
 * The bundled exchange record in the background, loaded from the one copy the extension ships
 * (data/dataset.json) only when the library needs it: to know an exchange's sources before
 * keeping an article's wording, to check a pack, and to link exchanges a release caught up with.
 * Detection never waits on it (it uses the resolver's index).
 */
import browser from '../../shared/browser';
import { parseDatasetFile } from '../../shared/dataset/catalog';
import type { ExchangeEvent } from '../../shared/dataset/schema';

export interface BundledRecord {
  events: readonly ExchangeEvent[];
  byId: (id: string) => ExchangeEvent | undefined;
  ids: ReadonlySet<string>;
}

let loading: Promise<BundledRecord> | null = null;

export function bundledRecord(): Promise<BundledRecord> {
  loading ??= fetch(browser.runtime.getURL('data/dataset.json'))
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`data/dataset.json: ${r.status}`))))
    .then((json: unknown) => {
      const file = parseDatasetFile(json);
      const map = new Map(file.events.map((e) => [e.id, e]));
      return { events: file.events, byId: (id: string) => map.get(id) ?? map.get(file.aliases[id] ?? ''), ids: new Set(map.keys()) };
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
