/** Where model folders live: ATTUNE_MODELS_DIR, else the project's models/ folder. */
import { resolve } from 'node:path';

/** The models directory the CLI and scripts use (the app passes its own). */
export function defaultModelsDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.ATTUNE_MODELS_DIR ?? resolve(import.meta.dirname, '../../models'));
}
