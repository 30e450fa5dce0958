import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: true,
    projects: [
      { test: { name: 'unit', globals: true, include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e', globals: true, include: ['test/e2e/**/*.test.ts'], environment: 'node',
          testTimeout: 90_000, hookTimeout: 90_000, fileParallelism: false, pool: 'forks',
        },
      },
    ],
  },
});
