/** Scoring helpers for the cross-validated report: F1, macro-F1 and ROC AUC. */

/** F1 of the positive class. */
export function f1(gold: boolean[], pred: boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (g && pred[i]) tp++;
    else if (!g && pred[i]) fp++;
    else if (g && !pred[i]) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Macro-F1 over the given classes that occur in gold or prediction (a class seen in neither is skipped). */
export function macroF1<T>(gold: T[], pred: T[], classes: T[]): number {
  const present = classes.filter((c) => gold.includes(c) || pred.includes(c));
  if (!present.length) return 1;
  const scores = present.map((c) => f1(gold.map((g) => g === c), pred.map((p) => p === c)));
  return scores.reduce((a, b) => a + b, 0) / present.length;
}

/** ROC AUC of `score` ranking positives above negatives (ties count half). */
export function auc(gold: boolean[], score: number[]): number {
  const idx = score.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let nPos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (gold[idx[k]![1]]) {
      rankSum += avgRank;
      nPos++;
    }
    i = j + 1;
  }
  const nNeg = gold.length - nPos;
  if (nPos === 0 || nNeg === 0) return 0.5;
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** The threshold on `score` that maximises F1 of yes, or macro-F1 of yes and no (ties: the lower threshold). */
export function bestThreshold(gold: boolean[], score: number[], objective: 'f1' | 'macroF1' = 'f1'): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.1; t <= 0.9001; t += 0.025) {
    const pred = score.map((s) => s >= t);
    const value = objective === 'f1' ? f1(gold, pred) : macroF1(gold, pred, [true, false]);
    if (value > best.f1 + 1e-9) best = { threshold: Math.round(t * 1000) / 1000, f1: value };
  }
  return best;
}

/** Rounds to 3 decimals for the report. */
export const r3 = (n: number): number => Math.round(n * 1000) / 1000;
