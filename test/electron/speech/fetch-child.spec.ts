import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runFetchChild } from '../../../electron/speech/fetch-child';
import { parseFetchLine, type FetchLine } from '../../../electron/speech/fetch-protocol';
import { fetcherCommand } from '../../../electron/speech/fetcher-process';

describe('the model fetch child', () => {
  it('answers bad arguments with a usage line and exit code 2, touching nothing', async () => {
    const lines: FetchLine[] = [];
    await expect(runFetchChild(['--model', 'large', '--models-dir', '/nowhere'], (l) => lines.push(l), new AbortController().signal)).resolves.toBe(2);
    expect(lines).toEqual([{ type: 'error', kind: 'failed', message: 'usage: fetch-child --model tiny.en|base.en --models-dir DIR' }]);
  });

  it('reports a cancellation requested before it starts, installing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'attune-child-'));
    const lines: FetchLine[] = [];
    const controller = new AbortController();
    controller.abort();
    await expect(runFetchChild(['--model', 'tiny.en', '--models-dir', dir], (l) => lines.push(l), controller.signal)).resolves.toBe(1);
    expect(lines).toEqual([{ type: 'error', kind: 'cancelled', message: 'the download was cancelled; nothing was installed' }]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('parses only well-formed protocol lines', () => {
    expect(parseFetchLine('{"type":"done","installedAt":"/m"}')).toEqual({ type: 'done', installedAt: '/m' });
    expect(parseFetchLine('{"type":"step","file":"a","index":0,"count":1,"received":0,"expected":null}')).toBeUndefined();
    expect(parseFetchLine('(node:1) ExperimentalWarning: …')).toBeUndefined();
  });

  it('runs the TypeScript source through tsx, and refuses to guess a built file', () => {
    const source = fetcherCommand(pathToFileURL(join(process.cwd(), 'electron/speech/fetcher-process.ts')).href);
    expect(source.slice(-1)).toEqual([join(process.cwd(), 'electron/speech/fetch-child.ts')]);
    expect(source[0]).toBe('--import');
    // Built, the Electron app starts its own copy (electron-vite ?modulePath) as a utility process.
    expect(() => fetcherCommand(pathToFileURL(join(tmpdir(), 'index.js')).href)).toThrow('runs from source only under tsx');
  });
});
