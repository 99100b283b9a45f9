/** Model status for Settings: each known Whisper model, whether it is installed and intact, and its measured size. */
import { placeOf } from './folders';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelStatus } from '../../shared/types/speech';
import { modelStatus } from '../speech/model-status';
import { importModel } from '../speech/install-model';
import { knownModel } from '../speech/registry';
import { speechService } from './speech';
import type { AppContext, Handlers } from './context';

/** A known model's status plus the bytes its folder holds on disk (null when absent). */
export type ModelInfo = ModelStatus & { bytes: number | null };

/** Sums file sizes under `dir` (the model folders are small trees: config, tokenizer, onnx/). */
async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await folderBytes(path);
    else if (entry.isFile()) total += (await stat(path)).size;
  }
  return total;
}

/** Every known model in the app's models folder. */
export async function modelsStatus(ctx: Pick<AppContext, 'modelsDir'>): Promise<{ modelsDir: string; models: ModelInfo[] }> {
  const models = await modelStatus(ctx.modelsDir);
  return {
    modelsDir: ctx.modelsDir,
    models: await Promise.all(models.map(async (m) => ({ ...m, bytes: m.present ? await folderBytes(m.path).catch(() => null) : null }))),
  };
}

/**
 * Imports a model folder copied from elsewhere (no network). This build has no pinned checksums
 * for the models, so, as `attune models import --record-hashes` does, the checksums of the
 * imported files are recorded and checked from then on; the Settings screen says so.
 */
export async function importModelFeature(ctx: AppContext, request: { name: string; token?: string; path?: string }): Promise<{ installedAt: string }> {
  const model = knownModel(request.name);
  if (!model) throw new Error(`"${request.name}" is not a model Attune knows.`);
  const path = placeOf(ctx, request, ['model-folder']);
  // The new files are loaded by the app's own speech worker before they replace the old ones; then its warm copy of the old model is dropped.
  const speech = speechService(ctx);
  const installedAt = await importModel(model, path, { modelsDir: ctx.modelsDir, recordHashes: true, testLoad: (dir) => speech.testLoad(dir) });
  await speech.forget(installedAt);
  return { installedAt };
}

/** The model channels served here (fetching: model-fetch.ts). */
export const modelsHandlers = {
  'models:status': modelsStatus,
  'models:import': importModelFeature,
} satisfies Handlers;
