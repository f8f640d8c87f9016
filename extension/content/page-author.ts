/**
 * The article's byline, for citations, from where news pages put it: meta tags, JSON-LD
 * (schema.org NewsArticle author), or a rel=author / itemprop=author element. Undefined
 * when the page names no person or desk; a profile URL is not a name.
 */
const MAX = 300;

const clean = (raw: string | null | undefined): string | undefined => {
  const s = (raw ?? '').replace(/\s+/g, ' ').replace(/^(by|written by)\s+/i, '').trim();
  return s && s.length <= MAX && !/^https?:\/\//i.test(s) ? s : undefined;
};

function fromJsonLd(doc: Document): string | undefined {
  const names = (a: unknown): string[] => {
    if (typeof a === 'string') return [a];
    if (Array.isArray(a)) return a.flatMap(names);
    if (a && typeof a === 'object' && typeof (a as { name?: unknown }).name === 'string') return [(a as { name: string }).name];
    return [];
  };
  const visit = (v: unknown): string | undefined => {
    if (Array.isArray(v)) {
      for (const item of v) {
        const found = visit(item);
        if (found) return found;
      }
      return undefined;
    }
    if (!v || typeof v !== 'object') return undefined;
    const o = v as Record<string, unknown>;
    const own = names(o.author).map(clean).filter(Boolean);
    if (own.length) return own.join(', ');
    return visit(o['@graph']);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = visit(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return undefined;
}

export function pageAuthor(doc: Document = document): string | undefined {
  const meta = (selector: string) => clean(doc.querySelector<HTMLMetaElement>(selector)?.content);
  return (
    meta('meta[name="author" i]') ??
    meta('meta[property="article:author"]') ??
    meta('meta[name="byl" i]') ??
    fromJsonLd(doc) ??
    clean(doc.querySelector('[rel~="author"]')?.textContent) ??
    clean(doc.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"]')?.textContent)
  );
}
