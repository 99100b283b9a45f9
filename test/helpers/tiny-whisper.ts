/** The committed tiny Whisper-architecture models (see scripts/make-tiny-whisper.py). */
import { resolve } from 'node:path';

/** Folder of the tiny fixture model, usable as `--model DIR`. */
export const TINY_WHISPER_DIR = resolve(import.meta.dirname, '../fixtures/tiny-whisper');
/** The same model with attention outputs and alignment_heads, so it gives word timestamps. */
export const TINY_WHISPER_ATTN_DIR = resolve(import.meta.dirname, '../fixtures/tiny-whisper-attn');
/**
 * Where the attention fixture's alignment head "hears" each word of its first window (seconds
 * from the start of the transcribed audio): ALIGNMENT in the generator, a word ending where the
 * next token starts.
 */
export const TINY_WHISPER_WORD_TIMES: [string, number, number][] = [
  ['it', 0.1, 0.3],
  ['sounds', 0.3, 0.7],
  ['really', 0.7, 1.1],
  ['hard', 1.1, 1.5],
  ['tell', 1.7, 2.0],
  ['me', 2.0, 2.2],
  ['more', 2.2, 2.5],
  ['about', 2.5, 2.8],
  ['what', 2.8, 2.95],
  ['happened', 2.95, 3.1],
];
