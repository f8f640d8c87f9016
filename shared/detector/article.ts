/**
 * Article facts. The content script reads raw strings from the page (`PageFacts`,
 * kept small because that script runs everywhere); the background turns them into
 * `ArticleFacts` (dates parsed, language and page kind decided) with `toArticle`.
 */

/** What the content script sends: raw strings, no interpretation. */
export interface PageFacts {
  url: string;
  /** Headline candidates, best first: og:title, JSON-LD headline, h1, document title. */
  headlines: string[];
  /** Date candidates, best first: meta tags, JSON-LD datePublished, <time datetime>. */
  dates: string[];
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
}

export interface ArticleFacts {
  url: string;
  headline: string;
  /** Publication date YYYY-MM-DD, or null when the page gives none. */
  published: string | null;
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

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';

function iso(y: string, mo: string, d: string): string | null {
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Turns the many date spellings of news pages into YYYY-MM-DD, or null. */
export function toIsoDate(raw: string): string | null {
  const s = raw.trim().toLowerCase();
  let m = /(20\d\d)\s?[-/.年년]\s?(\d{1,2})\s?[-/.월月]\s?(\d{1,2})/.exec(s);
  if (m) return iso(m[1]!, m[2]!, m[3]!);
  m = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})[a-z]*\\.?,?\\s+(20\\d\\d)`).exec(s);
  if (m) return iso(m[3]!, String(MONTHS.split('|').indexOf(m[2]!) + 1), m[1]!);
  m = new RegExp(`(${MONTHS})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(20\\d\\d)`).exec(s);
  if (m) return iso(m[3]!, String(MONTHS.split('|').indexOf(m[1]!) + 1), m[2]!);
  m = /\b(\d{1,2})\/(\d{1,2})\/(20\d\d)\b/.exec(s);
  if (m) return iso(m[3]!, m[1]!, m[2]!);
  return null;
}

function publishedDate(page: PageFacts): string | null {
  for (const c of page.dates) {
    const d = toIsoDate(c);
    if (d) return d;
  }
  // /2024/10/06/, /2024-10-06-slug, /20241006/, and Korean-style ids that start with the date (/202603101402001).
  const fromUrl = /\/(20\d\d)[/-]?(\d\d)[/-]?(\d\d)(?:[/_.-]|\d{2,10}(?:[/_.?-]|$)|$)/.exec(page.url);
  if (fromUrl) {
    const d = iso(fromUrl[1]!, fromUrl[2]!, fromUrl[3]!);
    if (d) return d;
  }
  // A dateline at the top of the story ("SEOUL, Oct. 6, 2024 (Yonhap) --", "2024년 10월 6일").
  return toIsoDate(page.text.slice(0, 300)) ?? toIsoDate(page.lead.slice(0, 300));
}

function languageOf(page: PageFacts, sample: string): string {
  const declared = page.lang.toLowerCase().slice(0, 2);
  if (/^[a-z]{2}$/.test(declared)) return declared;
  if (/[\uac00-\ud7a3]/.test(sample)) return 'ko';
  if (/[\u4e00-\u9fff]/.test(sample)) return 'zh';
  return 'en';
}

/** Homepages and section pages list many stories; an article page has one story. */
function pageKindOf(page: PageFacts): ArticleFacts['pageKind'] {
  if (page.ldTypes.includes('LiveBlogPosting')) return 'liveblog';
  const ogType = page.ogType.toLowerCase();
  if (ogType === 'article' || page.ldTypes.some((t) => /Article|BlogPosting/.test(t))) return 'article';
  if (ogType === 'website' || page.teasers > 6 || page.headingLinks > 12) return 'listing';
  return 'article';
}

/** Headline without the " | Site name" tail that titles carry. */
const cleanHeadline = (s: string): string => s.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/, '').replace(/\s+/g, ' ').trim();

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

export function toArticle(page: PageFacts): ArticleFacts {
  const headline = cleanHeadline(page.headlines.find((h) => h.trim().length > 0) ?? '').slice(0, 500);
  return {
    url: page.url,
    headline,
    published: publishedDate(page),
    lang: languageOf(page, headline + page.text.slice(0, 500)),
    outlet: (page.outlet || hostOf(page.url)).slice(0, 200),
    lead: page.lead,
    text: page.text,
    pageKind: pageKindOf(page),
  };
}
