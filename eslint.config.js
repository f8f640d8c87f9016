// Lint also enforces the architecture (STYLE.md point 1): shared/ never imports extension/,
// the content script never imports UI code, the dataset or the resolver, and only
// shared/browser.ts imports webextension-polyfill.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const POLYFILL = { name: 'webextension-polyfill', message: 'Import browser from shared/browser.ts (the one wrapper).' };
const restrict = (groups, message) => ['error', { paths: [POLYFILL], patterns: groups.map((group) => ({ group: [group], message })) }];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', 'tests/corpus/pages/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', window: 'readonly', document: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', navigator: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Dataset and page text is rendered as text, never as markup.' }],
      'no-restricted-imports': restrict([], ''),
    },
  },
  { files: ['shared/browser.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/browser.ts'],
    rules: { 'no-restricted-imports': restrict(['**/extension/**'], 'shared/ must not depend on an execution context.') },
  },
  {
    // One copy of the dataset (data/dataset.json, loaded through shared/ui/catalog.ts): no context bundles its own.
    files: ['extension/**/*.{ts,tsx}', 'shared/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [POLYFILL],
        patterns: [{ regex: '(^|/)dataset(/index)?$|(^|/)dataset/events/', message: 'Load the exchange record from the data/ assets (shared/ui/catalog.ts, background/resolver.ts); never bundle it.' }],
      }],
    },
  },
  {
    files: ['extension/content/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['preact', 'preact/*', '**/shared/browser', '**/shared/dataset', '**/shared/dataset/index', '**/shared/ui/*', '**/sidebar/*', '**/notes/*', '**/background/*', '**/detector/resolve', '**/detector/topic', '**/detector/vocabulary'],
        'The content script stays tiny: no UI, no dataset, no polyfill, no resolver (it runs on every page).',
      ),
    },
  },
);
