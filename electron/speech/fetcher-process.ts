/**
 * Starts the model fetch child (fetch-child.ts) as a separate process: the TypeScript source
 * through tsx under the dev host and tests, or the file electron-vite emits next to the main
 * bundle, run by Electron's own binary as plain Node (ELECTRON_RUN_AS_NODE).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SpawnFetcher } from './fetch-protocol';

/** The command line that runs the fetch child from code located at `base`. */
export function fetcherCommand(base: string = import.meta.url): { args: string[]; env: Record<string, string> } {
  if (base.endsWith('.ts')) {
    const pkgPath = createRequire(base).resolve('tsx/package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, string> };
    const loader = pathToFileURL(join(dirname(pkgPath), pkg.exports['.']!)).href;
    return { args: ['--import', loader, fileURLToPath(new URL('./fetch-child.ts', base))], env: {} };
  }
  for (const candidate of ['./model-fetch.js', '../model-fetch.js']) {
    const path = fileURLToPath(new URL(candidate, base));
    if (existsSync(path)) return { args: [path], env: process.versions.electron ? { ELECTRON_RUN_AS_NODE: '1' } : {} };
  }
  throw new Error(`The model fetcher is missing next to ${fileURLToPath(base)}; rebuild with "npx electron-vite build".`);
}

/** Spawns the real fetch child for one model. */
export const spawnFetcherProcess: SpawnFetcher = ({ model, modelsDir }) => {
  const { args, env } = fetcherCommand();
  return spawn(process.execPath, [...args, '--model', model, '--models-dir', modelsDir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
};
