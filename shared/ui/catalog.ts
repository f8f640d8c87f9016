/**
 * Extension pages load the exchange record once, from the one copy the extension ships
 * (data/dataset.json), and hand it down through a Preact context.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import browser from '../browser';
import { Catalog, parseDatasetFile } from '../dataset/catalog';

let loading: Promise<Catalog> | null = null;

/** The bundled record, fetched and parsed once per page. */
export function loadCatalog(): Promise<Catalog> {
  loading ??= fetch(browser.runtime.getURL('data/dataset.json'))
    .then((r) => r.json())
    .then((json: unknown) => {
      const catalog = Catalog.fromFile(parseDatasetFile(json));
      // The benchmark tells loading the record apart from drawing a page (scripts/bench/explorer-section.ts).
      performance.mark('lips-and-teeth:record-loaded');
      return catalog;
    });
  return loading;
}

export const CatalogContext = createContext<Catalog>(new Catalog([]));

/** The record the page was rendered with. */
export const useCatalog = (): Catalog => useContext(CatalogContext);
