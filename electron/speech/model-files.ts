/** The files a Whisper model folder must hold (the Xenova/whisper-*.en layout) and checks on them. */
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Files transformers.js reads for a quantized Whisper, relative to the model folder. */
export const MODEL_FILES = [
  'config.json',
  'generation_config.json',
  'preprocessor_config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'onnx/encoder_model_quantized.onnx',
  'onnx/decoder_model_merged_quantized.onnx',
] as const;

/** onnxruntime-node 1.14 (bundled with transformers.js 2.17.2) reads ONNX IR version 8 at most. */
export const MAX_ONNX_IR_VERSION = 8;

/** Reads a protobuf varint at `pos`; returns the value and the next position. */
function readVarint(bytes: Uint8Array, pos: number): [number, number] {
  let value = 0;
  let shift = 0;
  for (let i = pos; i < bytes.length && shift < 56; i++) {
    const b = bytes[i]!;
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if ((b & 0x80) === 0) return [value, i + 1];
  }
  return [NaN, bytes.length];
}

/** The ir_version (ModelProto field 1) of an ONNX file, or null if it is not at the start as serialisers write it. */
export async function onnxIrVersion(path: string): Promise<number | null> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(16);
    const { bytesRead } = await handle.read(head, 0, 16, 0);
    // Field 1, wire type 0 (varint): tag byte 0x08.
    if (bytesRead < 2 || head[0] !== 0x08) return null;
    const [value] = readVarint(head.subarray(0, bytesRead), 1);
    return Number.isFinite(value) ? value : null;
  } finally {
    await handle.close();
  }
}

/** What is wrong with a model folder; an empty list means it is usable. */
export async function checkModelFolder(dir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of MODEL_FILES) {
    const path = join(dir, file);
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size === 0) {
        problems.push(`${file} is empty`);
        continue;
      }
    } catch {
      problems.push(`${file} is missing`);
      continue;
    }
    if (file.endsWith('.onnx')) {
      const ir = await onnxIrVersion(path);
      if (ir === null) problems.push(`${file} is not an ONNX model`);
      else if (ir > MAX_ONNX_IR_VERSION) {
        problems.push(
          `${file} uses ONNX IR version ${ir}, but the bundled onnxruntime 1.14 reads version ${MAX_ONNX_IR_VERSION} at most; use an export made for transformers.js 2.x (such as Xenova's) or re-save it with IR ${MAX_ONNX_IR_VERSION}`,
        );
      }
    }
  }
  return problems;
}
