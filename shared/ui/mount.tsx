/**
 * Renders an extension page once the exchange record is loaded, inside the context its
 * components read it from, with the reader's own exchanges and kept wording joined to it
 * (library-context.tsx). A damaged record is said in words, not as a blank page.
 */
import { render, type ComponentType } from 'preact';
import { loadCatalog } from './catalog';
import { LibraryProvider } from './library-context';
import { libraryRpc } from './library-rpc';

export async function mountWithCatalog(Page: ComponentType, root: HTMLElement): Promise<void> {
  try {
    // Both before the first render, so an article about an exchange the reader added never flashes as unknown.
    const [catalog, library] = await Promise.all([loadCatalog(), libraryRpc.list()]);
    render(
      <LibraryProvider base={catalog} first={library}>
        <Page />
      </LibraryProvider>,
      root,
    );
  } catch (error) {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = error instanceof Error ? error.message : String(error);
    root.replaceChildren(p);
  }
}
