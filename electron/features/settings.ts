/** Settings features: read and change the settings; a retention period is applied when set and at start. */
import type { RetentionResult } from '../../shared/types/archive';
import type { Settings, SettingsPatch } from '../../shared/types/settings';
import { applyRetention } from '../storage/sessions/retention';
import { readSettings, updateSettings } from '../storage/settings/store';
import type { DataFolders, Handlers } from './context';
import { forgetLive } from './live';
import { markDeleted, onAllSessions } from './session-queue';

/** The stored settings. */
export async function getSettings(ctx: Pick<DataFolders, 'dataDir'>): Promise<Settings> {
  return readSettings(ctx.dataDir);
}

/** Changes settings; a new retention period is applied at once, and what it deleted is reported. */
export async function setSettings(ctx: DataFolders, patch: SettingsPatch): Promise<{ settings: Settings; retention: RetentionResult }> {
  const settings = await updateSettings(ctx.dataDir, patch);
  const retention = patch.retentionDays !== undefined ? await retain(ctx, settings.retentionDays) : { deleted: [], kept: 0, skipped: [] };
  return { settings, retention };
}

/** Applies the stored retention period (at startup). */
export async function applyStoredRetention(ctx: DataFolders): Promise<RetentionResult> {
  return retain(ctx, (await readSettings(ctx.dataDir)).retentionDays);
}

/** Retention, after all work on sessions; what it deletes can never be saved again. */
async function retain(ctx: DataFolders, days: Settings['retentionDays']): Promise<RetentionResult> {
  const result = await onAllSessions(ctx, () => applyRetention(ctx.store, days));
  markDeleted(ctx, result.deleted);
  return result;
}

/** The settings channels, served here. */
export const settingsHandlers = {
  'settings:get': getSettings,
  'settings:set': async (ctx, patch) => {
    const result = await setSettings(ctx, patch);
    forgetLive(ctx, result.retention.deleted);
    return result;
  },
} satisfies Handlers;
