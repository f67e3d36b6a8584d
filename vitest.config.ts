import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that compare measured latencies with a server's own figures run alone afterwards
    // (vitest.timing.config.ts): a second worker on the other core would skew what they measure.
    exclude: ['**/node_modules/**', 'test/**/*.timing.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two cores here and on CI: tests that start servers and git repos run best two at a time.
    maxWorkers: 2,
    reporters: ['default', './test/helpers/closing-line-reporter.ts'],
  },
});
