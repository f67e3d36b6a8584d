import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two cores here and on CI: tests that start servers and git repos run best two at a time.
    maxWorkers: 2,
    reporters: ['default', './test/helpers/closing-line-reporter.ts'],
  },
});
