/**
 * Fits the analyzer's linear models: logistic regression (softmax for K > 2 classes) with an L2
 * penalty, minimised over the whole batch by L-BFGS (as scikit-learn's LogisticRegression does).
 * Deterministic: no randomness, a fixed iteration budget, so the same data gives the same weights
 * to the byte. Hand-written because the models are sparse (tens of features per reply out of
 * ~10⁵) and no npm library fits sparse softmax regression in pure JS; AdaGrad SGD was tried first
 * and memorised rare n-grams (UCC AUC 0.57 against 0.63 for the batch fit in the same pipeline). test/scripts/train
 * checks it against a closed-form case.
 */

/** One training row: feature ids (see `Vocabulary`) with values, the class, and a weight. */
export interface Row {
  ids: Int32Array;
  values: Float64Array;
  label: number;
  weight: number;
}

/** Feature names to dense ids, assigned in first-seen order (so the same data gives the same ids). */
export class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  /** The id of a feature name, added if new. */
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

/** Training settings. */
export interface FitOptions {
  classes: number;
  /** L2 penalty: λ/2·‖w‖² added to the mean weighted log-loss (the bias is not penalised). */
  l2: number;
  /** L-BFGS iterations. */
  iterations: number;
}

/**
 * λ = 1e-4: on the models' own cross-validated figures (AUC of each yes/no model, macro-F1 of the
 * level models, per corpus; scripts/train/experiments/l2-sweep.ts) every model but the tone model
 * did better at 1e-4 than at 3e-4 or 1e-3 (AnnoMI reflection AUC 0.849 → 0.854, ESConv 0.776 →
 * 0.792, EPITOME emotional reactions macro-F1 0.659 → 0.696), and 3e-5 and 1e-5 were flat or mixed.
 */
export const DEFAULT_FIT: Omit<FitOptions, 'classes'> = { l2: 1e-4, iterations: 120 };

/** Learned weights: `weights[id * classes + k]`. */
export interface Fitted {
  classes: number;
  bias: number[];
  weights: Float64Array;
}

/** Mulberry32: a small seeded generator (the shuffle must not depend on Math.random). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mean weighted softmax log-loss plus the L2 penalty, and its gradient, at `x`. Class 0 is the
 * reference (its logit is fixed at 0), so K classes need K − 1 weight columns: for a yes/no model
 * this is plain logistic regression. Layout: `x[id * O + o]` then O biases, O = K − 1.
 */
function lossAndGradient(rows: Row[], x: Float64Array, size: number, K: number, l2: number, grad: Float64Array): number {
  const O = K - 1;
  grad.fill(0);
  const biasAt = size * O;
  const logits = new Float64Array(K);
  let loss = 0;
  let total = 0;
  for (const { ids, values, label, weight } of rows) {
    logits[0] = 0;
    for (let o = 0; o < O; o++) logits[o + 1] = x[biasAt + o]!;
    for (let j = 0; j < ids.length; j++) {
      const base = ids[j]! * O;
      const v = values[j]!;
      for (let o = 0; o < O; o++) logits[o + 1]! += x[base + o]! * v;
    }
    let max = 0;
    for (let k = 1; k < K; k++) max = Math.max(max, logits[k]!);
    let sum = 0;
    for (let k = 0; k < K; k++) sum += Math.exp(logits[k]! - max);
    loss += weight * (Math.log(sum) + max - logits[label]!);
    total += weight;
    for (let o = 0; o < O; o++) {
      const g = weight * (Math.exp(logits[o + 1]! - max) / sum - (o + 1 === label ? 1 : 0));
      grad[biasAt + o]! += g;
      for (let j = 0; j < ids.length; j++) grad[ids[j]! * O + o]! += g * values[j]!;
    }
  }
  let penalty = 0;
  for (let i = 0; i < grad.length; i++) {
    grad[i]! /= total;
    if (i < biasAt) {
      grad[i]! += l2 * x[i]!;
      penalty += x[i]! * x[i]!;
    }
  }
  return loss / total + (l2 / 2) * penalty;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/**
 * Fits softmax regression (K classes) on the rows; `size` is the vocabulary size. Only the
 * features the rows use are optimised (a compact copy), which keeps each model's fit small.
 */
export function fit(rows: Row[], size: number, options: FitOptions): Fitted {
  const local = new Map<number, number>();
  const global: number[] = [];
  const compact = rows.map((r) => ({
    ...r,
    ids: Int32Array.from(r.ids, (id) => {
      let l = local.get(id);
      if (l === undefined) {
        l = global.length;
        local.set(id, l);
        global.push(id);
      }
      return l;
    }),
  }));
  const small = fitCompact(compact, global.length, options);
  const weights = new Float64Array(size * options.classes);
  global.forEach((id, l) => {
    for (let k = 0; k < options.classes; k++) weights[id * options.classes + k] = small.weights[l * options.classes + k]!;
  });
  return { classes: options.classes, bias: small.bias, weights };
}

/** L-BFGS over a compact id space. */
function fitCompact(rows: Row[], size: number, options: FitOptions): Fitted {
  const K = options.classes;
  const O = K - 1;
  const n = size * O + O;
  let x = new Float64Array(n);
  let g = new Float64Array(n);
  let f = lossAndGradient(rows, x, size, K, options.l2, g);
  const memory: Array<{ s: Float64Array; y: Float64Array; rho: number }> = [];
  const M = 10;
  for (let it = 0; it < options.iterations; it++) {
    // Two-loop recursion: d = −H·g.
    const q = Float64Array.from(g);
    const alphas: number[] = [];
    for (let i = memory.length - 1; i >= 0; i--) {
      const m = memory[i]!;
      const a = m.rho * dot(m.s, q);
      alphas[i] = a;
      for (let j = 0; j < n; j++) q[j]! -= a * m.y[j]!;
    }
    const last = memory.at(-1);
    const gamma = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / Math.max(1, Math.sqrt(dot(g, g)));
    for (let j = 0; j < n; j++) q[j]! *= gamma;
    for (let i = 0; i < memory.length; i++) {
      const m = memory[i]!;
      const b = m.rho * dot(m.y, q);
      for (let j = 0; j < n; j++) q[j]! += m.s[j]! * (alphas[i]! - b);
    }
    for (let j = 0; j < n; j++) q[j] = -q[j]!;
    let slope = dot(g, q);
    if (slope >= 0) {
      // Not a descent direction: restart from steepest descent.
      memory.length = 0;
      for (let j = 0; j < n; j++) q[j] = -g[j]!;
      slope = dot(g, q);
    }
    // Backtracking line search (Armijo).
    let step = 1;
    const xNew = new Float64Array(n);
    const gNew = new Float64Array(n);
    let fNew = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let j = 0; j < n; j++) xNew[j] = x[j]! + step * q[j]!;
      fNew = lossAndGradient(rows, xNew, size, K, options.l2, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(fNew < f)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      s[j] = xNew[j]! - x[j]!;
      y[j] = gNew[j]! - g[j]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      memory.push({ s, y, rho: 1 / sy });
      if (memory.length > M) memory.shift();
    }
    const converged = f - fNew < 1e-7 * Math.max(1, Math.abs(f));
    x = xNew;
    g = gNew;
    f = fNew;
    if (converged) break;
  }
  // Back to one column per class, the reference class's column all zeros.
  const weights = new Float64Array(size * K);
  for (let id = 0; id < size; id++) for (let o = 0; o < O; o++) weights[id * K + o + 1] = x[id * O + o]!;
  return { classes: K, bias: [0, ...x.subarray(size * O)], weights };
}

/** Probabilities of each class for one row (the same sum as the analyzer's `predict`). */
export function probabilities(model: Fitted, row: Pick<Row, 'ids' | 'values'>): number[] {
  const K = model.classes;
  const logits = [...model.bias];
  for (let j = 0; j < row.ids.length; j++) for (let k = 0; k < K; k++) logits[k]! += (model.weights[row.ids[j]! * K + k] ?? 0) * row.values[j]!;
  const max = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}
