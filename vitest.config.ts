import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.spec.ts', 'test/**/*.spec.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    // Vitest's default is one worker per core minus one: a single worker on a 2-core machine. Two
    // use both cores (the spec files are isolated: own temp folders, own processes and ports).
    maxWorkers: 2,
  },
});
