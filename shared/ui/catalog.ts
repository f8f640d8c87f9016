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
    .then((json: unknown) => Catalog.fromFile(parseDatasetFile(json)));
  return loading;
}

export const CatalogContext = createContext<Catalog>(new Catalog([]));

/** The record the page was rendered with. */
export const useCatalog = (): Catalog => useContext(CatalogContext);
