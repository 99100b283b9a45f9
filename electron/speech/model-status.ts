/** Which known models are installed under models/ and whether their files are intact. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ModelStatus } from '../../shared/types/speech';
import { checkModelFolder } from './model-files';
import { DEFAULT_MODEL, KNOWN_MODELS, type KnownModel } from './registry';
import { verifyHashes } from './manifest';

/** Status of one known model in a models directory. */
export async function statusOf(modelsDir: string, model: KnownModel): Promise<ModelStatus> {
  const path = join(resolve(modelsDir), model.repo);
  const base = { name: model.name, repo: model.repo, path, isDefault: model.name === DEFAULT_MODEL };
  if (!existsSync(path)) {
    return { ...base, present: false, valid: false, verification: 'unchecked', problems: ['not installed'] };
  }
  const problems = await checkModelFolder(path);
  const hashes = problems.length === 0 ? await verifyHashes(path, model) : { verification: 'unchecked' as const, problems: [] };
  problems.push(...hashes.problems);
  return { ...base, present: true, valid: problems.length === 0, verification: hashes.verification, problems };
}

/** Status of every known model, default first. */
export async function modelStatus(modelsDir: string): Promise<ModelStatus[]> {
  return Promise.all(KNOWN_MODELS.map((m) => statusOf(modelsDir, m)));
}
