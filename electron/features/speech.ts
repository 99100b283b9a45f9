/**
 * Speech features: model status and transcription of a recorded reply.
 * The speech pipeline (electron/speech) is not on main yet; until it is, the app says plainly
 * that speaking is unavailable and typed practice works. Replaced when the pipeline lands.
 */
import type { Delivery, Transcript } from '../domain/speech/types';
import type { ModelStatus } from '../ipc/contract';
import type { AppContext } from './context';

const NOT_BUILT = 'Speech recognition is not part of this build yet, so replies are typed.';

/** Whether a Whisper model is present in the models folder. */
export async function speechStatus(ctx: AppContext): Promise<ModelStatus> {
  return { present: false, model: 'tiny.en', modelsDir: ctx.modelsDir, message: NOT_BUILT };
}

/** A transcribed reply: transcript, delivery measures and the 16-bit WAV to store. */
export interface SpokenReply {
  transcript: Transcript;
  delivery: Delivery;
  wav: Uint8Array;
}

/** Transcribes 16 kHz mono samples in the speech worker. */
export async function transcribeReply(_ctx: AppContext, _audio: Float32Array): Promise<SpokenReply> {
  throw new Error(NOT_BUILT);
}

/** Transcribes without scoring (for a level or model test). */
export async function transcribe(ctx: AppContext, { audio }: { audio: Float32Array }): Promise<Transcript> {
  return (await transcribeReply(ctx, audio)).transcript;
}
