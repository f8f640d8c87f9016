// Lint also enforces the architecture (STYLE.md point 1): shared/ never imports extension/,
// the content script never imports UI code, the dataset or webextension-polyfill.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noImport = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];

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
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': noImport(['**/extension/**'], 'shared/ must not depend on an execution context.') },
  },
  {
    files: ['extension/content/**/*.ts'],
    rules: {
      'no-restricted-imports': noImport(
        ['preact', 'preact/*', 'webextension-polyfill', '**/shared/browser', '**/shared/dataset', '**/shared/dataset/index', '**/shared/ui/*', '**/sidebar/*', '**/notes/*', '**/background/*', '**/detector/resolve', '**/detector/topic'],
        'The content script stays tiny: no UI, no dataset, no polyfill, no resolver (it runs on every page).',
      ),
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['shared/browser.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import browser from shared/browser.ts (the one wrapper).' }] }] },
  },
);
