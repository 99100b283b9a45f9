/** "Your data" channels: where the data lives, opening its folder, deleting all of it. */
import { z } from 'zod';
import { channel, noRequest } from '../channel';

/** Where the user's data lives, and how much there is (Settings → Your data). */
export interface DataLocation {
  dataDir: string;
  sessionsDir: string;
  exportsDir: string;
  sessionCount: number;
  bytes: number;
}

/** Channels of the data feature (electron/features/data.ts; opening a folder: folders.ts). */
export const dataChannels = {
  'data:location': channel('dataLocation', noRequest).returns<DataLocation>(),
  'data:deleteAll': channel('deleteAllData', z.strictObject({ confirm: z.string().max(40) })).returns<{ deleted: number }>(),
  'data:openFolder': channel('openFolder', z.strictObject({ folder: z.enum(['data', 'models']) })).returns<{ opened: string }>(),
};
