import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/** Custom roots: Node code lives in electron/, the React UI in renderer/. */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve('electron/main/index.ts'), formats: ['es'] },
      rollupOptions: {
        // The speech worker is its own entry: worker_threads loads it from out/main/speech-worker.js.
        // So is the model fetcher, a child process (out/main/model-fetch.js): the only code that uses the network.
        input: {
          index: resolve('electron/main/index.ts'),
          'speech-worker': resolve('electron/speech/worker.ts'),
          'model-fetch': resolve('electron/speech/fetch-child.ts'),
          // The analyzer runs in its own worker thread too (out/main/analysis-worker.js), with a time limit.
          'analysis-worker': resolve('electron/features/analysis-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed renderer cannot load an ES-module preload, so this one is CommonJS.
      lib: { entry: resolve('electron/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
