import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MODEL_FILES, checkModelFolder, onnxIrVersion } from '../../../electron/speech/model-files';
import { makeTempDir } from '../../helpers/speech-wav';
import { TINY_WHISPER_DIR } from '../../helpers/tiny-whisper';

const tmp = makeTempDir();
afterAll(tmp.cleanup);

describe('model folder checks', () => {
  it('accepts the tiny fixture, whose ONNX files are IR version 8', async () => {
    expect(await checkModelFolder(TINY_WHISPER_DIR)).toEqual([]);
    expect(await onnxIrVersion(join(TINY_WHISPER_DIR, 'onnx/encoder_model_quantized.onnx'))).toBe(8);
    expect(await onnxIrVersion(join(TINY_WHISPER_DIR, 'onnx/decoder_model_merged_quantized.onnx'))).toBe(8);
  });

  it('keeps the fixture small and in the Xenova/whisper-tiny.en layout', () => {
    let bytes = 0;
    for (const file of MODEL_FILES) bytes += readFileSync(join(TINY_WHISPER_DIR, file)).length;
    expect(bytes).toBeLessThan(1_000_000);
  });

  it('explains an ONNX file newer than onnxruntime 1.14 can read', async () => {
    const dir = join(tmp.dir, 'newer');
    cpSync(TINY_WHISPER_DIR, dir, { recursive: true });
    const path = join(dir, 'onnx/encoder_model_quantized.onnx');
    const bytes = readFileSync(path);
    bytes[1] = 10; // ir_version 10, as recent exporters write
    writeFileSync(path, bytes);
    expect(await checkModelFolder(dir)).toEqual([
      'onnx/encoder_model_quantized.onnx uses ONNX IR version 10, but the bundled onnxruntime 1.14 reads version 8 at most; use an export made for transformers.js 2.x (such as Xenova\'s) or re-save it with IR 8',
    ]);
  });

  it('names missing and empty files', async () => {
    const dir = join(tmp.dir, 'partial');
    cpSync(TINY_WHISPER_DIR, dir, { recursive: true });
    rmSync(join(dir, 'tokenizer.json'));
    writeFileSync(join(dir, 'config.json'), '');
    expect(await checkModelFolder(dir)).toEqual(['config.json is empty', 'tokenizer.json is missing']);
  });
});
