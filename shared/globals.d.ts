/** Set at build time per target browser (vite `define`). */
declare const __BROWSER__: 'chrome' | 'firefox';
