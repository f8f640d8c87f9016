/**
 * The cheap strings the gate reads on every page: the title and a few meta tags in <head>,
 * never the whole body. Shared by the declared gate and the extractor, so both stages read
 * the same text.
 */

/** The first non-empty `content` of the meta tags named (property, name or itemprop), in order. */
export const meta = (doc: Document | Element, names: string): string => {
  for (const name of names.split(' ')) {
    const value = doc.querySelector(`meta[property="${name}"],meta[name="${name}"],meta[itemprop="${name}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return '';
};

/**
 * A title too short to be a headline: a masthead ("로동신문 2020-05-10"), a channel name
 * ("竹新社"), a bare date. Fewer than 12 letters, a Hangul or Han character counting as two.
 * Counted in a loop, as the declared gate counts it inline (gate.ts): there a content
 * script's first regex would cost more than the rest of the gate.
 */
export function isBareTitle(title: string): boolean {
  let letters = 0;
  for (let i = 0; i < title.length && letters < 12; i++) {
    const c = title.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters += 1;
    else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3400 && c <= 0x9fff)) letters += 2;
  }
  return letters < 12;
}

/**
 * The first ~600 characters of the body's text, reading at most 400 text nodes: bounded
 * whatever the page's size, so even the declared gate can afford it on a page whose title
 * says nothing.
 */
export function bodyOpening(doc: Document): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 4); // NodeFilter.SHOW_TEXT
  let text = '';
  for (let n = 0, node = walker.nextNode(); node && n < 400 && text.length < 600; n++, node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE' && parent !== 'NOSCRIPT') text += `${node.nodeValue} `;
  }
  return text;
}

export const titleAndMeta = (doc: Document): string => {
  // Only <head>: on a page without these tags a document-wide lookup walks every element.
  const head = doc.head ?? doc;
  const text = `${doc.title}\n${meta(head, 'og:title')}\n${meta(head, 'description og:description')}`;
  // A title that is only a masthead or a date hides the story's subject: read the opening of the page instead.
  return isBareTitle(doc.title) && isBareTitle(meta(head, 'og:title')) ? `${text}\n${bodyOpening(doc)}` : text;
};

/** The title and the opening of the page, for a title too bare to name anything. */
export const titleAndOpening = (doc: Document): string => `${doc.title} ${bodyOpening(doc)}`.replace(/\s+/g, ' ');

/**
 * What the declared gate tests: the title alone, the same string the empty floor reads
 * (on the labelled corpora the meta tags never named the sides when the title did not). A
 * bare title hides the story's subject, so then, and only then, the opening of the page
 * is read too. (The gate itself writes this out inline; tests and tools call it.)
 */
export const gateText = (doc: Document): string => (isBareTitle(doc.title) ? titleAndOpening(doc) : doc.title);
