/** Reads and writes `settings.json`: validated on the way in, written atomically, defaults for anything missing. */
import { readBounded } from '../files/read-bounded';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../archive/atomic';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/types/settings';

export const SETTINGS_FILE = 'settings.json';

/** Schema of a settings change; also used to validate the stored file field by field. */
export const settingsPatchSchema = z.strictObject({
  microphoneId: z.string().max(512).nullable().optional(),
  model: z.enum(['tiny.en', 'base.en']).optional(),
  retentionDays: z.number().int().min(1).max(36500).nullable().optional(),
});

/** A partial change to the settings. */
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Reads the settings; a missing file gives the defaults, a broken field falls back to its default. */
export async function readSettings(dataDir: string): Promise<Settings> {
  let raw: unknown;
  try {
    raw = JSON.parse((await readBounded(join(dataDir, SETTINGS_FILE), { maxBytes: 64 * 1024 })).toString('utf8'));
  } catch {
    // Missing or unreadable: a settings file is not worth failing the app over.
    return { ...DEFAULT_SETTINGS };
  }
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = settingsPatchSchema.shape[key].safeParse(record[key]);
    if (field.success && field.data !== undefined) (settings as unknown as Record<string, unknown>)[key] = field.data;
  }
  return settings;
}

/** Applies a validated change and stores the result atomically. */
export async function updateSettings(dataDir: string, patch: SettingsPatch): Promise<Settings> {
  const parsed = settingsPatchSchema.parse(patch);
  const next: Settings = { ...(await readSettings(dataDir)) };
  for (const [key, value] of Object.entries(parsed)) {
    if (value !== undefined) (next as unknown as Record<string, unknown>)[key] = value;
  }
  await writeFileAtomic(join(dataDir, SETTINGS_FILE), JSON.stringify(next, null, 2) + '\n');
  return next;
}
