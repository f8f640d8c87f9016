/** Set at build time per target browser (vite `define`). */
declare const __BROWSER__: 'chrome' | 'firefox';

/** The gate's first stage, written into content.js at build time (scripts/first-stage-plugin.ts): the folded title → could it be a candidate? */
declare module 'virtual:first-stage' {
  const firstStage: (folded: string) => boolean;
  export default firstStage;
}
