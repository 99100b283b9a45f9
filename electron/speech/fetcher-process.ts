/**
 * Starts the model fetch child (fetch-child.ts) as a separate Node process, the TypeScript source
 * through tsx: the CLI and the dev host run this way. Electron's main starts the built child as a
 * utility process instead (main/fetcher-utility.ts, path from electron-vite's `?modulePath`).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SpawnFetcher } from './fetch-protocol';

/** The Node arguments that run the fetch child's source next to `base` through tsx. */
export function fetcherCommand(base: string = import.meta.url): string[] {
  if (!base.endsWith('.ts')) throw new Error('The model fetcher runs from source only under tsx; the Electron app starts its built copy as a utility process.');
  const pkgPath = createRequire(base).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, string> };
  const loader = pathToFileURL(join(dirname(pkgPath), pkg.exports['.']!)).href;
  return ['--import', loader, fileURLToPath(new URL('./fetch-child.ts', base))];
}

/** Spawns the real fetch child for one model. */
export const spawnFetcherProcess: SpawnFetcher = ({ model, modelsDir }) => {
  return spawn(process.execPath, [...fetcherCommand(), '--model', model, '--models-dir', modelsDir], { stdio: ['ignore', 'pipe', 'pipe'] });
};
