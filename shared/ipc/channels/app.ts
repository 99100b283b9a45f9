/** The app's channel: what the first paint needs. */
import { channel, noRequest } from '../channel';
import type { SpeechReadiness } from './speech';

/** Channels of the app feature (electron/features/app.ts). */
export const appChannels = {
  'app:status': channel('appStatus', noRequest).returns<{ dataDir: string; model: SpeechReadiness }>(),
};
