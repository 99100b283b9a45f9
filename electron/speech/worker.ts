/**
 * The speech worker: runs transformers.js Whisper off the main thread. The network guard is
 * installed before transformers.js is even imported, and models are only read from disk.
 */
import { parentPort } from 'node:worker_threads';
import { SAMPLE_RATE } from '../../shared/audio';
import { installLogMel, type LogMelEngine, type WhisperPipeline } from './transformers-adapter';
import { installNetworkGuard, networkAttempts } from './network-guard';
import { CHUNK_SEC, STRIDE_SEC, type WorkerReply, type WorkerRequest } from './protocol';
import type { ResolvedModel } from './resolve-model';
import { installWordTimestamps, transcribeWindows } from './word-timestamps';

installNetworkGuard();
const { env, pipeline, Tensor } = await import('@xenova/transformers');
env.allowRemoteModels = false;
// The file cache is consulted before the local folder, so it would shadow the models we check.
env.useFSCache = false;
env.useBrowserCache = false;

type Asr = WhisperPipeline & { processor: { feature_extractor: Parameters<typeof installLogMel>[0] }; dispose?(): Promise<void> };
const loaded = new Map<string, Promise<Asr>>();
/** The log-mel engine of the request being transcribed (requests run one at a time). */
let currentLogMel: LogMelEngine = 'attune';

function post(reply: WorkerReply): void {
  parentPort!.postMessage(reply);
}

/** Loads a model's pipeline with Attune's patches installed (the one loading path of every use). */
function loadPipeline(model: ResolvedModel, onProgress: (fraction: number | null, message: string) => void): Promise<Asr> {
  env.localModelPath = model.root;
  onProgress(null, `loading ${model.label}`);
  return pipeline('automatic-speech-recognition', model.id, {
    quantized: true,
    local_files_only: true,
    progress_callback: (p: { status: string; file?: string; progress?: number }) => {
      if (p.status === 'progress' && typeof p.progress === 'number') onProgress(p.progress / 100, `loading ${p.file ?? model.label}`);
    },
  }).then((asr) => {
    const typed = asr as unknown as Asr;
    installLogMel(typed.processor.feature_extractor, Tensor, () => currentLogMel);
    installWordTimestamps(typed, Tensor);
    return typed;
  });
}

/** Loads a model once and keeps it warm for later replies. */
function load(model: ResolvedModel, id: number): Promise<Asr> {
  let ready = loaded.get(model.dir);
  if (!ready) {
    ready = loadPipeline(model, (fraction, message) => post({ type: 'progress', id, progress: { stage: 'loading', fraction, message } }));
    loaded.set(model.dir, ready);
    ready.catch(() => loaded.delete(model.dir));
  }
  return ready;
}

/**
 * A model import's last check before the swap: the staged folder is loaded the way a reply would
 * load it and transcribes a second of silence; nothing is kept warm. Files that pass the header
 * checks but that ONNX Runtime or the tokenizer cannot use fail here, while the old model is in place.
 */
async function testLoad(id: number, model: ResolvedModel): Promise<void> {
  const asr = await loadPipeline(model, () => undefined);
  try {
    currentLogMel = 'attune';
    await transcribeWindows(asr, new Float32Array(SAMPLE_RATE), { chunking: null, onWindow: () => undefined });
  } finally {
    await asr.dispose?.();
  }
  post({ type: 'loaded', id });
}

/** Forgets the warm pipeline of `dir` (its files were replaced). */
async function forget(id: number, dir: string): Promise<void> {
  const warm = loaded.get(dir);
  loaded.delete(dir);
  const asr = await warm?.catch(() => undefined);
  await asr?.dispose?.();
  post({ type: 'forgotten', id });
}

async function transcribe(id: number, samples: Float32Array, model: ResolvedModel, logMel: LogMelEngine): Promise<void> {
  const asr = await load(model, id);
  currentLogMel = logMel;
  const long = samples.length > CHUNK_SEC * SAMPLE_RATE;
  const jump = (CHUNK_SEC - 2 * STRIDE_SEC) * SAMPLE_RATE;
  const total = long ? Math.ceil(samples.length / jump) : 1;
  post({ type: 'progress', id, progress: { stage: 'transcribing', fraction: 0, message: `transcribing ${total} window${total === 1 ? '' : 's'}` } });
  const output = await transcribeWindows(asr, samples, {
    chunking: long ? { chunk_length_s: CHUNK_SEC, stride_length_s: STRIDE_SEC } : null,
    onWindow: (done) => {
      post({ type: 'progress', id, progress: { stage: 'transcribing', fraction: Math.min(1, done / total), message: `transcribed ${done} of ${total}` } });
    },
  });
  post({ type: 'transcribed', id, ...output });
}

// One reply at a time: a second recording waits for the first instead of competing for the CPU.
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (request: WorkerRequest) => {
  if (request.type === 'network-attempts') {
    post({ type: 'network-attempts', id: request.id, attempts: networkAttempts() });
    return;
  }
  const work = (): Promise<void> => {
    if (request.type === 'test-load') return testLoad(request.id, request.model);
    if (request.type === 'forget') return forget(request.id, request.dir);
    return transcribe(request.id, request.samples, request.model, request.logMel);
  };
  queue = queue.then(() =>
    work().catch((error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      post({ type: 'error', id: request.id, name: e.name, message: e.message });
    }),
  );
});
