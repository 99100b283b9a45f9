/**
 * The user's settings, stored in `<dataDir>/settings.json`: one zod schema, from which the type is
 * inferred. Fields may be added; a missing or broken field falls back to its default.
 */
import { z } from 'zod';
import { DEFAULT_MODEL, modelNameSchema } from './models';

export type { ModelName } from './models';

/** Each setting and the values it may take. */
export const settingsSchema = z.object({
  /** The chosen microphone's deviceId; null means the system default. */
  microphoneId: z.string().max(512).nullable(),
  model: modelNameSchema,
  /** Delete sessions started more than this many days ago; null keeps them forever. */
  retentionDays: z.number().int().min(1).max(36500).nullable(),
  /** Predict, then reveal: after each reply, guess its score before seeing it. */
  predictScores: z.boolean(),
});

/** Everything the Settings screen can change. */
export type Settings = z.infer<typeof settingsSchema>;

/** Settings as a new install starts: default microphone, the small model, keep forever. */
export const DEFAULT_SETTINGS: Settings = { microphoneId: null, model: DEFAULT_MODEL, retentionDays: null, predictScores: false };

/** Schema of a settings change: any of the settings, nothing else. */
export const settingsPatchSchema = settingsSchema.partial().strict();

/** A partial change to the settings. */
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
