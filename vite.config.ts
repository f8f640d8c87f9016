import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { extensionBuild } from './scripts/extension-build';
import { noHtmlSink } from './scripts/no-html-sink';

// The sidebar, notes and explorer pages are built here as ordinary Vite pages; the plugin then
// builds the content script and background and assembles dist/chrome and dist/firefox.
export default defineConfig({
  root: resolve(import.meta.dirname, 'extension'),
  base: './',
  publicDir: false,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  define: { __BROWSER__: JSON.stringify('chrome') },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/chrome'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    // The build plugin moves it out of dist/chrome and reads it for bundle sizes.
    manifest: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        sidebar: resolve(import.meta.dirname, 'extension/sidebar/sidebar.html'),
        notes: resolve(import.meta.dirname, 'extension/notes/notes.html'),
        explorer: resolve(import.meta.dirname, 'extension/explorer/explorer.html'),
        library: resolve(import.meta.dirname, 'extension/library/library.html'),
      },
    },
  },
  plugins: [noHtmlSink(), extensionBuild()],
});
