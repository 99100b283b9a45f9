import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelFetchProgress } from '../../../shared/types/speech';
import { createAppContext, type AppContext } from '../../../electron/features/context';
import { cancelModelFetch, fetchModelFeature } from '../../../electron/features/model-fetch';
import type { FetcherChild, SpawnFetcher } from '../../../electron/speech/fetch-protocol';
import { modelsStatus } from '../../../electron/features/models';
import { spawnFetcherProcess } from '../../../electron/speech/fetcher-process';
import { startModelHost, type ModelHost } from '../../helpers/model-host';

/** A child process stand-in: the test writes its stdout lines and decides when it exits. */
class FakeChild extends EventEmitter implements FetcherChild {
  readonly pid = 424242;
  readonly stdout = new PassThrough();
  readonly stderr = new PassThrough();
  readonly signals: string[] = [];
  line(value: unknown): void {
    this.stdout.write((typeof value === 'string' ? value : JSON.stringify(value)) + '\n');
  }
  exit(code: number | null, signal: NodeJS.Signals | null = null): void {
    this.stdout.end();
    this.stderr.end();
    // A real child's 'exit' comes after its pipes are flushed often, but not always; the feature must cope either way.
    setImmediate(() => this.emit('exit', code, signal));
  }
  kill(signal: NodeJS.Signals = 'SIGTERM'): boolean {
    this.signals.push(signal);
    this.exit(null, signal);
    return true;
  }
}

const dirs: string[] = [];
async function context(spawnFetcher?: SpawnFetcher): Promise<{ ctx: AppContext; events: ModelFetchProgress[]; modelsDir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'attune-fetch-'));
  dirs.push(root);
  const events: ModelFetchProgress[] = [];
  const modelsDir = join(root, 'models');
  const ctx = createAppContext({ dataDir: join(root, 'data'), modelsDir, spawnFetcher, emit: (event, payload) => event === 'models:fetch' && events.push(payload as ModelFetchProgress) });
  return { ctx, events, modelsDir };
}

let host: ModelHost | undefined;
const savedEnv = { host: process.env.ATTUNE_MODEL_HOST, timeout: process.env.ATTUNE_FETCH_TIMEOUT_MS };
afterEach(async () => {
  await host?.close();
  host = undefined;
  process.env.ATTUNE_MODEL_HOST = savedEnv.host;
  process.env.ATTUNE_FETCH_TIMEOUT_MS = savedEnv.timeout;
  if (savedEnv.host === undefined) delete process.env.ATTUNE_MODEL_HOST;
  if (savedEnv.timeout === undefined) delete process.env.ATTUNE_FETCH_TIMEOUT_MS;
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('fetchModelFeature with an injected child', () => {
  it('relays step lines as rising progress events, ignores stray output, and resolves with the install folder', async () => {
    const child = new FakeChild();
    const requested: unknown[] = [];
    const { ctx, events, modelsDir } = await context((request) => (requested.push(request), child));
    const result = fetchModelFeature(ctx, { name: 'tiny.en' });
    child.line({ type: 'step', file: 'config.json', index: 1, count: 2, received: 0, expected: 100 });
    child.line('a stray log line that is not JSON');
    child.line({ type: 'step', file: 'config.json', index: 1, count: 2, received: 100, expected: 100 });
    child.line({ type: 'step', file: 'onnx/encoder_model_quantized.onnx', index: 2, count: 2, received: 50, expected: 200 });
    child.line({ type: 'done', installedAt: '/models/Xenova/whisper-tiny.en' });
    child.exit(0);
    await expect(result).resolves.toEqual({ installedAt: '/models/Xenova/whisper-tiny.en' });
    expect(requested).toEqual([{ model: 'tiny.en', modelsDir }]);
    expect(events.map((e) => [e.state, e.fraction])).toEqual([
      ['running', null],
      ['running', 0],
      ['running', 0.5],
      ['running', 0.625],
      ['done', 1],
    ]);
    expect(events[3]!.message).toBe('Downloading tiny.en: part 2 of 2, 50 bytes of 200 bytes');
  });

  it('turns an unreachable host into the plain offline sentence', async () => {
    process.env.ATTUNE_MODEL_HOST = 'https://huggingface.co';
    const child = new FakeChild();
    const { ctx, events } = await context(() => child);
    const result = fetchModelFeature(ctx, { name: 'base.en' });
    child.line({ type: 'error', kind: 'unreachable', message: 'could not download base.en: cannot reach huggingface.co (ENOTFOUND); …' });
    child.exit(1);
    await expect(result).rejects.toThrow(
      'Could not download base.en: huggingface.co cannot be reached, so this computer seems to be offline (or the site is blocked). Nothing was changed. Without internet, copy the model folder from another computer and use Import.',
    );
    expect(events.at(-1)?.state).toBe('failed');
  });

  it('reports a child that dies without a word, with its last stderr line', async () => {
    const child = new FakeChild();
    const { ctx } = await context(() => child);
    const result = fetchModelFeature(ctx, { name: 'tiny.en' });
    child.stderr.write('Error: boom\n');
    child.exit(3);
    await expect(result).rejects.toThrow('The model download stopped unexpectedly (exit code 3): Error: boom; nothing was installed.');
  });

  it('runs one download at a time; Cancel sends SIGTERM and the fetch ends as cancelled', async () => {
    const child = new FakeChild();
    const { ctx, events } = await context(() => child);
    const result = fetchModelFeature(ctx, { name: 'tiny.en' });
    await expect(fetchModelFeature(ctx, { name: 'base.en' })).rejects.toThrow('A model download (tiny.en) is already running; wait for it or cancel it.');
    await expect(cancelModelFetch(ctx)).resolves.toEqual({ cancelled: true });
    await expect(result).rejects.toThrow('The download of tiny.en was cancelled; nothing was installed.');
    expect(child.signals).toEqual(['SIGTERM']);
    expect(events.at(-1)?.state).toBe('cancelled');
    await expect(cancelModelFetch(ctx)).resolves.toEqual({ cancelled: false });
  });

  it('refuses a model it does not know without starting anything', async () => {
    const { ctx } = await context(() => {
      throw new Error('must not start');
    });
    await expect(fetchModelFeature(ctx, { name: 'large' })).rejects.toThrow('"large" is not a model Attune knows.');
  });
});

describe('fetchModelFeature with the real fetch child process', () => {
  it('downloads from the model host with byte progress and installs atomically, hashes recorded', async () => {
    host = await startModelHost();
    process.env.ATTUNE_MODEL_HOST = host.url;
    const { ctx, events, modelsDir } = await context(spawnFetcherProcess);
    const { installedAt } = await fetchModelFeature(ctx, { name: 'tiny.en' });
    expect(installedAt).toBe(join(modelsDir, 'Xenova', 'whisper-tiny.en'));
    const fractions = events.filter((e) => e.state === 'running' && e.fraction !== null).map((e) => e.fraction!);
    expect(fractions.length).toBeGreaterThanOrEqual(7);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(events.at(-1)).toEqual({ name: 'tiny.en', state: 'done', fraction: 1, message: 'tiny.en is downloaded and installed. You can choose it now.' });
    const info = (await modelsStatus({ modelsDir })).models.find((m) => m.name === 'tiny.en')!;
    expect([info.present, info.valid, info.verification]).toEqual([true, true, 'recorded']);
    expect((await readdir(modelsDir)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('cancelled mid-download, it leaves the models folder without the model and without staging files', async () => {
    host = await startModelHost({ hangOn: 'tokenizer.json' });
    process.env.ATTUNE_MODEL_HOST = host.url;
    const { ctx, events, modelsDir } = await context(spawnFetcherProcess);
    const result = fetchModelFeature(ctx, { name: 'tiny.en' });
    await expect.poll(() => events.some((e) => e.message.includes('tokenizer.json') || host!.requests.some((r) => r.endsWith('tokenizer.json'))), { timeout: 20_000 }).toBe(true);
    await cancelModelFetch(ctx);
    await expect(result).rejects.toThrow('The download of tiny.en was cancelled; nothing was installed.');
    expect(existsSync(join(modelsDir, 'Xenova'))).toBe(false);
    expect((await readdir(modelsDir)).filter((n) => n.startsWith('.staging'))).toEqual([]);
  });

  it('a host that stops answering ends in the offline sentence with nothing installed', async () => {
    host = await startModelHost({ hangOn: 'config.json' });
    process.env.ATTUNE_MODEL_HOST = host.url;
    process.env.ATTUNE_FETCH_TIMEOUT_MS = '500';
    const { ctx, modelsDir } = await context(spawnFetcherProcess);
    await expect(fetchModelFeature(ctx, { name: 'tiny.en' })).rejects.toThrow(/^Could not download tiny\.en: 127\.0\.0\.1:\d+ cannot be reached, so this computer seems to be offline/);
    expect(existsSync(join(modelsDir, 'Xenova'))).toBe(false);
  });
});
