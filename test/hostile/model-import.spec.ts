/**
 * Model import that cannot break a working model (issue #14): junk and links are refused, files
 * that pass every header check but do not load in the speech worker are refused too, and the
 * installed model stays byte for byte and keeps transcribing.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWav } from '../../electron/domain/audio/wav';
import { importModel, type InstallOptions } from '../../electron/speech/install-model';
import { checkModelFolder, MODEL_FILES } from '../../electron/speech/model-files';
import { statusOf } from '../../electron/speech/model-status';
import { knownModel } from '../../electron/speech/registry';
import { createSpeechService, type SpeechService } from '../../electron/speech/service';
import { speechWav } from '../helpers/speech-wav';
import { startModelHost } from '../helpers/model-host';
import { parseFetchLine } from '../../electron/speech/fetch-protocol';
import { fetcherCommand } from '../../electron/speech/fetcher-process';
import { spawn } from 'node:child_process';

const TINY = knownModel('tiny.en')!;
const FIXTURE = 'test/fixtures/tiny-whisper';
let dir: string;
let modelsDir: string;
let speech: SpeechService;
/** Install options as the app and the CLI pass them: hashes recorded, and a test load in the real speech worker. */
let opts: InstallOptions;

let replyWav: Float32Array | undefined;
/** A short spoken reply (espeak-ng), made once. */
function reply(): Float32Array {
  replyWav ??= decodeWav(readFileSync(speechWav(join(dir, 'reply.wav'), 'It sounds really hard. Tell me more about what happened.')), 'reply.wav').samples;
  return replyWav;
}

/** Every file of the installed tiny.en, by name. */
async function installed(): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const file of MODEL_FILES) out[file] = await readFile(join(modelsDir, TINY.repo, file));
  return out;
}

/** A folder with the seven right names; `content` gives each file's bytes. */
async function folderOf(name: string, content: (file: string) => Promise<Buffer | string>): Promise<string> {
  const folder = join(dir, name);
  for (const file of MODEL_FILES) {
    await mkdir(dirname(join(folder, file)), { recursive: true });
    await writeFile(join(folder, file), await content(file));
  }
  return folder;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-model-import-'));
  modelsDir = join(dir, 'models');
  speech = createSpeechService({ modelsDir });
  opts = { modelsDir, recordHashes: true, testLoad: (staged) => speech.testLoad(staged) };
  await importModel(TINY, FIXTURE, opts);
});
afterAll(async () => {
  await speech.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('importing over a working model', () => {
  it('refuses seven right names with junk content, keeping the working model', async () => {
    const before = await installed();
    // ONNX junk that even starts with the ir_version byte, as a crafted file would.
    const junk = await folderOf('junk', async (file) => (file.endsWith('.onnx') ? Buffer.from([0x08, 0x07, ...Buffer.from('garbage, not a graph')]) : 'garbage'));
    await expect(importModel(TINY, junk, opts)).rejects.toThrow(/is not a usable tiny\.en folder: config\.json is not valid JSON; .*decoder_model_merged_quantized\.onnx is not a whole ONNX model .*; nothing was changed$/);
    expect(await installed()).toEqual(before);
    expect((await statusOf(modelsDir, TINY)).valid).toBe(true);
  });

  it('refuses a config.json linked to /etc/passwd without reading it', async () => {
    const linked = await folderOf('linked', (file) => readFile(join(FIXTURE, file)));
    await rm(join(linked, 'config.json'));
    await symlink('/etc/passwd', join(linked, 'config.json'));
    await expect(importModel(TINY, linked, opts)).rejects.toThrow(/config\.json is a link to another file; copy the real files into a plain folder/);
    expect((await installed())['config.json']).toEqual(await readFile(join(FIXTURE, 'config.json')));
  });

  it.each([
    // 169 op names in the decoder's graph renamed: a whole, well-formed ONNX file that ONNX Runtime cannot build a session from.
    ['an ONNX graph with an operator nobody implements', async (folder: string) => {
      const file = join(folder, 'onnx/decoder_model_merged_quantized.onnx');
      await writeFile(file, Buffer.from((await readFile(file)).toString('latin1').replaceAll('MatMul', 'MatMuX'), 'latin1'));
    }],
    // Both files are valid models, so they load; the first second of audio finds the inputs wrong.
    ['the encoder and decoder swapped', async (folder: string) => {
      await cp(join(FIXTURE, 'onnx/encoder_model_quantized.onnx'), join(folder, 'onnx/decoder_model_merged_quantized.onnx'));
      await cp(join(FIXTURE, 'onnx/decoder_model_merged_quantized.onnx'), join(folder, 'onnx/encoder_model_quantized.onnx'));
    }],
  ])('refuses %s (it passes every file check but does not load), and the working model still transcribes', async (_name, damage) => {
    const before = await installed();
    const heard = await speech.transcribe(reply(), { model: 'tiny.en' });
    const folder = join(dir, `damaged-${Math.random().toString(36).slice(2)}`);
    await cp(FIXTURE, folder, { recursive: true });
    await damage(folder);
    expect(await checkModelFolder(folder)).toEqual([]);
    await expect(importModel(TINY, folder, opts)).rejects.toThrow(/^the new tiny\.en files do not load in the speech engine \(.+\); the model in place was kept$/);
    expect(await installed()).toEqual(before);
    expect((await readdir(modelsDir)).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(await speech.transcribe(reply(), { model: 'tiny.en' })).toEqual(heard);
  });

  it('refuses a download that passes every file check but does not load, in the fetch child as the app runs it, keeping the working model', async () => {
    const before = await installed();
    const served = join(dir, 'served-damaged');
    await cp(FIXTURE, served, { recursive: true });
    await cp(join(FIXTURE, 'onnx/encoder_model_quantized.onnx'), join(served, 'onnx/decoder_model_merged_quantized.onnx'));
    await cp(join(FIXTURE, 'onnx/decoder_model_merged_quantized.onnx'), join(served, 'onnx/encoder_model_quantized.onnx'));
    const host = await startModelHost({ root: served });
    try {
      const child = spawn(process.execPath, [...fetcherCommand(), '--model', 'tiny.en', '--models-dir', modelsDir], { env: { ...process.env, ATTUNE_MODEL_HOST: host.url }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      const code = await new Promise((done) => child.once('exit', done));
      const last = out.trim().split('\n').map(parseFetchLine).filter(Boolean).at(-1);
      expect(code).toBe(1);
      expect(last).toMatchObject({ type: 'error', kind: 'failed' });
      expect((last as { message: string }).message).toMatch(/^the new tiny\.en files do not load in the speech engine \(.+\); the model in place was kept$/);
    } finally {
      await host.close();
    }
    expect(await installed()).toEqual(before);
    expect((await readdir(modelsDir)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('swaps in a good model whole after its test load, leaving no staging or old folders behind; the next reply uses it', async () => {
    const plain = await speech.transcribe(reply(), { model: 'tiny.en' });
    expect(plain.wordTimestamps).toBe('estimated');
    const other = join(dir, 'attn');
    await cp('test/fixtures/tiny-whisper-attn', other, { recursive: true });
    const installedAt = await importModel(TINY, other, opts);
    await speech.forget(installedAt);
    expect((await installed())['onnx/decoder_model_merged_quantized.onnx']).toEqual(await readFile(join(other, 'onnx/decoder_model_merged_quantized.onnx')));
    expect((await statusOf(modelsDir, TINY)).valid).toBe(true);
    expect((await readdir(modelsDir)).filter((n) => n.startsWith('.'))).toEqual([]);
    // The attention fixture gives word times from the model: the warm copy of the old model was dropped.
    expect((await speech.transcribe(reply(), { model: 'tiny.en' })).wordTimestamps).toBe('model');
  });
});
