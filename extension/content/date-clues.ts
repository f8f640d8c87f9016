/**
 * The strings that may carry a page's date, each with where it was read, for the
 * background to parse (shared/detector/page-date.ts): JSON-LD (article objects first,
 * @graph flattened by the caller), meta tags, <time>, the visible byline or publication
 * line beside the headline, and the story's first and last lines (agency datelines,
 * "(KCNA - June 12, 2020)"). Dates in lists of other stories, captions, asides and
 * comments are not read: they belong to other stories or photos.
 */
import type { DateClue } from '../../shared/detector/page-date';

type Ld = Record<string, unknown>;

// Lowercased names of the meta tags sites use for the publication date, most explicit first.
const META_NAMES = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'publishdate', 'publish-date', 'pubdate',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'dc.date.created',
  'citation_publication_date', 'og:regdate', 'article.published', 'date', 'og:pubdate', 'nv:date',
];

// Blocks that are never the story: navigation, asides, comments, related links, banners, photo captions.
export const NOT_STORY = 'nav,aside,footer,form,script,style,figure,figcaption,[role=navigation],[role=complementary],[aria-hidden=true],[class*=comment],[class*=related],[class*=recommend],[class*=cookie],[class*=newsletter],[class*=share],[class*=caption]';
// Dates there belong to other stories (lists, "more from") or to photos, not to this page.
const NOT_THIS_PAGE = `${NOT_STORY},li,[class*=photo],[class*=more]`;
// Elements whose class, id or microdata name says they hold a date or byline.
const BYLINE = '[class*=date],[class*=Date],[class*=time],[class*=Time],[class*=byline],[class*=meta],[class*=publish],[class*=posted],[class*=info],[class*=stamp],[class*=edition],[id*=date],[itemprop=datePublished],[class*=source]';

const MAX = 200;
const short = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const isArticleType = (o: Ld): boolean => [o['@type']].flat().some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t));

/** Short texts near the headline: the blocks right after it, then date- or byline-classed elements, those after it first. */
function bylineTexts(scope: ParentNode, headline: Element | null): string[] {
  const out: string[] = [];
  const add = (el: Element | null | undefined, max = MAX) => {
    if (!el || el.closest(NOT_THIS_PAGE)) return;
    const text = short(el);
    if (text && text.length <= max && !out.includes(text)) out.push(text);
  };
  if (headline) {
    // The next few short blocks after the headline (and after its wrapper, for a headline in a
    // header box): a byline is a line, the story's first paragraph (and its dateline) is not.
    for (const start of [headline, headline.parentElement]) {
      let el = start?.nextElementSibling;
      for (let i = 0; el && i < 4; i++, el = el.nextElementSibling) add(el, 120);
    }
  }
  const marked = Array.from(scope.querySelectorAll(BYLINE)).slice(0, 60);
  // In document order: those before the headline come first. Found by bisection, since a position
  // test can walk the whole document.
  let lo = 0;
  let hi = headline ? marked.length : 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((headline!.compareDocumentPosition(marked[mid]!) & 4) !== 0) hi = mid; // Node.DOCUMENT_POSITION_FOLLOWING
    else lo = mid + 1;
  }
  // Above the headline, only inside the story's own container: a site's bar above it shows today's date.
  const story = headline?.closest('article,main,[role=main]');
  for (const el of [...marked.slice(lo), ...marked.slice(0, lo).filter((el) => story?.contains(el) ?? false)]) add(el);
  return out.slice(0, 8);
}

/**
 * `scope` is the document, or one story's element on an infinite-scroll page (then the page's
 * metadata, which describes the first story, is not read: `ld` is empty and `head` false).
 */
export function dateClues(doc: Document, scope: ParentNode, ld: Ld[], headline: Element | null, story: string, head = true): DateClue[] {
  const clues: DateClue[] = [];
  const push = (source: DateClue['source'], value: unknown, limit: number) => {
    if (typeof value !== 'string' || !value.trim()) return;
    if (clues.filter((c) => c.source === source).length >= limit) return;
    clues.push({ source, text: value.trim().slice(0, MAX) });
  };
  for (const o of [...ld.filter(isArticleType), ...ld.filter((o) => !isArticleType(o))]) push('jsonld', o.datePublished ?? o.dateCreated, 3);

  const metas = new Map<string, string>();
  for (const m of head ? Array.from(doc.querySelectorAll('meta')).slice(0, 300) : []) {
    const name = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (content && META_NAMES.includes(name) && !metas.has(name)) metas.set(name, content);
  }
  for (const name of META_NAMES) push('meta', metas.get(name), 3);

  // A few of each: a listing of thousands of stories each with its <time> must not cost thousands of lookups.
  const times = [
    ...Array.from(scope.querySelectorAll('time[itemprop=datePublished],time[pubdate],article time,header time')).slice(0, 10),
    ...Array.from(scope.querySelectorAll('time')).slice(0, 20),
  ].filter((t) => !t.closest(NOT_THIS_PAGE));
  for (const t of times) push('time', t.getAttribute('datetime') || short(t), 2);

  for (const text of bylineTexts(scope, headline)) push('byline', text, 8);
  // Last: the document title, for pages whose title is an edition date ("로동신문 2020-05-10", "19 Jul 21 - story 5").
  if (head) push('byline', doc.title, 9);

  push('dateline', story.slice(0, 300), 2);
  // A closing source line with its date: "(KCNA - June 12, 2020)", "Source: Yonhap, 2024-10-06".
  const last = story.trim().split('\n').at(-1)?.trim() ?? '';
  if (story.length > 300 && last.length <= 80) push('dateline', last, 2);
  return clues.slice(0, 20);
}
