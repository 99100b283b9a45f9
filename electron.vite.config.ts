import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/** Custom roots: Node code lives in electron/, the React UI in renderer/. */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // One input, not `lib`: electron-vite's `?modulePath` plugin rebuilds each imported module
      // with this config and expects one output (a `lib` build returns one per format). The speech
      // worker, the analysis worker and the model-fetch child come from the `?modulePath` imports
      // in electron/main/entries.ts: no extra inputs here. ES modules follow package.json's "type".
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed renderer cannot load an ES-module preload, so this one is CommonJS.
      lib: { entry: resolve('electron/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
      // A sandboxed preload can require only "electron": zod (the channel declarations) is bundled in.
      externalizeDeps: false,
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
