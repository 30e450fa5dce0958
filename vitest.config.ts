import { defineConfig } from 'vitest/config';
import { verifyHtmlPlugin } from './scripts/build-verify-html.ts';

// verify.html is built from the verifier's sources (never committed): the tests get it as `virtual:verify-html`.

export default defineConfig({
  plugins: [verifyHtmlPlugin()],
  test: {
    globals: true,
    projects: [
      { extends: true, test: { name: 'unit', globals: true, include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'e2e', globals: true, include: ['test/e2e/**/*.test.ts'], environment: 'node',
          testTimeout: 90_000, hookTimeout: 90_000, fileParallelism: false, pool: 'forks',
        },
      },
    ],
  },
});
