/**
 * The cheap strings the gate reads on every page: the title and a few meta tags in <head>,
 * never the body. Shared by the declared gate and the extractor, so both stages read the
 * same text.
 */

/** The first non-empty `content` of the meta tags named (property, name or itemprop), in order. */
export const meta = (doc: Document | Element, names: string): string => {
  for (const name of names.split(' ')) {
    const value = doc.querySelector(`meta[property="${name}"],meta[name="${name}"],meta[itemprop="${name}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return '';
};

export const titleAndMeta = (doc: Document): string => {
  // Only <head>: on a page without these tags a document-wide lookup walks every element.
  const head = doc.head ?? doc;
  return `${doc.title}\n${meta(head, 'og:title')}\n${meta(head, 'description og:description')}`;
};
