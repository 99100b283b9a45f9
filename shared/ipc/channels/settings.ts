/** Settings channels: read them, change some (a new retention period is applied at once). */
import type { RetentionResult } from '../../types/archive';
import { settingsPatchSchema, type Settings } from '../../types/settings';
import { channel, noRequest } from '../channel';

/** Channels of the settings feature (electron/features/settings.ts). */
export const settingsChannels = {
  'settings:get': channel('getSettings', noRequest).returns<Settings>(),
  'settings:set': channel('setSettings', settingsPatchSchema).returns<{ settings: Settings; retention: RetentionResult }>(),
};
