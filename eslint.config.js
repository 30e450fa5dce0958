// Lint rules (run by `npm run lint`, part of `npm test`). Type-aware typescript-eslint rules, plus the layering the
// structure test states (test/unit/structure.test.ts): runtimes (background, content, ui) talk only through
// messaging; the domain (adapters, legal, evidence, shared) knows no browser API and no messaging; extension pages
// only read the evidence store.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const RUNTIMES = ['background', 'content', 'ui'];
const DOMAIN = ['adapters', 'legal', 'evidence', 'shared'];

const noImportOf = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'packages/**', 'demo-output/**', 'node_modules/**', 'coverage/**', '.tmp/**', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Handlers of the messaging contract and adapters' steps are async by contract (they return a promise, with or
      // without awaiting inside): an async function with no await is not a bug here.
      '@typescript-eslint/require-await': 'off',
      // Preact event attributes accept a handler whose promise nobody awaits; floating promises elsewhere stay errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-restricted-syntax': ['error',
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Page and review text is hostile: build DOM nodes, never HTML strings.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page and review text is hostile: build DOM nodes, never HTML strings.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No code from strings.' },
      ],
    },
  },
  ...RUNTIMES.map((rt) => ({
    files: [`src/${rt}/**/*.{ts,tsx}`],
    rules: noImportOf(RUNTIMES.filter((o) => o !== rt).map((o) => `**/${o}/**`), 'Runtimes talk through src/messaging only.'),
  })),
  {
    files: DOMAIN.map((d) => `src/${d}/**/*.ts`),
    rules: noImportOf(['webextension-polyfill', '**/messaging/**', '**/background/**', '**/content/**', '**/ui/**'], 'The domain knows no browser API and no transport: it runs the same in Node tests.'),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: noImportOf(['**/evidence/store', '**/evidence/store.ts', '**/evidence/installation-key'], 'Only the service worker writes the evidence store: pages read through evidence/store-read and ask the service worker to write.'),
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
  },
  {
    files: ['**/*.test.ts', 'test/**', 'scripts/**', '*.config.ts', '*.config.js'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests and scripts destructure helpers ({ close } = server) and reject with plain values in fakes.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Test fixtures write their own, fixed markup into happy-dom; extension code never does (rule above).
    files: ['**/*.test.ts', 'test/**'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-implied-eval': 'off' },
  },
  {
    files: ['scripts/browser.mjs'],
    languageOptions: { globals: { chrome: 'readonly' } },
  },
  {
    files: ['scripts/build-band-font.mjs'],
    languageOptions: { globals: { document: 'readonly' } },
  },
);
