/**
 * Writes the analyzer's out-of-fold results on AnnoMI and ESConv, one JSON line per reply and form
 * (labels, scores, evidence kinds and deltas, every model's probability and threshold), to the
 * file named by `OUT` (default /tmp/oof.jsonl), for exploring scoring choices outside the app
 * (quality-nested.py). Each fold is analyzed by models that never saw it, as in `npm run train`.
 * An experiment, not part of `npm run train` (about 3 minutes).
 */
import { writeFileSync } from 'node:fs';
import { analyzeWith } from '../../../electron/domain/analysis';
import { analyzeWithRules } from '../../../electron/domain/analysis/rule-analysis';
import { extractFeatures, weighGrams } from '../../../electron/domain/analysis/learned/features';
import { predict } from '../../../electron/domain/analysis/learned/model';
import { loadAll } from '../corpora';
import { FOLDS, foldOf } from '../cv';
import { featurize, foldModelSets, outOfFoldAll } from '../pipeline';

const out = process.env.OUT ?? '/tmp/oof.jsonl';
const { raw, idf, vocabulary, prepared } = featurize(loadAll());
const oof = outOfFoldAll(prepared, vocabulary.names.length);
const lines: string[] = [];
const sets = foldModelSets(oof, vocabulary, idf);
for (let fold = 0; fold < FOLDS; fold++) {
  const set = sets[fold]!;
  for (const r of raw.filter((x) => foldOf(x) === fold && (x.example.source === 'annomi' || x.example.source === 'esconv'))) {
    const options = { partner: r.example.partner };
    const result = analyzeWith(set, r.text, options);
    const findings = analyzeWithRules(r.text, options);
    const features = weighGrams(extractFeatures(findings, r.example.partner), (n) => set.idf.get(n));
    const probs = Object.fromEntries(Object.entries(set.models).map(([name, m]) => [name, predict(m, features).probabilities]));
    const thr = Object.fromEntries(Object.entries(set.models).map(([name, m]) => [name, m.threshold]));
    lines.push(
      JSON.stringify({
        source: r.example.source,
        group: r.example.group,
        fold,
        form: r.form,
        text: r.text,
        labels: r.example.labels,
        result: { reflection: result.reflection, advice: result.advice, questions: result.questions.map((q) => ({ type: q.type })), judgments: result.judgments.map((j) => j.kind), scores: result.scores, evidence: result.evidence.map((e) => [e.dimension, e.kind, e.delta]) },
        rules: { questions: findings.questions.map((q) => q.type), judgments: findings.judgments.map((j) => j.kind) },
        probs,
        thr,
      }),
    );
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
process.stderr.write(`wrote ${lines.length} lines to ${out}\n`);
