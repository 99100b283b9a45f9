/**
 * Cross-validated figure of each model at several L2 strengths (`L2S`, `TASKS` to pick models):
 * AUC per corpus for yes/no models, macro-F1 (plain argmax) for the others. An experiment behind
 * the `l2` choices in tasks.ts, not part of `npm run train`.
 */
import { loadAll } from '../corpora';
import { featurize } from '../pipeline';
import { FOLDS, foldOf } from '../cv';
import { DEFAULT_FIT, fit, probabilities } from '../fit';
import { auc, macroF1, r3 } from '../metrics';
import { TASKS } from '../tasks';

const l2s = (process.env.L2S ?? '1e-4,3e-4,1e-3').split(',').map(Number);
const only = process.env.TASKS?.split(',');
const { prepared, vocabulary } = featurize(loadAll());
for (const task of TASKS.filter((t) => !only || only.includes(t.name))) {
  for (const l2 of l2s) {
    const scored: Array<{ source: string; form: string; label: number; probs: number[] }> = [];
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = fit(prepared.filter((p) => foldOf(p) !== fold).flatMap((p) => task.rows(p)), vocabulary.names.length, { ...DEFAULT_FIT, l2, classes: task.classes });
      for (const p of prepared.filter((x) => foldOf(x) === fold)) for (const row of task.rows(p)) scored.push({ source: p.example.source, form: p.form, label: row.label, probs: probabilities(model, row) });
    }
    const figures: string[] = [];
    for (const key of [...new Set(scored.map((s) => `${s.source}.${s.form}`))].filter((k) => !k.startsWith('suite'))) {
      const part = scored.filter((s) => `${s.source}.${s.form}` === key);
      const classes = Array.from({ length: task.classes }, (_, k) => k);
      const v = task.classes === 2 ? auc(part.map((s) => s.label === 1), part.map((s) => s.probs[1]!)) : macroF1(part.map((s) => s.label), part.map((s) => s.probs.indexOf(Math.max(...s.probs))), classes);
      figures.push(`${key} ${r3(v)}`);
    }
    console.log(task.name, l2, figures.join(' | '));
  }
}
