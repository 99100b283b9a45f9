import { execFile } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, speechWav } from '../../helpers/speech-wav';
import { ROOT, closeCliSpeech, runCli } from '../../helpers/run-cli';
import { startModelHost, type ModelHost } from '../../helpers/model-host';
import { TINY_WHISPER_DIR } from '../../helpers/tiny-whisper';

const tmp = makeTempDir();
let modelHost: ModelHost;
let host = '';
/** A loopback address nothing listens on (fetch refuses well-known ports such as 9 outright). */
let deadHost = '';
let requests: string[] = [];

beforeAll(async () => {
  modelHost = await startModelHost();
  host = modelHost.url;
  requests = modelHost.requests;
  const probe = createServer();
  await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
  deadHost = `127.0.0.1:${(probe.address() as AddressInfo).port}`;
  await new Promise((closed) => probe.close(closed));
});
afterAll(async () => {
  await closeCliSpeech();
  await modelHost.close();
  tmp.cleanup();
});

const modelsIn = (name: string) => ({ ATTUNE_MODELS_DIR: join(tmp.dir, name) });

describe('attune models', () => {
  it('status --json lists both known models, none installed in an empty folder', async () => {
    const r = await runCli(['models', 'status', '--json'], modelsIn('empty'));
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { name: string; present: boolean; valid: boolean; isDefault: boolean }[];
    expect(list.map(({ name, present, valid, isDefault }) => ({ name, present, valid, isDefault }))).toEqual([
      { name: 'tiny.en', present: false, valid: false, isDefault: true },
      { name: 'base.en', present: false, valid: false, isDefault: false },
    ]);
  });

  it('fetch fails with one plain sentence when the model host cannot be reached, leaving nothing behind', async () => {
    const env = { ...modelsIn('offline'), ATTUNE_MODEL_HOST: `http://${deadHost}` };
    const r = await runCli(['models', 'fetch', 'tiny.en', '--record-hashes'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^attune models: could not download tiny\.en: cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\); on a machine without internet, .*models import DIR --record-hashes"\n$/);
    expect(r.stdout).toBe('');
    expect(readdirSync(join(tmp.dir, 'offline'))).toEqual([]);
  });

  it('fetch refuses unpinned files unless asked to record their hashes', async () => {
    const r = await runCli(['models', 'fetch'], { ...modelsIn('refuse'), ATTUNE_MODEL_HOST: host });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no pinned sha256 for the files of tiny\.en .* --record-hashes/);
    expect(existsSync(join(tmp.dir, 'refuse', 'Xenova'))).toBe(false);
  });

  it('fetch downloads every file, installs it atomically, and status then verifies the recorded hashes', async () => {
    const env = { ...modelsIn('fetched'), ATTUNE_MODEL_HOST: host };
    const r = await runCli(['models', 'fetch', 'tiny.en', '--record-hashes'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(requests.filter((u) => u.startsWith('/Xenova/whisper-tiny.en/resolve/79fb389fc764e7c395bd330e9531d9d32ada7049/'))).toHaveLength(7);
    const dir = join(tmp.dir, 'fetched', 'Xenova', 'whisper-tiny.en');
    expect(readdirSync(join(tmp.dir, 'fetched'))).toEqual(['Xenova']); // no staging folder left
    let status = JSON.parse((await runCli(['models', 'status', '--json'], env)).stdout) as { valid: boolean; verification: string; problems: string[] }[];
    expect(status[0]).toMatchObject({ valid: true, verification: 'recorded', problems: [] });

    writeFileSync(join(dir, 'tokenizer_config.json'), '{"tampered": true}');
    status = JSON.parse((await runCli(['models', 'status', '--json'], env)).stdout) as typeof status;
    expect(status[0]).toMatchObject({ valid: false, problems: ['tokenizer_config.json does not match its recorded sha256 (changed or corrupt)'] });
  });

  it('import copies a model folder, after which transcribe uses it as the default model', async () => {
    const env = modelsIn('imported');
    const r = await runCli(['models', 'import', TINY_WHISPER_DIR, '--as', 'tiny.en', '--record-hashes'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^tiny\.en installed in .*whisper-tiny\.en/);
    const wav = speechWav(join(tmp.dir, 'hello.wav'), 'Hello. How are you feeling?');
    const t = await runCli(['transcribe', wav, '--json'], env);
    expect(t.code).toBe(0);
    expect(JSON.parse(t.stdout)).toMatchObject({ model: 'tiny.en', noSpeech: false });
  });

  it('import names what is wrong with a folder that is not a model', async () => {
    const r = await runCli(['models', 'import', tmp.dir, '--as', 'base.en', '--record-hashes'], modelsIn('bad-import'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not a usable base\.en folder: config\.json is missing; /);
  });
});

describe('postinstall', () => {
  const postinstall = (env: Record<string, string>) =>
    new Promise<{ code: number; stdout: string; ms: number }>((done) => {
      const started = Date.now();
      execFile(process.execPath, [join(ROOT, 'scripts/postinstall.mjs')], { cwd: ROOT, env: { ...process.env, ...env } }, (error, stdout) =>
        done({ code: error ? 1 : 0, stdout, ms: Date.now() - started }),
      );
    });

  it('is skipped with ATTUNE_SKIP_MODEL_FETCH=1', async () => {
    const r = await postinstall({ ATTUNE_SKIP_MODEL_FETCH: '1', ...modelsIn('skip') });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/skipping the speech model download .*models fetch --record-hashes/);
    expect(existsSync(join(tmp.dir, 'skip'))).toBe(false);
  });

  it('never fails the install when offline, says how to fetch later, and is quick', async () => {
    const r = await postinstall({ ...modelsIn('post-offline'), ATTUNE_MODEL_HOST: `http://${deadHost}` });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/the speech model was not downloaded \(could not download tiny\.en: cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
    expect(r.stdout).toMatch(/downloading the tiny\.en speech model/);
    expect(r.stdout).toMatch(/Attune installed fine; fetch it later with "npm run -s attune -- models fetch --record-hashes"/);
    expect(r.ms).toBeLessThan(20_000);
  });

  it('downloads the default model when the host answers', async () => {
    const r = await postinstall({ ...modelsIn('post-online'), ATTUNE_MODEL_HOST: host });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tiny\.en installed in/);
    expect(existsSync(join(tmp.dir, 'post-online', 'Xenova', 'whisper-tiny.en', 'onnx', 'decoder_model_merged_quantized.onnx'))).toBe(true);
  });
});
