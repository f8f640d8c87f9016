import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  define: { __BROWSER__: JSON.stringify('chrome') },
  test: {
    include: ['shared/**/*.test.ts', 'extension/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
