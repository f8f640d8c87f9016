/**
 * Builders that turn a seed article into a hostile page: CSS aimed at extension UIs,
 * a strict CSP, single-page and infinite-scroll navigation, scripts that poison built-ins
 * or fight our host element, framesets, a document with no body, a 10 MB page.
 * Pages that may run scripts get MARKER, a script of their own whose ticks prove it keeps running.
 */

/** JSON that is safe inside an inline <script> (no "</script>" can end it early). */
const inlineJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

// Function replacers: article text may contain "$&"-like sequences.
export const inHead = (html: string, markup: string): string => html.replace(/<head[^>]*>/i, (open) => open + markup);
export const atBodyEnd = (html: string, markup: string): string => html.replace(/<\/body>/i, () => `${markup}</body>`);
export const bodyOf = (html: string): string => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1]!;
export const titleOf = (html: string): string => /<title>([\s\S]*?)<\/title>/i.exec(html)![1]!;

/**
 * The page's own heartbeat: `__ticks` counts timer runs, `__maxGap` is the longest the
 * main thread went without running one (ms), so a test sees both "still running" and "stayed responsive".
 */
export const MARKER = `<script>
window.__ticks = 0; window.__maxGap = 0;
(() => { let last = performance.now(); setInterval(() => { const now = performance.now(); window.__maxGap = Math.max(window.__maxGap, now - last); last = now; window.__ticks++; }, 25); })();
</script>`;

export const withMarker = (html: string): string => inHead(html, MARKER);

/** CSS that breaks naive injected UIs, and a fixed header at the highest z-index that the page keeps last in <body>. */
export function hostileCss(seed: string): string {
  const css = `<style>
iframe { display: none !important; }
div { all: unset; }
* { z-index: auto !important; }
html { font-size: 8px; }
button { display: none !important; }
</style>`;
  // Inline !important so the page's own "* { z-index: auto }" does not disarm its header; it is
  // moved to the end of <body> whenever <body> changes, as overlay scripts do to stay on top.
  const header = `<header id="hostile-bar" style="position: fixed !important; top: 0; left: 0; right: 0; height: 72px; z-index: 2147483647 !important; background: #123; color: #fff; font: 20px sans-serif;">Sticky site header</header>
<script>
const bar = document.getElementById('hostile-bar');
new MutationObserver(() => { if (document.body.lastElementChild !== bar) document.body.append(bar); })
  .observe(document.body, { childList: true });
document.body.append(bar);
</script>`;
  return withMarker(atBodyEnd(inHead(seed, css), header));
}

export const STRICT_CSP = "default-src 'none'; frame-src 'none'; style-src 'none'; script-src 'none'";

/**
 * The seed without inline scripts and styles, served under STRICT_CSP: any CSP violation
 * the console then reports is ours, not the page's. JSON-LD is data, not script: it stays.
 */
export function strictCspPage(seed: string): { html: string; headers: Record<string, string> } {
  const html = seed
    .replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<style[^>]*>[\s\S]*?<\/style>/gi, '')
    .replace(/\sstyle="[^"]*"/gi, '');
  return { html, headers: { 'content-security-policy': STRICT_CSP } };
}

/**
 * A single-page site whose own history.pushState is patched to do extra work (it counts
 * calls and tells the router), as analytics and routers do. `__next()` swaps the article in.
 */
export function patchedPushStateSpa(first: string, second: { html: string; path: string }): string {
  const script = `<script>
window.__pushes = 0;
const realPush = history.pushState;
history.pushState = function (...args) {
  window.__pushes++;
  const result = realPush.apply(this, args);
  dispatchEvent(new CustomEvent('site:navigate', { detail: args[2] }));
  return result;
};
addEventListener('site:navigate', () => {
  document.querySelectorAll('meta[property^="og:"],meta[property^="article:"],meta[name="description"],script[type="application/ld+json"]').forEach((m) => m.remove());
  document.body.innerHTML = ${inlineJson(bodyOf(second.html))};
  // The router sets the title a moment later, after its data arrives.
  setTimeout(() => { document.title = ${inlineJson(titleOf(second.html))}; }, 150);
});
window.__next = () => history.pushState({ article: 2 }, '', ${inlineJson(second.path)});
</script>`;
  return withMarker(atBodyEnd(first, script));
}

/**
 * Infinite scroll: the first article, then each further one appended below it when the
 * reader nears the bottom; the site moves the address bar and title to the article in view.
 */
export function infiniteScrollPage(first: string, more: { html: string; path: string }[]): string {
  const items = more.map((m) => ({ body: bodyOf(m.html), title: titleOf(m.html), path: m.path }));
  const script = `<script>
const more = ${inlineJson(items)};
const shown = [{ el: document.body.firstElementChild, title: document.title, path: location.pathname }];
window.__appended = 0;
const sentinel = document.createElement('p');
sentinel.id = 'sentinel';
document.body.append(sentinel);
new IntersectionObserver((entries) => {
  if (!entries.some((e) => e.isIntersecting) || !more.length) return;
  const next = more.shift();
  const section = document.createElement('section');
  section.className = 'next-story';
  section.innerHTML = next.body;
  sentinel.before(section);
  shown.push({ el: section, title: next.title, path: next.path });
  window.__appended++;
}, { rootMargin: '0px 0px 600px 0px' }).observe(sentinel);
addEventListener('scroll', () => {
  const inView = shown.filter((s) => s.el.getBoundingClientRect().top < innerHeight / 2).pop() ?? shown[0];
  if (location.pathname !== inView.path) { history.replaceState({}, '', inView.path); document.title = inView.title; }
}, { passive: true });
</script>`;
  return withMarker(atBodyEnd(first, script));
}

/**
 * Runs before any other script (first in <head>): replaces built-ins our code might lean on
 * with ones that lie or throw. The page's own code still works with them.
 */
export function poisonedBuiltinsPage(seed: string): string {
  const script = `<script>
Array.prototype.map = function () { return []; };
Array.prototype.filter = function () { return []; };
Array.prototype.includes = function () { return true; };
JSON.parse = () => { throw new Error('page: JSON.parse disabled'); };
JSON.stringify = () => '"poisoned"';
window.fetch = () => Promise.reject(new Error('page: fetch disabled'));
window.MutationObserver = class { constructor() { throw new Error('page: MutationObserver disabled'); } };
Element.prototype.attachShadow = function () { throw new Error('page: attachShadow disabled'); };
window.__listenCalls = 0;
EventTarget.prototype.addEventListener = function () { window.__listenCalls++; };
</script>`;
  return withMarker(inHead(seed, script));
}

/** Removes our host element every time it appears, and counts how often. */
export function hostRemoverPage(seed: string): string {
  const script = `<script>
window.__removed = 0;
new MutationObserver(() => document.querySelectorAll('lips-and-teeth-ui').forEach((el) => { el.remove(); window.__removed++; }))
  .observe(document.documentElement, { childList: true, subtree: true });
</script>`;
  return withMarker(inHead(seed, script));
}

/** Posts junk to every frame it can reach (its own window, window.frames, iframes in open shadow roots) without pause. */
export function postMessageSpamPage(seed: string): string {
  const script = `<script>
window.__posts = 0;
const junk = [null, 'content/toggle-sidebar', { type: 'content/toggle-sidebar' }, { type: 'sidebar/close' }, { source: 'lips-and-teeth', type: 'close' }, [1, 2, 3]];
const targets = () => [window, ...Array.from({ length: window.frames.length }, (_, i) => window.frames[i]),
  ...Array.from(document.querySelectorAll('*')).flatMap((el) => el.shadowRoot ? Array.from(el.shadowRoot.querySelectorAll('iframe')).map((f) => f.contentWindow) : [])];
setInterval(() => { for (const w of targets()) for (const m of junk) { w?.postMessage(m, '*'); window.__posts++; } }, 2);
</script>`;
  return withMarker(atBodyEnd(seed, script));
}

/** A frameset document (no <body>) whose frames hold a seed article and a plain page. */
export function framesetPage(title: string, frames: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${MARKER}</head>
<frameset cols="50%,50%">${frames.map((src) => `<frame src="${src}">`).join('')}</frameset></html>`;
}

/**
 * The seed's title and paragraphs as a plain XML document: no <body>, no HTML namespace.
 * Its CSS stylesheet makes browsers render the XML itself rather than their tree viewer
 * (which builds an HTML view with a body).
 */
export function xmlArticle(seed: string, stylesheet: string): string {
  // Tags dropped, every "&" escaped: HTML entities such as &nbsp; are not defined in plain XML.
  const escape = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&/g, '&amp;');
  const paragraphs = [...bodyOf(seed).matchAll(/<p[^>]*>([\s\S]*?)<\/p>/gi)].map((m) => `<para>${escape(m[1]!)}</para>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/css" href="${stylesheet}"?>\n<story><headline>${escape(titleOf(seed))}</headline>${paragraphs.join('')}</story>`;
}

/** The seed followed by a comment section that brings the page to about `bytes` bytes. */
export function hugePage(seed: string, bytes: number): string {
  const words = ['reader', 'comment', 'weather', 'market', 'football', 'traffic', 'recipe', 'garden', 'concert', 'holiday'];
  const parts: string[] = [];
  let size = seed.length;
  for (let i = 0; size < bytes; i++) {
    const text = Array.from({ length: 14 }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ');
    const item = `<li class="comment"><time datetime="2019-01-0${(i % 9) + 1}">${i}</time><p>Comment ${i}: ${text}.</p></li>`;
    parts.push(item);
    size += item.length;
  }
  return withMarker(atBodyEnd(seed, `<section class="comments"><ol>${parts.join('')}</ol></section>`));
}

/*
 * Page-side probes, passed to page.evaluate / init scripts by both browsers' tests.
 */

/**
 * Records in the page's main world, before any page script runs (so with the real
 * MutationObserver), the most hosts ever present at once: "never mounted twice" is
 * checked at every mutation, not only when the test looks.
 */
export function countHostsFromStart(): void {
  const hosts = document.getElementsByTagName('lips-and-teeth-ui');
  const w = window as unknown as { __ltMaxHosts: number };
  w.__ltMaxHosts = 0;
  new MutationObserver(() => (w.__ltMaxHosts = Math.max(w.__ltMaxHosts, hosts.length))).observe(document, { childList: true, subtree: true });
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Points of the box where something else than our host is on top (elementFromPoint
 * retargets our shadow content to the host). Inset from the edges: the launcher's rounded
 * corners are not ours to click; the top rows cross the page's sticky header.
 */
export function pointsNotOurs(b: Box): string[] {
  const misses: string[] = [];
  for (const fx of [0.1, 0.5, 0.9]) {
    for (const fy of [0.02, 0.05, 0.25, 0.5, 0.75, 0.98]) {
      const [x, y] = [b.x + b.width * fx, b.y + b.height * fy];
      const el = document.elementFromPoint(x, y);
      if (el?.localName !== 'lips-and-teeth-ui') misses.push(`(${Math.round(x)},${Math.round(y)}) ${el?.localName ?? 'nothing'}#${el?.id ?? ''}`);
    }
  }
  return misses;
}

/** A global the page's own scripts (or a probe) set, read from the main world. */
export const pageGlobal = (name: string): unknown => (window as unknown as Record<string, unknown>)[name];
