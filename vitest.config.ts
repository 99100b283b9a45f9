import { defineConfig } from 'vitest/config';

/**
 * Spec files that may share a worker process with other files (`isolate: false`): the analyzer's
 * tagger and weights, zod schemas and the rest are then loaded once per worker instead of once
 * per file (about 40% less CPU for the whole run). Only files under the folders listed here share
 * (a new file in one of them shares too): pure code and files that keep no state outside their
 * own temp folders, restore any environment variable they set and mock nothing. Every other file
 * runs alone in a fresh process, as vitest does by default; that includes every file that
 * - loads transformers.js or starts the speech worker: onnxruntime's native binding cannot be
 *   loaded a second time in one process ("Module did not self-register");
 * - installs the speech worker's network guard, or replaces modules with vi.mock (Electron, the
 *   renderer's API): neither may leak into other files;
 * - kills or races processes (soak, delete race), where a fresh process keeps the timing honest.
 */
const SHARED = [
  'test/electron/domain/{analysis,progress,scenarios,sessions,speech}/**/*.spec.ts',
  'test/electron/domain/audio/{fft,pitch,resample,silence,wav}.spec.ts',
  'test/electron/domain/*.spec.ts',
  'test/electron/storage/**/*.spec.ts',
  'test/electron/features/**/*.spec.ts',
  'test/electron/cli/{analyze,bounded-lines,pipe,play,scenarios}.spec.ts',
  'test/shared/**/*.spec.ts',
  'test/eslint/**/*.spec.ts',
  'test/build/**/*.spec.ts',
  'test/scripts/**/*.spec.ts',
  'test/hostile/{analysis,archive,plain-errors,read-bounded,scenarios,session-files,wav}.spec.ts',
];

/** The soak (2,000 replies under random kills, about 35 s of CPU) is its own stage of `npm test`: vitest.soak.config.ts. */
export const SOAK = 'test/hostile/soak.spec.ts';

export default defineConfig({
  test: {
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    // Vitest's default is one worker per core minus one: a single worker on a 2-core machine. Two
    // use both cores (the spec files are isolated: own temp folders, own processes and ports).
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'shared', include: SHARED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['test/**/*.spec.ts', 'test/**/*.spec.tsx'], exclude: ['test/e2e/**', 'node_modules/**', SOAK, ...SHARED] } },
    ],
  },
});
