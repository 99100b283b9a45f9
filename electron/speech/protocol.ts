/** Messages between the speech service (main thread) and its worker. */
import type { SpeechProgress } from '../../shared/types/speech';
import type { LogMelEngine } from './transformers-adapter';
import type { ResolvedModel } from './resolve-model';

/** One timed piece of text (a segment, or a word) as transformers.js returns it (end is null when Whisper gave none). */
export interface RawChunk {
  timestamp: [number | null, number | null];
  text: string;
}

/** Requests the worker handles. */
export type WorkerRequest =
  | { type: 'transcribe'; id: number; samples: Float32Array; model: ResolvedModel; logMel: LogMelEngine }
  | { type: 'network-attempts'; id: number }
  /** Loads a model folder afresh and transcribes a second of silence with it, keeping nothing (a model import's check before the swap). */
  | { type: 'test-load'; id: number; model: ResolvedModel }
  /** Drops the warm pipeline of a folder whose files were replaced, so the next reply loads the new ones. */
  | { type: 'forget'; id: number; dir: string };

/** Replies and pushes from the worker. */
export type WorkerReply =
  | { type: 'progress'; id: number; progress: SpeechProgress }
  | { type: 'transcribed'; id: number; text: string; chunks: RawChunk[]; words: RawChunk[] | null; wordError: string | null }
  | { type: 'network-attempts'; id: number; attempts: string[] }
  | { type: 'loaded'; id: number }
  | { type: 'forgotten'; id: number }
  | { type: 'error'; id: number; name: string; message: string };

/** Whisper's window; longer audio is cut into overlapping windows. */
export const CHUNK_SEC = 30;
/** Overlap on each side of a window, merged away by transformers.js. */
export const STRIDE_SEC = 5;
