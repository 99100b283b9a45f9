/**
 * The preload as electron-vite builds it runs in a sandboxed renderer, where `require` knows only
 * "electron": it must carry everything else (zod, the channel declarations) inside itself, and
 * expose one method per channel. Runs in the e2e stage because it needs the build (out/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { expect, test } from '@playwright/test';
import { API_METHODS } from '../../shared/ipc/methods';

const preload = join(resolve(import.meta.dirname, '../..'), 'out/preload/index.cjs');

test('the built preload needs only "electron" and exposes one method per channel, each invoking its channel', async () => {
  expect(existsSync(preload), `${preload} is missing; run "npx electron-vite build" first (npm run test:e2e does)`).toBe(true);
  const exposed = new Map<string, Record<string, (request?: unknown) => Promise<unknown>>>();
  const invoked: unknown[][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (request?: unknown) => Promise<unknown>>) => exposed.set(key, api) },
    ipcRenderer: { invoke: async (...args: unknown[]) => invoked.push(args), on: () => undefined, removeListener: () => undefined },
  };
  const sandboxRequire = (name: string): unknown => {
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name} (a sandboxed preload can require only "electron")`);
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(preload, 'utf8'), { require: sandboxRequire, module, exports: module.exports, Uint8Array, Float32Array, TextEncoder, TextDecoder });
  const api = exposed.get('attune');
  expect(Object.keys(api ?? {}).sort()).toEqual([...Object.keys(API_METHODS), 'on'].sort());
  await api?.getSession?.({ id: 'a' });
  expect(invoked).toEqual([['sessions:get', { id: 'a' }]]);
});
