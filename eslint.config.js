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
  { ignores: ['dist/**', 'packages/**', 'demo-output/**', 'node_modules/**', 'coverage/**', '**/*.generated.ts'] },
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
  {
    files: ['**/*.test.ts', 'test/**', 'scripts/**', '*.config.ts', '*.config.js'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
