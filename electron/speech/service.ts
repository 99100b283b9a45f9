/**
 * The speech service the app and the CLI use: silence handling on the calling thread, Whisper
 * in a worker thread that loads each model once and keeps it warm.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SAMPLE_RATE } from '../../shared/audio';
import { trimSilence } from '../domain/audio/silence';
import { buildTranscript, noSpeechTranscript } from '../domain/speech/transcript';
import type { ModelStatus, SpeechProgress, Transcript } from '../../shared/types/speech';
import type { LogMelEngine } from './transformers-adapter';
import { checkModelFolder } from './model-files';
import { modelStatus } from './model-status';
import type { WorkerReply, WorkerRequest } from './protocol';
import { ModelNotFoundError, resolveModel, type ResolvedModel } from './resolve-model';
import { knownModel } from './registry';

/** Options for one transcription. */
export interface TranscribeOptions {
  /** A known model's name (shared/types/models.ts; default DEFAULT_MODEL) or a model folder. */
  model?: string;
  /** Log-mel implementation: Attune's (default) or transformers.js's own, kept for comparison. */
  logMel?: LogMelEngine;
  onProgress?(progress: SpeechProgress): void;
}

/** Local speech-to-text. */
export interface SpeechService {
  /** Transcribes 16 kHz mono samples; a recording with no speech returns `noSpeech: true` without running Whisper. */
  transcribe(samples: Float32Array, options?: TranscribeOptions): Promise<Transcript>;
  /** Which known models are installed and valid. */
  modelStatus(): Promise<ModelStatus[]>;
  /**
   * Loads the model folder `dir` in the worker as a reply would and transcribes a second of
   * silence, keeping nothing; rejects with the loader's own reason when the files do not load.
   */
  testLoad(dir: string): Promise<void>;
  /** Forgets what the service knows of the folder `dir` (its warm pipeline, its checks): its files were replaced. */
  forget(dir: string): Promise<void>;
  /** Network calls the worker refused (always empty unless something tried to phone out). */
  networkAttempts(): Promise<string[]>;
  /** Stops the worker; the service can no longer be used. */
  dispose(): Promise<void>;
}

/** The ESM build of tsx's register API (require.resolve would give the CommonJS one). */
function resolveTsxApi(base: string): string {
  const pkgPath = createRequire(base).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkgPath), pkg.exports['./esm/api']!.import.default)).href;
}

/**
 * The worker's .ts source, for the CLI, the dev host and tests (tsx). Electron's main passes the
 * built worker instead (`workerUrl`, from electron-vite's `?modulePath` in main/entries.ts).
 */
export function workerLocation(base: string = import.meta.url): URL {
  if (!base.endsWith('.ts')) throw new Error('The speech worker runs from source only under tsx; a built app must pass the built worker (workerUrl).');
  // Worker threads do not inherit tsx's loader (and Node 20 ignores --import in a worker's
  // execArgv), so a one-line bootstrap registers tsx and then imports the TypeScript worker.
  const tsxApi = resolveTsxApi(base);
  const source = new URL('./worker.ts', base).href;
  const bootstrap = `const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}

/** Throws a plain how-to-fix error when a model folder is missing or broken. */
async function ensureUsable(model: ResolvedModel): Promise<void> {
  const problems = await checkModelFolder(model.dir);
  if (problems.length === 0) return;
  const fix = knownModel(model.label)
    ? `run "npm run -s attune -- models fetch ${model.label} --record-hashes" (or "models import DIR --record-hashes" on a machine without internet)`
    : 'point --model at a folder with the Xenova/whisper-*.en layout';
  const missingAll = problems.every((p) => p.endsWith('is missing'));
  const what = missingAll ? `the ${model.label} model is not installed (looked in ${model.dir})` : `the ${model.label} model in ${model.dir} is unusable: ${problems[0]}`;
  throw new ModelNotFoundError(`${what}; ${fix}`);
}

/** Starts a speech service reading models from `modelsDir`; the worker starts on first use. */
export function createSpeechService(options: { modelsDir: string; workerUrl?: URL }): SpeechService {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(reply: WorkerReply): void; reject(error: Error): void; onProgress?: (p: SpeechProgress) => void }>();
  const checked = new Set<string>();

  function start(): Worker {
    if (worker) return worker;
    const w = new Worker(options.workerUrl ?? workerLocation());
    w.on('message', (reply: WorkerReply) => {
      const entry = pending.get(reply.id);
      if (!entry) return;
      if (reply.type === 'progress') {
        entry.onProgress?.(reply.progress);
        return;
      }
      pending.delete(reply.id);
      if (reply.type === 'error') {
        const error = new Error(reply.message);
        error.name = reply.name;
        entry.reject(error);
      } else entry.resolve(reply);
    });
    w.on('error', (error) => {
      for (const entry of pending.values()) entry.reject(error);
      pending.clear();
      worker = null;
    });
    w.on('exit', (code) => {
      for (const entry of pending.values()) entry.reject(new Error(`speech worker stopped (exit code ${code})`));
      pending.clear();
      worker = null;
    });
    worker = w;
    return w;
  }

  function ask(request: WorkerRequest, onProgress?: (p: SpeechProgress) => void, transfer: ArrayBuffer[] = []): Promise<WorkerReply> {
    const w = start();
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject, onProgress });
      w.postMessage(request, transfer);
    });
  }

  return {
    async transcribe(samples, opts = {}) {
      const model = resolveModel(options.modelsDir, opts.model);
      if (!checked.has(model.dir)) {
        await ensureUsable(model);
        checked.add(model.dir);
      }
      const durationSec = samples.length / SAMPLE_RATE;
      const trimmed = trimSilence(samples, SAMPLE_RATE);
      if (!trimmed.span.hasSpeech) return noSpeechTranscript(model.label, durationSec);
      // A copy is transferred so the caller keeps its samples.
      const copy = trimmed.samples.slice();
      const spanSec = copy.length / SAMPLE_RATE; // read before the buffer is transferred away
      const reply = await ask({ type: 'transcribe', id: nextId++, samples: copy, model, logMel: opts.logMel ?? 'attune' }, opts.onProgress, [copy.buffer]);
      if (reply.type !== 'transcribed') throw new Error(`unexpected reply from the speech worker: ${reply.type}`);
      const transcript = buildTranscript(reply.chunks, { model: model.label, offsetSec: trimmed.offsetSec, spanSec, durationSec, words: reply.words });
      const wordProblem = reply.wordError ?? (reply.words && transcript.wordTimestamps === 'estimated' ? "its word timestamps do not spell the segments' text" : null);
      // Logged, never thrown: the transcript is still good, with word times estimated from segments.
      if (wordProblem) console.warn(`attune: word timestamps from ${model.label} failed (${wordProblem}); word times are estimated from segments instead`);
      return transcript;
    },
    modelStatus: () => modelStatus(options.modelsDir),
    async testLoad(dir) {
      const model: ResolvedModel = { label: dir, dir, root: dirname(dir) + '/', id: basename(dir) };
      const reply = await ask({ type: 'test-load', id: nextId++, model });
      if (reply.type !== 'loaded') throw new Error(`unexpected reply from the speech worker: ${reply.type}`);
    },
    async forget(dir) {
      checked.delete(dir);
      // No worker yet means nothing is warm.
      if (worker) await ask({ type: 'forget', id: nextId++, dir });
    },
    async networkAttempts() {
      const reply = await ask({ type: 'network-attempts', id: nextId++ });
      return reply.type === 'network-attempts' ? reply.attempts : [];
    },
    async dispose() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
