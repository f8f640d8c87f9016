/**
 * Notices when a single-page news site swaps the article without a page load. Page
 * scripts' history.pushState is invisible to our isolated world, so we watch what
 * every SPA changes anyway: the URL (checked when the title changes, on popstate and
 * hashchange, and on the Navigation API where the browser has it).
 */
export function watchNavigation(onChange: () => void, signal: AbortSignal): void {
  let lastUrl = location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    clearTimeout(timer);
    // Let the site finish rendering the new article before we read it.
    timer = setTimeout(() => {
      if (signal.aborted || location.href === lastUrl) return;
      lastUrl = location.href;
      onChange();
    }, 400);
  };
  addEventListener('popstate', check, { signal });
  addEventListener('hashchange', check, { signal });
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', check, { signal });
  const titleObserver = new MutationObserver(check);
  const observeTitle = () => {
    const head = document.head;
    if (head) titleObserver.observe(head, { childList: true, subtree: true, characterData: true });
  };
  observeTitle();
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    titleObserver.disconnect();
  });
}
