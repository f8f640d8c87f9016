/**
 * Renders an extension page once the exchange record is loaded, inside the context its
 * components read it from. A damaged record is said in words, not as a blank page.
 */
import { render, type ComponentType } from 'preact';
import { CatalogContext, loadCatalog } from './catalog';

export async function mountWithCatalog(Page: ComponentType, root: HTMLElement): Promise<void> {
  try {
    const catalog = await loadCatalog();
    render(
      <CatalogContext.Provider value={catalog}>
        <Page />
      </CatalogContext.Provider>,
      root,
    );
  } catch (error) {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = error instanceof Error ? error.message : String(error);
    root.replaceChildren(p);
  }
}
