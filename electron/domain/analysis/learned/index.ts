/**
 * The committed learned models (models/analyzer/weights.json, written by `npm run train`),
 * compiled once on first use.
 */
import weights from '../../../../models/analyzer/weights.json';
import { compileModels, type WeightFile } from './model';
import type { ModelSet } from './fuse';

let cached: ModelSet | undefined;

/** Builds a model set from a weight file (the trainer's cross-validation passes its own). */
export function modelSetFrom(file: WeightFile): ModelSet {
  const idf = new Map<string, number>();
  file.features.forEach((name, i) => {
    const v = file.idf[i];
    if (v) idf.set(name, v);
  });
  return { models: compileModels(file), idf };
}

/** The shipped models. */
export function shippedModels(): ModelSet {
  cached ??= modelSetFrom(weights as unknown as WeightFile);
  return cached;
}
