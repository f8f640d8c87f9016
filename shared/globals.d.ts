/** Set at build time per target browser (vite `define`). */
declare const __BROWSER__: 'chrome' | 'firefox';

/** The gate's first-stage pattern, compiled into content.js at build time (scripts/gate-pattern-plugin.ts). */
declare module 'virtual:gate-pattern' {
  const pattern: RegExp;
  export default pattern;
}
