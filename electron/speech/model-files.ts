/** The files a Whisper model folder must hold (the Xenova/whisper-*.en layout) and checks on them. */
import { lstat, open, readFile, stat } from 'node:fs/promises';
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

/** Largest JSON file of a model (tokenizer.json of whisper-*.en is about 2 MB). */
const MAX_JSON_BYTES = 32 * 1024 * 1024;
/** Largest ONNX file (the base.en decoder is about 60 MB quantized; the large models never fit here). */
const MAX_ONNX_BYTES = 2 * 1024 ** 3;

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

/**
 * Whether an ONNX file is laid out as a whole ModelProto: after ir_version, the short fields
 * (producer, domain, version, doc string) and then the graph (field 7), whose declared length fits
 * in the file. Junk that merely starts with the ir_version byte fails here, not at transcription.
 */
export async function onnxHasGraph(path: string, size: number): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    let pos = 0;
    while (pos < bytes.length) {
      const [tag, afterTag] = readVarint(bytes, pos);
      if (!Number.isFinite(tag)) return false;
      const field = Math.floor(tag / 8);
      const wire = tag % 8;
      if (wire === 0) {
        pos = readVarint(bytes, afterTag)[1];
        continue;
      }
      if (wire !== 2) return false;
      const [length, start] = readVarint(bytes, afterTag);
      if (!Number.isFinite(length)) return false;
      if (field === 7) return start + length <= size;
      // Only the short header fields may come before the graph.
      if (field > 6) return false;
      pos = start + length;
    }
    return false;
  } finally {
    await handle.close();
  }
}

/** Options for checkModelFolder. */
export interface FolderCheckOptions {
  /** Refuse files that are links (an import source: a link could lead anywhere, e.g. /etc/passwd). */
  refuseLinks?: boolean;
}

/** What is wrong with a model folder; an empty list means it is usable. */
export async function checkModelFolder(dir: string, options: FolderCheckOptions = {}): Promise<string[]> {
  const problems: string[] = [];
  for (const file of MODEL_FILES) {
    const path = join(dir, file);
    let size: number;
    try {
      const link = await lstat(path);
      if (link.isSymbolicLink() && options.refuseLinks) {
        problems.push(`${file} is a link to another file; copy the real files into a plain folder (for example with "cp -rL") and import that`);
        continue;
      }
      const info = link.isSymbolicLink() ? await stat(path) : link;
      if (!info.isFile()) {
        problems.push(`${file} is not a plain file`);
        continue;
      }
      if (info.size === 0) {
        problems.push(`${file} is empty`);
        continue;
      }
      size = info.size;
    } catch {
      problems.push(`${file} is missing`);
      continue;
    }
    if (file.endsWith('.json')) {
      if (size > MAX_JSON_BYTES) problems.push(`${file} is ${Math.round(size / 1024 / 1024)} MB, far larger than a model's settings file`);
      else if (!(await isJsonObject(path))) problems.push(`${file} is not valid JSON`);
      continue;
    }
    if (size > MAX_ONNX_BYTES) {
      problems.push(`${file} is larger than any Whisper model Attune can run`);
      continue;
    }
    const ir = await onnxIrVersion(path);
    if (ir === null) problems.push(`${file} is not an ONNX model`);
    else if (ir > MAX_ONNX_IR_VERSION) {
      problems.push(
        `${file} uses ONNX IR version ${ir}, but the bundled onnxruntime 1.14 reads version ${MAX_ONNX_IR_VERSION} at most; use an export made for transformers.js 2.x (such as Xenova's) or re-save it with IR ${MAX_ONNX_IR_VERSION}`,
      );
    } else if (!(await onnxHasGraph(path, size))) problems.push(`${file} is not a whole ONNX model (damaged or not a model at all)`);
  }
  return problems;
}

/** True when the file parses as a JSON object (every settings file of a model is one). */
async function isJsonObject(path: string): Promise<boolean> {
  try {
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}
