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
          // Two files at a time: each has its own browser, profile, demo server and download folder, and most of an e2e
          // file's time is spent waiting (Chrome's two-screenshots-a-second pace), so two share the 2-core CI machine.
          testTimeout: 90_000, hookTimeout: 90_000, fileParallelism: true, maxWorkers: 2, pool: 'forks',
        },
      },
    ],
  },
});
