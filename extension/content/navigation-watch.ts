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
  // Not every SPA changes the title on navigation; a slow poll of the URL (a string compare) catches the rest.
  const poll = setInterval(() => location.href !== lastUrl && check(), 2000);
  addEventListener('popstate', check, { signal });
  addEventListener('hashchange', check, { signal });
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', check, { signal });
  // Watch only the <title> (and <head>'s direct children, for a replaced <title>): ad scripts
  // churn the rest of <head> all day, and this runs on every page.
  const titleObserver = new MutationObserver(check);
  const head = document.head;
  const title = head?.querySelector('title');
  if (head) titleObserver.observe(head, { childList: true });
  if (title) titleObserver.observe(title, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearInterval(poll);
    titleObserver.disconnect();
  });
}
