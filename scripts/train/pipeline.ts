/**
 * The training pipeline behind `npm run train`: features for every example, cross-validated
 * figures, and the final weight file. Pure given its inputs (no clock, no randomness without a
 * seed), so the same corpora give the same bytes.
 */
import { analyzeWith } from '../../electron/domain/analysis';
import { modelSetFrom } from '../../electron/domain/analysis/learned';
import type { ModelSet } from '../../electron/domain/analysis/learned/fuse';
import type { SerializedModel, WeightFile } from '../../electron/domain/analysis/learned/model';
import type { Example, Labels } from './corpora';
import { analyzerFigures, type Scored } from './analyzer-figures';
import { FOLDS, foldOf } from './cv';
import { DEFAULT_FIT, fit, probabilities, Vocabulary, type Fitted } from './fit';
import { auc, bestThreshold, f1, macroF1, r3 } from './metrics';
import { argmaxWith } from '../../electron/domain/analysis/learned/model';
import { documentFrequencies, extract, prepare, TASKS, type Prepared, type Raw, type Task } from './tasks';

/** Weights smaller than this are dropped from the file (they move no decision). */
const PRUNE = 5e-4;
/** Decimal places kept in the file. */
const DECIMALS = 4;

interface Trained {
  task: Task;
  model: Fitted;
  threshold?: number;
  /** For the 0/1/2 level models: log-probability offsets per level (see `chooseOffsets`). */
  offsets?: number[];
}

/** Each yes/no model's threshold, and each level model's offsets, chosen on out-of-fold scores. */
export type Decisions = Record<string, number | number[]>;

/** Fits every task on the prepared examples; yes/no thresholds come from `thresholds` (default 0.5), level offsets too (default none). */
export function fitAll(prepared: Prepared[], size: number, thresholds: Decisions = {}): Trained[] {
  return TASKS.map((task) => ({
    task,
    model: fit(prepared.flatMap((p) => task.rows(p)), size, { ...DEFAULT_FIT, ...(task.l2 !== undefined ? { l2: task.l2 } : {}), classes: task.classes }),
    ...decisionsOf(task, thresholds),
  }));
}

/** A task's share of the decisions: a threshold for a yes/no model, offsets for a level model. */
export function decisionsOf(task: Task, decisions: Decisions): Pick<Trained, 'threshold' | 'offsets'> {
  const d = decisions[task.name];
  if (task.classes === 2) return { threshold: typeof d === 'number' ? d : 0.5 };
  return Array.isArray(d) ? { offsets: d } : {};
}

/** Serialises fitted models into the weight file's shape (binary models as one logit). */
export function toWeightFile(trained: Trained[], vocabulary: Vocabulary, idf: Map<string, number>): WeightFile {
  const round = (x: number): number => Number(x.toFixed(DECIMALS));
  const used = new Set<number>();
  const perModel: Array<[string, { outputs: number; bias: number[]; pairs: Array<[number, number[]]>; threshold?: number; offsets?: number[] }]> = [];
  for (const { task, model, threshold, offsets } of trained) {
    const K = model.classes;
    const outputs = K === 2 ? 1 : K;
    const pairs: Array<[number, number[]]> = [];
    for (let id = 0; id < vocabulary.names.length; id++) {
      const w = Array.from(model.weights.subarray(id * K, id * K + K));
      const out = (K === 2 ? [w[1]! - w[0]!] : w).map(round);
      if (out.some((x) => Math.abs(x) >= PRUNE)) {
        pairs.push([id, out]);
        used.add(id);
      }
    }
    const bias = (K === 2 ? [model.bias[1]! - model.bias[0]!] : model.bias).map(round);
    perModel.push([task.name, { outputs, bias, pairs, threshold, offsets }]);
  }
  // Word features with an idf stay in the file even without a weight: they count in the tf-idf length.
  for (const name of idf.keys()) used.add(vocabulary.id(name));
  const ids = [...used].sort((a, b) => (vocabulary.names[a]! < vocabulary.names[b]! ? -1 : 1));
  const index = new Map(ids.map((id, i) => [id, i]));
  const models: Record<string, SerializedModel> = {};
  for (const [name, m] of perModel) {
    const w: number[] = [];
    for (const [id, ws] of m.pairs.sort((a, b) => index.get(a[0])! - index.get(b[0])!)) w.push(index.get(id)!, ...ws);
    models[name] = { outputs: m.outputs, bias: m.bias, w, ...(m.threshold !== undefined ? { threshold: m.threshold } : {}), ...(m.offsets ? { offsets: m.offsets } : {}) };
  }
  return {
    format: 1,
    features: ids.map((id) => vocabulary.names[id]!),
    idf: ids.map((id) => Number((idf.get(vocabulary.names[id]!) ?? 0).toFixed(DECIMALS))),
    models,
  };
}

/** Features for every example in both forms, weighed with idf from the same examples. */
export function featurize(examples: Example[]): { raw: Raw[]; idf: Map<string, number>; vocabulary: Vocabulary; prepared: Prepared[] } {
  const raw = extract(examples);
  const idf = documentFrequencies(raw);
  const vocabulary = new Vocabulary();
  const prepared = prepare(raw, idf, vocabulary);
  return { raw, idf, vocabulary, prepared };
}

/** Fits on everything and returns the weight file's bytes. Thresholds come from cross-validation. */
export function buildWeights(examples: Example[], log: (s: string) => void = () => {}, thresholds?: Decisions): string {
  const { idf, vocabulary, prepared } = featurize(examples);
  const chosen = thresholds ?? chooseThresholds(outOfFoldAll(prepared, vocabulary.names.length));
  log(`thresholds ${JSON.stringify(chosen)}`);
  const file = toWeightFile(fitAll(prepared, vocabulary.names.length, chosen), vocabulary, idf);
  return `${JSON.stringify(file)}\n`;
}

export type Oof = Map<string, Array<{ p: Prepared; label: number; probs: number[]; fold: number }>> & { models?: Trained[][] };

/** Out-of-fold probabilities of every task's rows (and each fold's models). */
export function outOfFoldAll(prepared: Prepared[], size: number): Oof {
  const oof: Oof = new Map(TASKS.map((t) => [t.name, []]));
  oof.models = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const trained = fitAll(prepared.filter((p) => foldOf(p) !== fold), size);
    oof.models.push(trained);
    for (const { task, model } of trained) {
      for (const p of prepared.filter((x) => foldOf(x) === fold)) for (const row of task.rows(p)) oof.get(task.name)!.push({ p, label: row.label, probs: probabilities(model, row), fold });
    }
  }
  return oof;
}

/**
 * The F1-best threshold of each yes/no model, and the macro-F1-best offsets of each 0/1/2 level
 * model, over out-of-fold probabilities (except `skipFold`).
 */
export function chooseThresholds(oof: Oof, skipFold?: number): Decisions {
  const out: Decisions = {};
  for (const task of TASKS) {
    if (task.classes !== 2 && task.classes !== 3) continue;
    // Tuned on the corpora unless the task says otherwise (the judgment model is for partner replies).
    const on = (source: string): boolean => (task.thresholdOn ? task.thresholdOn.includes(source) : source !== 'suite');
    const rows = oof.get(task.name)!.filter((r) => r.fold !== skipFold && on(r.p.example.source));
    if (task.classes === 3) out[task.name] = chooseOffsets(rows.map((r) => r.label), rows.map((r) => r.probs));
    else if (task.thresholdFor === 'goodReplies') out[task.name] = goodReplyFloor(oof.get(task.name)!.filter((r) => r.fold !== skipFold));
    else out[task.name] = bestThreshold(rows.map((r) => r.label === 1), rows.map((r) => r.probs[1]!), task.thresholdFor).threshold;
  }
  return out;
}

/** Share of the project's good replies a tone floor leaves unmarked. */
const GOOD_UNMARKED = 0.9;

/**
 * The tone floor: the out-of-fold probability under which 9 in 10 of the project's good-tier
 * replies fall (typed and speech), rounded up to 0.025. A floor fixed by hand moved with every
 * retrain (the same 0.3 marked 12 of 170 good replies, then 78 of 341 once the data grew).
 */
export function goodReplyFloor(rows: Array<{ p: Prepared; probs: number[] }>): number {
  const ps = rows.filter((r) => r.p.example.source === 'suite' && r.p.example.tier === 'good').map((r) => r.probs[1]!).sort((a, b) => a - b);
  if (!ps.length) return 0.5;
  // (The small epsilon keeps a quantile on the 0.025 grid, 0.35, from rounding up a step.)
  return Math.ceil(ps[Math.min(ps.length - 1, Math.floor(GOOD_UNMARKED * ps.length))]! * 40 - 1e-9) / 40;
}

/** Offsets on the log-probabilities of levels 1 and 2 (level 0 fixed at 0) that maximise macro-F1: argmax alone favours the common "none". */
export function chooseOffsets(gold: number[], probs: number[][]): number[] {
  const logs = probs.map((p) => p.map((x) => Math.log(Math.max(x, 1e-9))));
  let best = { value: -1, offsets: [0, 0, 0] };
  for (let a = -6; a <= 6; a++) {
    for (let b = -6; b <= 6; b++) {
      const offsets = [0, a / 4, b / 4];
      const value = macroF1(gold, logs.map((l) => argmaxWith(l, offsets)), [0, 1, 2]);
      if (value > best.value + 1e-9) best = { value, offsets };
    }
  }
  return best.offsets;
}

/** Each fold's models as the analyzer runs them, at the decisions chosen on the other folds (`perFold`, else chosen here). */
export function foldModelSets(oof: Oof, vocabulary: Vocabulary, idf: Map<string, number>, perFold?: Decisions[]): ModelSet[] {
  return oof.models!.map((trained, fold) => {
    const decisions = perFold?.[fold] ?? chooseThresholds(oof, fold);
    return modelSetFrom(toWeightFile(trained.map((t) => ({ ...t, ...decisionsOf(t.task, decisions) })), vocabulary, idf));
  });
}

/** Cross-validated figures: per model and corpus, then the whole analyzer in the held-back sets' terms. */
export function crossValidate(examples: Example[], log: (s: string) => void = () => {}): { report: Record<string, unknown>; thresholds: Decisions } {
  const { raw, idf, vocabulary, prepared } = featurize(examples);
  log(`features: ${vocabulary.names.length} (${idf.size} word features in ≥ 3 replies)`);
  const size = vocabulary.names.length;
  const oof = outOfFoldAll(prepared, size);
  // Each fold's thresholds and offsets, chosen once on the other folds.
  const perFold = Array.from({ length: FOLDS }, (_, f) => chooseThresholds(oof, f));
  const models: Record<string, Record<string, number>> = {};
  for (const task of TASKS) {
    const rows = oof.get(task.name)!;
    const figures: Record<string, number> = {};
    for (const key of [...new Set(rows.map((r) => `${r.p.example.source}.${r.p.form}`))]) {
      const part = rows.filter((r) => `${r.p.example.source}.${r.p.form}` === key);
      if (task.classes === 2) {
        // Each fold's rows judged at the threshold chosen on the other folds.
        const thresholds = perFold.map((d) => d[task.name] as number);
        figures[`${key}.auc`] = r3(auc(part.map((r) => r.label === 1), part.map((r) => r.probs[1]!)));
        figures[`${key}.f1`] = r3(f1(part.map((r) => r.label === 1), part.map((r) => r.probs[1]! >= thresholds[r.fold]!)));
        if (key.startsWith('ucc.')) {
          // The held-back sets' question: condescending or dismissive ranked above healthy comments.
          const l = (r: (typeof part)[number]): Labels => r.p.example.labels;
          const pool = part.filter((r) => l(r).condescending || l(r).dismissive || !l(r).judgment);
          figures[`${key}.condDismAuc`] = r3(auc(pool.map((r) => !!(l(r).condescending || l(r).dismissive)), pool.map((r) => r.probs[1]!)));
        }
      } else {
        figures[`${key}.macroF1`] = r3(macroF1(part.map((r) => r.label), part.map((r) => r.probs.indexOf(Math.max(...r.probs))), [0, 1, 2]));
        if (task.classes === 3) {
          // With the offsets chosen on the other folds.
          const offsets = perFold.map((d) => d[task.name] as number[]);
          figures[`${key}.macroF1Offsets`] = r3(macroF1(part.map((r) => r.label), part.map((r) => argmaxWith(r.probs.map((x) => Math.log(Math.max(x, 1e-9))), offsets[r.fold]!)), [0, 1, 2]));
        }
      }
    }
    models[task.name] = figures;
    log(`${task.name}: ${JSON.stringify(figures)}`);
  }
  // The whole analyzer, each fold scored by models that never saw it.
  const typed: Scored[] = [];
  const speech: Scored[] = [];
  const sets = foldModelSets(oof, vocabulary, idf, perFold);
  for (let fold = 0; fold < FOLDS; fold++) {
    const set = sets[fold]!;
    for (const r of raw.filter((x) => foldOf(x) === fold)) {
      const result = analyzeWith(set, r.text, { partner: r.example.partner });
      (r.form === 'typed' ? typed : speech).push({ example: r.example, result });
    }
    log(`analyzer fold ${fold + 1}/${FOLDS}`);
  }
  const analyzer = { typed: analyzerFigures(typed), speech: analyzerFigures(speech) };
  log(`analyzer (typed): ${JSON.stringify(analyzer.typed)}`);
  log(`analyzer (speech): ${JSON.stringify(analyzer.speech)}`);
  return { report: { folds: FOLDS, examples: examples.length, models, analyzer }, thresholds: chooseThresholds(oof) };
}

