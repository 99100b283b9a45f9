/** Reads and writes `settings.json`: validated on the way in, written atomically, defaults for anything missing. */
import { readBounded } from '../files/read-bounded';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic';
import { DEFAULT_SETTINGS, settingsPatchSchema, settingsSchema, type Settings, type SettingsPatch } from '../../../shared/types/settings';

export const SETTINGS_FILE = 'settings.json';

/** Reads the settings; a missing file gives the defaults, a broken field falls back to its default. */
export async function readSettings(dataDir: string): Promise<Settings> {
  let raw: unknown;
  try {
    raw = JSON.parse((await readBounded(join(dataDir, SETTINGS_FILE), { maxBytes: 64 * 1024 })).toString('utf8'));
  } catch {
    // Missing or unreadable: a settings file is not worth failing the app over.
    return { ...DEFAULT_SETTINGS };
  }
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  // Field by field, so one broken value costs only that setting.
  const fields = Object.entries(settingsSchema.shape).map(([key, schema]) => {
    const field = schema.safeParse(record[key]);
    return [key, field.success ? field.data : DEFAULT_SETTINGS[key as keyof Settings]];
  });
  return settingsSchema.parse(Object.fromEntries(fields));
}

/** Applies a validated change and stores the result atomically. */
export async function updateSettings(dataDir: string, patch: SettingsPatch): Promise<Settings> {
  const changes = Object.entries(settingsPatchSchema.parse(patch)).filter(([, value]) => value !== undefined);
  const next = settingsSchema.parse({ ...(await readSettings(dataDir)), ...Object.fromEntries(changes) });
  await writeFileAtomic(join(dataDir, SETTINGS_FILE), JSON.stringify(next, null, 2) + '\n');
  return next;
}
