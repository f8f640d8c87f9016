/**
 * The reader's records joined to the bundled one for every extension page: the catalog the
 * components read (useCatalog) includes the exchanges the reader added and the wording they
 * kept, and is rebuilt whenever a page changes the library (`refresh`).
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';
import type { Catalog } from '../dataset/catalog';
import type { LibraryErrorCode, LibraryFailure } from '../library/library-messages';
import type { LibrarySnapshot } from '../library/library-schema';
import { readerRecord } from '../library/reader-record';
import { CatalogContext } from './catalog';
import { t } from './i18n';
import { libraryRpc } from './library-rpc';

export interface LibraryView {
  /** Null when the library could not be read (then `error` says why). */
  snapshot: LibrarySnapshot | null;
  error: LibraryFailure | null;
  autoCaptureError: { code: LibraryErrorCode; error: string; url: string } | null;
  /** Reads the library again and re-renders every page component with the new record. */
  refresh: () => Promise<void>;
}

export type LibraryLoad = Awaited<ReturnType<typeof libraryRpc.list>>;

export const LibraryContext = createContext<LibraryView>({ snapshot: null, error: null, autoCaptureError: null, refresh: async () => undefined });

export const useLibrary = (): LibraryView => useContext(LibraryContext);

/** A library failure in the reader's language, with the detail the background gave. */
export const libraryErrorText = (f: { code: LibraryErrorCode; error: string }): string =>
  f.code === 'invalid' || f.code === 'failed' ? `${t(`libraryError_${f.code}`)} ${f.error}` : t(`libraryError_${f.code.replace(/-/g, '_')}`);

export function LibraryProvider({ base, first, children }: { base: Catalog; first: LibraryLoad; children: ComponentChildren }) {
  const [load, setLoad] = useState<LibraryLoad>(first);
  const snapshot = load.ok ? load.library : null;
  const catalog = useMemo(() => {
    if (!snapshot) return base;
    const record = readerRecord((id) => base.byId(id), snapshot.exchanges, snapshot.sources);
    return base.withEvents(record.events, record.aliases);
  }, [base, snapshot]);
  const view: LibraryView = {
    snapshot,
    error: load.ok ? null : load,
    autoCaptureError: load.ok ? load.autoCaptureError : null,
    refresh: async () => setLoad(await libraryRpc.list()),
  };
  return (
    <LibraryContext.Provider value={view}>
      <CatalogContext.Provider value={catalog}>{children}</CatalogContext.Provider>
    </LibraryContext.Provider>
  );
}
