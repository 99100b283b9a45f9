/** The committed tiny Whisper-architecture model (see scripts/make-tiny-whisper.py). */
import { resolve } from 'node:path';

/** Folder of the tiny fixture model, usable as `--model DIR`. */
export const TINY_WHISPER_DIR = resolve(import.meta.dirname, '../fixtures/tiny-whisper');
