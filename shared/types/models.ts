/** The Whisper models Attune knows by name: the one list every layer takes them from. */
import { z } from 'zod';

/** Short names, as on the command line and in settings.json. */
export const MODEL_NAMES = ['tiny.en', 'base.en'] as const;

/** A model Attune knows by name. */
export type ModelName = (typeof MODEL_NAMES)[number];

/** The model a new install uses. */
export const DEFAULT_MODEL: ModelName = 'tiny.en';

/** Validates a model name at the edge (IPC requests, settings.json). */
export const modelNameSchema = z.enum(MODEL_NAMES);
