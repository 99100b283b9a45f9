/**
 * Linear models over the reply's features (logistic regression; softmax for the 0/1/2 empathy
 * levels), read from the committed weight file that `npm run train` writes. A linear model's
 * decision is a sum over features, so the features with the largest share of it are exactly the
 * words that drove it: that is how a learned mark still points at words.
 */
import type { Feature } from './features';

/** The weight file's shape (models/analyzer/weights.json). */
export interface WeightFile {
  format: 1;
  /** Every feature name any model uses; models refer to them by index. */
  features: string[];
  /** Inverse document frequency of each word feature (0 for the others), for tf-idf weighting. */
  idf: number[];
  models: Record<string, SerializedModel>;
}

/** One model as stored: `w` is [featureIndex, weight…] with `outputs` weights per feature. */
export interface SerializedModel {
  /** 1 for a yes/no model (a logit), 3 for the empathy levels (one logit per level). */
  outputs: number;
  bias: number[];
  w: number[];
  /** For yes/no models, the probability from which the answer is yes (chosen by cross-validation). */
  threshold?: number;
  /** For level models, offsets added to each level's log-probability before the argmax (chosen by cross-validation). */
  offsets?: number[];
}

/** A model ready to score: weights by feature name. */
export interface LinearModel {
  outputs: number;
  bias: number[];
  weights: Map<string, number[]>;
  threshold: number;
  offsets?: number[];
}

/** Turns the stored weights into lookup tables (done once per process). */
export function compileModels(file: WeightFile): Record<string, LinearModel> {
  const out: Record<string, LinearModel> = {};
  for (const [name, m] of Object.entries(file.models)) {
    const weights = new Map<string, number[]>();
    const stride = 1 + m.outputs;
    for (let i = 0; i < m.w.length; i += stride) weights.set(file.features[m.w[i]!]!, m.w.slice(i + 1, i + stride));
    out[name] = { outputs: m.outputs, bias: m.bias, weights, threshold: m.threshold ?? 0.5, ...(m.offsets ? { offsets: m.offsets } : {}) };
  }
  return out;
}

/** One feature's share of a decision. */
export interface Contribution {
  feature: Feature;
  /** Weight × value toward the output that was asked about. */
  amount: number;
}

/** A model's answer: probability per output and each feature's pull toward each output. */
export interface Prediction {
  /** Yes/no models: [p(yes)]; level models: [p(0), p(1), p(2)]. */
  probabilities: number[];
  /** The logits' parts, per output: feature contributions (features the model does not know are left out). */
  contributions: Contribution[][];
}

/** Scores one reply's features with one model. */
export function predict(model: LinearModel, features: readonly Feature[]): Prediction {
  const logits = [...model.bias];
  const contributions: Contribution[][] = model.bias.map(() => []);
  for (const feature of features) {
    const w = model.weights.get(feature.name);
    if (!w) continue;
    for (let k = 0; k < model.outputs; k++) {
      const amount = w[k]! * feature.value;
      logits[k]! += amount;
      contributions[k]!.push({ feature, amount });
    }
  }
  if (model.outputs === 1) return { probabilities: [sigmoid(logits[0]!)], contributions };
  return { probabilities: softmax(logits), contributions };
}

/** The logistic function, safe for large inputs. */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Softmax of logits. */
export function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** The class with the largest log-probability plus its offset (plain argmax without offsets). */
export function argmaxWith(logs: readonly number[], offsets: readonly number[] = []): number {
  let best = 0;
  for (let k = 1; k < logs.length; k++) if (logs[k]! + (offsets[k] ?? 0) > logs[best]! + (offsets[best] ?? 0)) best = k;
  return best;
}

/** A level model's decision: the argmax of its probabilities with the model's offsets. */
export function decideLevel(model: LinearModel, probabilities: readonly number[]): number {
  return argmaxWith(probabilities.map((p) => Math.log(Math.max(p, 1e-9))), model.offsets);
}
