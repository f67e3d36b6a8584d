// The timing tests: latencies measured by latency-budget against a local server's own figures. They run after the
// main suite, one file at a time, so nothing else competes for the two cores while they measure.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.timing.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 20_000,
    fileParallelism: false,
    // A measurement taken while the machine was busy with something else gets another chance; the bounds stay.
    retry: 2,
    maxWorkers: 1,
    reporters: ['default', './test/helpers/closing-line-reporter.ts'],
  },
});
