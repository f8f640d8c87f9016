/**
 * Reads a candidate page's raw facts from its DOM; the background interprets them
 * (shared/detector/article.ts), which keeps this script inside its 8 KB budget. It is part
 * of extract.js, which the background injects into candidate tabs only.
 *
 * Why not @mozilla/readability: it is ~40 KB minified, five times this script's whole
 * budget, and re-lays out a cloned DOM. We need the story's plain text for matching, so
 * picking the element whose paragraphs carry the most text (below) does the job.
 */
import type { PageFacts } from '../../shared/detector/article';
import { isLivePage, leadQualifies, titleMayQualify } from '../../shared/detector/gate';
import { dateClues, NOT_STORY } from './date-clues';
import { meta, titleAndMeta } from './head-text';

export { titleAndMeta };

const MAX_TEXT = 200_000;

const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

type Ld = Record<string, unknown>;

/** JSON-LD objects of the page, flattened through @graph; malformed blocks are skipped. */
function jsonLd(doc: Document): Ld[] {
  const out: Ld[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? '');
      for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
        if (!item || typeof item !== 'object') continue;
        out.push(item as Ld);
        const graph = (item as Ld)['@graph'];
        if (Array.isArray(graph)) out.push(...(graph as Ld[]).filter((g) => g && typeof g === 'object'));
      }
    } catch {
      // Broken JSON-LD is common on real sites; the other sources still apply.
    }
  }
  return out;
}

/**
 * Non-empty strings, at most `count` of them, each cut to `max`: the background drops a message
 * past the limits of shared/messages.ts isPageFacts, and a page with a huge title or a JSON-LD
 * @graph of hundreds of items would then never be detected (found by tests/unit/fuzz.test.ts).
 */
const strings = (values: unknown[], max: number, count = 20): string[] =>
  values.filter((v): v is string => typeof v === 'string' && v.length > 0).slice(0, count).map((v) => v.slice(0, max));

/**
 * The page's language with its region when the page gives one anywhere: <html lang="en"> with
 * og:locale en_US is American, which decides how 10/06/2024 is read.
 */
function pageLanguage(doc: Document): string {
  const declared = doc.documentElement.getAttribute('lang') ?? '';
  const locale = meta(doc, 'og:locale');
  const regional = !/[-_]/.test(declared) && locale.toLowerCase().startsWith(declared.toLowerCase()) ? locale : declared || locale;
  return regional.slice(0, 50);
}

/** The element that holds the story: an explicit article body, a single <article>, or the densest parent of <p>s. */
function storyContainer(doc: Document): Element | null {
  const explicit = doc.querySelector('[itemprop=articleBody],.article-body,.article__body,.story-body,.entry-content');
  if (explicit) return explicit;
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0]!;
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  for (const p of Array.from(doc.querySelectorAll('p')).slice(0, 3000)) {
    const parent = p.parentElement;
    if (!parent || p.closest(NOT_STORY)) continue;
    const score = (scores.get(parent) ?? 0) + Math.min(textOf(p).length, 2000);
    scores.set(parent, score);
    if (score > bestScore) [best, bestScore] = [parent, score];
  }
  return best ?? doc.querySelector('main') ?? doc.body;
}

function storyText(container: Element | null): string {
  if (!container) return '';
  const parts: string[] = [];
  let size = 0;
  for (const el of Array.from(container.querySelectorAll('p,h2,h3,li,blockquote'))) {
    if (el.closest(NOT_STORY) || (el.tagName === 'LI' && el.querySelector('p'))) continue;
    const t = textOf(el);
    if (!t) continue;
    parts.push(t);
    size += t.length + 1;
    if (size > MAX_TEXT) break;
  }
  return (parts.length ? parts.join('\n') : textOf(container)).slice(0, MAX_TEXT);
}

/**
 * Infinite-scroll sites append stories below one another and retitle the document for the
 * one in view, while og: tags and JSON-LD still describe the first: when several stories
 * are on the page, the one whose heading the title names is the one to read.
 */
function retitledStory(doc: Document): Element | null {
  const headings = doc.querySelectorAll('h1');
  if (headings.length < 2) return null;
  const title = doc.title.replace(/\s+/g, ' ');
  for (const h of Array.from(headings).slice(1, 50)) {
    const text = textOf(h);
    if (text.length > 15 && title.includes(text)) return h.closest('section,article') ?? h.parentElement;
  }
  return null;
}

export function extractPage(doc: Document, url: string): PageFacts {
  const story = retitledStory(doc);
  if (story) return storyFacts(doc, story, url);
  const ld = jsonLd(doc);
  const h1 = Array.from(doc.querySelectorAll('h1')).find((h) => !h.closest(NOT_STORY)) ?? null;
  const h2 = Array.from(doc.querySelectorAll('h2')).find((h) => !h.closest(NOT_STORY)) ?? null;
  const text = storyText(storyContainer(doc));
  const publisher = ld.map((o) => (o.publisher as Ld | undefined)?.name);
  return {
    url,
    // JSON-LD may list many stories' headlines: keep room for the <h1>, the title and the first <h2>
    // (a page whose title is only a masthead may carry its headline there).
    headlines: strings([meta(doc, 'og:title twitter:title'), ...strings(ld.map((o) => o.headline), 5000, 16), h1 && textOf(h1), doc.title, h2 && textOf(h2)], 5000),
    dates: dateClues(doc, doc, ld, h1 ?? h2, text),
    lang: pageLanguage(doc),
    outlet: (meta(doc, 'og:site_name') || strings(publisher, 500)[0] || '').slice(0, 500),
    lead: `${meta(doc, 'og:description description').slice(0, 5000)}\n${text.slice(0, 2500)}`.trim(),
    text,
    ogType: meta(doc, 'og:type').slice(0, 100),
    ldTypes: strings(ld.flatMap((o) => (Array.isArray(o['@type']) ? o['@type'] : [o['@type']])), 100, 50),
    teasers: doc.querySelectorAll('article,.teaser,.card,.story-card').length,
    headingLinks: doc.querySelectorAll('h2 a,h3 a').length,
    h1s: Array.from(doc.querySelectorAll('h1')).filter((h) => !h.closest(NOT_STORY)).length,
  };
}

/**
 * Both stages of the gate over a document: the title and a few meta tags first (the declared
 * content script already stopped every other page there), then the opening text; a live
 * blog's whole text, since any item may be the one.
 */
export function passesGate(doc: Document): boolean {
  const head = titleAndMeta(doc);
  const live = isLivePage(head);
  if (!live && !titleMayQualify(head)) return false;
  const opening = live ? (doc.body?.textContent ?? '').slice(0, 300_000) : openingText(doc);
  return leadQualifies(`${head}\n${opening}`);
}

/** Facts of one story among several on the page: its own heading, date and text, not the page's metadata. */
function storyFacts(doc: Document, story: Element, url: string): PageFacts {
  const text = storyText(story.querySelector('article,[itemprop=articleBody],.article-body') ?? story);
  return {
    url,
    headlines: strings([textOf(story.querySelector('h1')!), doc.title], 5000),
    dates: dateClues(doc, story, [], story.querySelector('h1'), text, false),
    lang: pageLanguage(doc),
    outlet: meta(doc, 'og:site_name').slice(0, 500),
    lead: text.slice(0, 2500),
    text,
    ogType: 'article',
    ldTypes: [],
    teasers: 0,
    headingLinks: 0,
    h1s: 1,
  };
}

/** The opening of the page's text for the gate's second stage, without walking the whole DOM. */
export function openingText(doc: Document): string {
  const parts = [doc.querySelector('h1')?.textContent ?? ''];
  let size = 0;
  for (const p of Array.from(doc.querySelectorAll('p')).slice(0, 40)) {
    const t = textOf(p);
    parts.push(t);
    if ((size += t.length) > 3000) break;
  }
  // A page laid out in <div>s (e-papers, channel mirrors) has few <p>: its opening is the body's text.
  if (size < 300) parts.push((doc.body?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 3000));
  return parts.join('\n');
}
