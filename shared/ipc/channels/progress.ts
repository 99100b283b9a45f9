/** The Progress channel: scores over time, streaks and flag trends. */
import { z } from 'zod';
import type { ProgressSummary } from '../../types/progress';
import { channel } from '../channel';

/** Channels of the progress feature (electron/features/progress.ts). */
export const progressChannels = {
  'progress:summary': channel('progressSummary', z.strictObject({ timeZone: z.string().min(1).max(64) })).returns<ProgressSummary & { unreadable: number }>(),
};
