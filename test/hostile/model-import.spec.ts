/** Model import that cannot break a working model (issue #14): junk and links are refused, and the installed model stays byte for byte. */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importModel } from '../../electron/speech/install-model';
import { MODEL_FILES } from '../../electron/speech/model-files';
import { statusOf } from '../../electron/speech/model-status';
import { knownModel } from '../../electron/speech/registry';

const TINY = knownModel('tiny.en')!;
const FIXTURE = 'test/fixtures/tiny-whisper';
let dir: string;
let modelsDir: string;

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
  await importModel(TINY, FIXTURE, { modelsDir, recordHashes: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('importing over a working model', () => {
  it('refuses seven right names with junk content, keeping the working model', async () => {
    const before = await installed();
    // ONNX junk that even starts with the ir_version byte, as a crafted file would.
    const junk = await folderOf('junk', async (file) => (file.endsWith('.onnx') ? Buffer.from([0x08, 0x07, ...Buffer.from('garbage, not a graph')]) : 'garbage'));
    await expect(importModel(TINY, junk, { modelsDir, recordHashes: true })).rejects.toThrow(/is not a usable tiny\.en folder: config\.json is not valid JSON; .*decoder_model_merged_quantized\.onnx is not a whole ONNX model .*; nothing was changed$/);
    expect(await installed()).toEqual(before);
    expect((await statusOf(modelsDir, TINY)).valid).toBe(true);
  });

  it('refuses a config.json linked to /etc/passwd without reading it', async () => {
    const linked = await folderOf('linked', (file) => readFile(join(FIXTURE, file)));
    await rm(join(linked, 'config.json'));
    await symlink('/etc/passwd', join(linked, 'config.json'));
    await expect(importModel(TINY, linked, { modelsDir, recordHashes: true })).rejects.toThrow(/config\.json is a link to another file; copy the real files into a plain folder/);
    expect((await installed())['config.json']).toEqual(await readFile(join(FIXTURE, 'config.json')));
  });

  it('swaps in a good model whole, leaving no staging or old folders behind', async () => {
    const other = join(dir, 'attn');
    await cp('test/fixtures/tiny-whisper-attn', other, { recursive: true });
    await importModel(TINY, other, { modelsDir, recordHashes: true });
    expect((await installed())['onnx/decoder_model_merged_quantized.onnx']).toEqual(await readFile(join(other, 'onnx/decoder_model_merged_quantized.onnx')));
    expect((await statusOf(modelsDir, TINY)).valid).toBe(true);
    expect((await readdir(modelsDir)).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
