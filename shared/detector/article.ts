import { fullDates, partialDates } from './dates';
import { pageDate, type DateClue, type DateSource } from './page-date';

/**
 * Article facts. The content script reads raw strings from the page (`PageFacts`,
 * kept small because that script runs everywhere); the background turns them into
 * `ArticleFacts` (dates parsed, language and page kind decided) with `toArticle`.
 */

/** What the content script sends: raw strings, no interpretation. */
export interface PageFacts {
  url: string;
  /** Headline candidates, best first: og:title, JSON-LD headline, h1, document title, first h2. */
  headlines: string[];
  /** Strings that may carry the date, each with where it was read (see page-date.ts). */
  dates: DateClue[];
  /** The <html lang> or og:locale value, possibly empty. */
  lang: string;
  /** og:site_name or JSON-LD publisher name, possibly empty. */
  outlet: string;
  lead: string;
  text: string;
  /** og:type, JSON-LD @types, and counts that tell a listing page from an article. */
  ogType: string;
  ldTypes: string[];
  teasers: number;
  headingLinks: number;
  /** <h1> elements outside navigation and asides: an article has its headline there, a section page usually none. */
  h1s: number;
}

export interface ArticleFacts {
  url: string;
  headline: string;
  /** Publication date YYYY-MM-DD, or null when the page gives none. */
  published: string | null;
  /** Where `published` was read (page-date.ts), most trusted first: jsonld, meta, time, byline, dateline, url, text. */
  dateSource?: DateSource | null;
  /** True when the date was inferred from the story's prose rather than published as the page's date. */
  dateInferred?: boolean;
  /** Dates the story's dateline gives for its report: YYYY-MM-DD, or --MM-DD when the year is unknown. */
  storyDates?: string[];
  /** Two-letter language code ("en", "ko", "zh", ...). */
  lang: string;
  /** Site name or domain. */
  outlet: string;
  /** Standfirst plus the first paragraphs, for the strongest signals. */
  lead: string;
  /** The article body as plain text (capped). */
  text: string;
  /** "article", "liveblog" (several dated items) or "listing" (homepage/section page). */
  pageKind: 'article' | 'liveblog' | 'listing';
}

/** The declared language, unless the text's script contradicts it (an English story in a zh-CN or de-DE page). */
function languageOf(page: PageFacts, sample: string): string {
  const declared = page.lang.toLowerCase().slice(0, 2);
  const script = /[\uac00-\ud7a3]/.test(sample) ? 'ko' : /[\u4e00-\u9fff]/.test(sample) ? 'zh' : 'latin';
  if (/^[a-z]{2}$/.test(declared) && (script === 'latin' ? !['zh', 'ko', 'ja'].includes(declared) : declared === script)) return declared;
  return script === 'latin' ? 'en' : script;
}

/** Homepages and section pages list many stories; an article page has one story. */
function pageKindOf(page: PageFacts): ArticleFacts['pageKind'] {
  if (page.ldTypes.includes('LiveBlogPosting')) return 'liveblog';
  const ogType = page.ogType.toLowerCase();
  if (ogType === 'article' || page.ldTypes.some((t) => /Article|BlogPosting/.test(t))) return 'article';
  if (ogType === 'website' || page.teasers > 6 || page.headingLinks > 12) return 'listing';
  // No headline of its own, and headings that link to other pages: a section page.
  if (page.h1s === 0 && page.headingLinks >= 3) return 'listing';
  return 'article';
}

/** Headline without the " | Site name" (or " : Site name", "_Site name") tail that titles carry. */
const cleanHeadline = (s: string): string =>
  s.replace(/(?:\s+[|–—:-]\s+|_|--)[^|–—:_-]{2,40}$/, '').replace(/(?:\s+[|｜]\s*|｜)[^|｜]{2,40}(?:[|｜][^|｜]{2,40})*$/, '').replace(/\s+/g, ' ').trim();

/**
 * A headline that names nothing: a masthead, a channel name or a date ("로동신문 2020-05-10",
 * "19 Jul 21 - story 5"). Fewer than 12 letters once dates are taken out, Hangul and Han counting double.
 */
export function isBareHeadline(headline: string): boolean {
  let rest = headline;
  for (const f of [...fullDates(headline, { byline: true }), ...partialDates(headline, { byline: true })]) rest = rest.replace(headline.slice(f.index, f.index + f.length), ' ');
  rest = rest.replace(/\b(?:story|news|page|home|edition|issue|no)\b/gi, '');
  return rest.replace(/[^A-Za-z]/g, '').length + 2 * rest.replace(/[^\uac00-\ud7a3\u3400-\u9fff]/g, '').length < 12;
}

/** The first informative headline candidate; else the story's first sentence, which states its subject. */
function headlineOf(page: PageFacts): string {
  const candidates = page.headlines.map(cleanHeadline).filter((h) => h.length > 0);
  const informative = candidates.find((h) => !isBareHeadline(h));
  if (informative) return informative;
  const first = page.lead.split(/\n|(?<=[.!?。！？])\s*/).map((s) => s.trim()).find((s) => !isBareHeadline(s));
  return first ?? candidates[0] ?? '';
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

export function toArticle(page: PageFacts): ArticleFacts {
  const headline = headlineOf(page).slice(0, 500);
  const date = pageDate(page.url, page.lang, page.dates, page.text);
  return {
    url: page.url,
    headline,
    published: date.published,
    dateSource: date.source,
    dateInferred: date.inferred,
    storyDates: date.storyDates,
    lang: languageOf(page, headline + page.text.slice(0, 500)),
    outlet: (page.outlet || hostOf(page.url)).slice(0, 200),
    lead: page.lead,
    text: page.text,
    pageKind: pageKindOf(page),
  };
}
