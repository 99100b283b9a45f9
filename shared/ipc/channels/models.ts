/** Model channels: which Whisper models are installed, importing a folder, fetching one (and stopping). */
import { z } from 'zod';
import { modelNameSchema } from '../../types/models';
import type { ModelStatus } from '../../types/speech';
import { channel, noRequest, place } from '../channel';

/** Channels of the models feature (electron/features/models.ts; fetching: model-fetch.ts). */
export const modelsChannels = {
  'models:status': channel('modelsStatus', noRequest).returns<{ modelsDir: string; models: (ModelStatus & { bytes: number | null })[] }>(),
  'models:import': channel('importModel', z.strictObject({ name: modelNameSchema, ...place('path') })).returns<{ installedAt: string }>(),
  'models:fetch': channel('fetchModel', z.strictObject({ name: modelNameSchema })).returns<{ installedAt: string }>(),
  'models:cancelFetch': channel('cancelModelFetch', noRequest).returns<{ cancelled: boolean }>(),
};
