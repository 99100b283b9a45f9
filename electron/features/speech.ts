/**
 * Speech features: whether a model is ready, and turning a recorded reply into a transcript,
 * delivery measures and the WAV to keep. Whisper runs in the speech service's worker thread
 * (electron/speech), never on the main thread; progress is pushed to the UI as events.
 */
import { encodeWav16 } from '../domain/audio/wav';
import { SAMPLE_RATE } from '../../shared/audio';
import { computeDelivery } from '../domain/speech/delivery';
import type { Delivery, Transcript } from '../../shared/types/speech';
import type { SpeechReadiness } from '../../shared/ipc/contract';
import { createSpeechService, type SpeechService } from '../speech/service';
import { checkModelFolder } from '../speech/model-files';
import { statusOf } from '../speech/model-status';
import { DEFAULT_MODEL, knownModel } from '../speech/registry';
import { ModelNotFoundError, resolveModel } from '../speech/resolve-model';
import { readSettings } from '../storage/settings/store';
import type { AppContext, Handlers } from './context';
import { clearSlot, createSlot, slot } from './slots';

/** The app's speech service, once started. */
export const SPEECH_SLOT = createSlot<SpeechService>('speech');

/** The one speech service of this app: its worker starts on first use and stays warm. */
export function speechService(ctx: AppContext): SpeechService {
  return slot(ctx, SPEECH_SLOT, () => createSpeechService({ modelsDir: ctx.modelsDir, workerUrl: ctx.speechWorkerUrl }));
}

/** Stops the speech worker, if it was started. */
export async function disposeSpeech(ctx: AppContext): Promise<void> {
  await clearSlot(ctx, SPEECH_SLOT)?.dispose();
}

/**
 * The model replies are transcribed with: the host's explicit choice (`--model`, tests), else
 * the one picked in Settings, else tiny.en.
 */
async function modelOf(ctx: AppContext): Promise<string> {
  if (ctx.speechModel) return ctx.speechModel;
  return (await readSettings(ctx.dataDir).catch(() => undefined))?.model ?? DEFAULT_MODEL;
}

/** Whether the model is installed and usable, and if not, what to do. */
export async function speechStatus(ctx: AppContext): Promise<SpeechReadiness> {
  const model = await modelOf(ctx);
  const known = knownModel(model);
  if (known) {
    const status = await statusOf(ctx.modelsDir, known);
    const ready = status.present && status.valid;
    return {
      present: ready,
      model: known.name,
      modelsDir: ctx.modelsDir,
      download: { name: known.name, approxMb: known.approxMb },
      message: ready
        ? `Whisper ${known.name} is installed.`
        : status.present
          ? `The ${known.name} speech model in ${status.path} cannot be used: ${status.problems.join('; ')}.`
          : `No speech model is installed: Whisper ${known.name} (about ${known.approxMb} MB) is missing from ${status.path}.`,
    };
  }
  let problems: string[];
  try {
    problems = await checkModelFolder(resolveModel(ctx.modelsDir, model).dir);
  } catch (error) {
    problems = [(error as Error).message];
  }
  return {
    present: problems.length === 0,
    model,
    modelsDir: ctx.modelsDir,
    message: problems.length === 0 ? `Using the speech model in ${model}.` : `The speech model folder ${model} cannot be used: ${problems.join('; ')}.`,
  };
}

/** A transcribed reply: transcript, delivery measures and the 16-bit WAV to store. */
export interface SpokenReply {
  transcript: Transcript;
  delivery: Delivery;
  wav: Uint8Array;
}

/** What the app says when the model is missing or broken; the CLI keeps the service's how-to-fix text (paths, commands). */
export const MODEL_MISSING = 'The speech model is missing or damaged. Download it again in Settings, or type your reply.';

/** Transcribes 16 kHz mono samples in the speech worker, pushing progress to the UI. */
export async function transcribeReply(ctx: AppContext, audio: Float32Array): Promise<SpokenReply> {
  const wav = encodeWav16(audio, SAMPLE_RATE);
  const transcript = await speechService(ctx)
    .transcribe(audio, {
      model: await modelOf(ctx),
      onProgress: (progress) => ctx.emit('speech:progress', progress),
    })
    .catch((error: unknown) => {
      if (error instanceof ModelNotFoundError) throw new Error(MODEL_MISSING);
      throw error;
    });
  return { transcript, delivery: computeDelivery(audio, transcript, SAMPLE_RATE), wav };
}

/** Transcribes without scoring (for a microphone or model test). */
export async function transcribe(ctx: AppContext, { audio }: { audio: Float32Array }): Promise<Transcript> {
  return (await transcribeReply(ctx, audio)).transcript;
}

/** The speech channels, served here. */
export const speechHandlers = {
  'speech:status': speechStatus,
  'speech:transcribe': transcribe,
} satisfies Handlers;
