/** Speech channels: whether a Whisper model is ready, and transcribing a recording. */
import { z } from 'zod';
import type { ModelName } from '../../types/models';
import type { Transcript } from '../../types/speech';
import { audio, channel, noRequest } from '../channel';

/** Whether a Whisper model is on disk, and what to do when it is not. */
export interface SpeechReadiness {
  present: boolean;
  model: string;
  modelsDir: string;
  message: string;
  /** The chosen model when Attune can download it (a known model), with its approximate size. */
  download?: { name: ModelName; approxMb: number };
}

/** Channels of the speech feature (electron/features/speech.ts). */
export const speechChannels = {
  'speech:status': channel('speechStatus', noRequest).returns<SpeechReadiness>(),
  'speech:transcribe': channel('transcribe', z.strictObject({ audio })).returns<Transcript>(),
};
