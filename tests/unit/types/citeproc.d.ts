/** The part of citeproc-js (npm `citeproc`) the citation tests use. */
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface Engine {
    updateItems(ids: string[]): void;
    makeBibliography(): [{ bibliography_errors: unknown[] }, string[]] | false;
  }
  const CSL: { Engine: new (sys: Sys, style: string, lang?: string) => Engine };
  export default CSL;
}
