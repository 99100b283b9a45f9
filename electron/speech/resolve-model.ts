/** Turns a `--model` value (tiny.en, base.en or a folder) into the folder transformers.js loads. */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULT_MODEL, KNOWN_MODELS, knownModel } from './registry';

/** A model folder split the way transformers.js wants it: `localModelPath` + model id. */
export interface ResolvedModel {
  /** A known model's name (shared/types/models.ts) or the folder path as given. */
  label: string;
  /** Absolute folder holding config.json, onnx/… */
  dir: string;
  /** Folder passed as env.localModelPath (with trailing slash). */
  root: string;
  /** Model id relative to root. */
  id: string;
}

/** A model that cannot be used, with how to fix it. */
export class ModelNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelNotFoundError';
  }
}

/** Resolves a model name or folder against the models directory; does not check the files. */
export function resolveModel(modelsDir: string, model: string = DEFAULT_MODEL): ResolvedModel {
  const known = knownModel(model);
  if (known) {
    const root = resolve(modelsDir);
    return { label: known.name, dir: join(root, known.repo), root: root + '/', id: known.repo };
  }
  const dir = resolve(model);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const names = KNOWN_MODELS.map((m) => m.name).join(' or ');
    throw new ModelNotFoundError(`model "${model}" is neither ${names} nor an existing folder`);
  }
  return { label: model, dir, root: dirname(dir) + '/', id: basename(dir) };
}
