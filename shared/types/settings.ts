/** The user's settings, stored in `<dataDir>/settings.json`. Fields may be added; keep defaults for old files. */

/** The Whisper models Attune knows by name. */
export type ModelName = 'tiny.en' | 'base.en';

/** Everything the Settings screen can change. */
export interface Settings {
  /** The chosen microphone's deviceId; null means the system default. */
  microphoneId: string | null;
  model: ModelName;
  /** Delete sessions started more than this many days ago; null keeps them forever. */
  retentionDays: number | null;
}

/** Settings as a new install starts: default microphone, the small model, keep forever. */
export const DEFAULT_SETTINGS: Settings = { microphoneId: null, model: 'tiny.en', retentionDays: null };
