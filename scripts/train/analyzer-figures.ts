/**
 * The corpora README's mapping of labels onto the analyzer's result, scored the way the held-back
 * sets are: reflection/advice F1, open/closed macro-F1, EPITOME macro-F1 per mechanism, UCC AUC of
 * 100 − judgmentFree, AnnoMI transcript quality AUC of mean overall, ESConv mean F1.
 */
import type { AnalysisResult } from '../../electron/domain/analysis';
import type { Example } from './corpora';
import { auc, f1, macroF1, r3 } from './metrics';

/** One analyzed example. */
export interface Scored {
  example: Example;
  result: AnalysisResult;
}

const isJudgment = (r: AnalysisResult): boolean => r.judgments.some((j) => j.kind !== 'advice' && j.kind !== 'self-focus');

/** Figures by corpus and label, in the held-back sets' terms. */
export function analyzerFigures(scored: Scored[]): Record<string, number> {
  const out: Record<string, number> = {};
  const of = (source: string): Scored[] => scored.filter((s) => s.example.source === source);

  const annomi = of('annomi');
  if (annomi.length) {
    out['annomi.reflection.f1'] = f1(annomi.map((s) => !!s.example.labels.reflection), annomi.map((s) => s.result.reflection));
    out['annomi.advice.f1'] = f1(annomi.map((s) => !!s.example.labels.advice), annomi.map((s) => s.result.advice));
    const qs = annomi.filter((s) => s.example.labels.open !== undefined);
    const type = (r: AnalysisResult): string => (r.questions.length === 0 ? 'none' : r.questions.some((q) => q.type === 'open') ? 'open' : 'closed');
    out['annomi.question.macroF1'] = macroF1(qs.map((s) => (s.example.labels.open ? 'open' : 'closed')), qs.map((s) => type(s.result)), ['open', 'closed']);
    out['annomi.question.found'] = qs.filter((s) => s.result.questions.length > 0).length / Math.max(1, qs.length);
    const byTranscript = new Map<string, { sum: number; n: number; high: boolean }>();
    for (const s of annomi) {
      const t = byTranscript.get(s.example.group) ?? { sum: 0, n: 0, high: s.example.labels.quality === 'high' };
      t.sum += s.result.scores.overall;
      t.n += 1;
      byTranscript.set(s.example.group, t);
    }
    const ts = [...byTranscript.values()];
    out['annomi.quality.auc'] = auc(ts.map((t) => t.high), ts.map((t) => t.sum / t.n));
  }
  const epitome = of('epitome');
  if (epitome.length) {
    const mech = ['emotionalReactions', 'interpretations', 'explorations'] as const;
    let sum = 0;
    for (const m of mech) {
      const v = macroF1(epitome.map((s) => s.example.labels[m]!), epitome.map((s) => s.result.empathy[m]), [0, 1, 2]);
      out[`epitome.${m}.macroF1`] = v;
      sum += v;
    }
    out['epitome.mean.macroF1'] = sum / 3;
  }
  const ucc = of('ucc');
  if (ucc.length) {
    // Condescending or dismissive against healthy comments.
    const pool = ucc.filter((s) => s.example.labels.condescending || s.example.labels.dismissive || !s.example.labels.judgment);
    out['ucc.condDism.auc'] = auc(pool.map((s) => !!(s.example.labels.condescending || s.example.labels.dismissive)), pool.map((s) => 100 - s.result.scores.judgmentFree));
    out['ucc.condDism.flagF1'] = f1(pool.map((s) => !!(s.example.labels.condescending || s.example.labels.dismissive)), pool.map((s) => isJudgment(s.result)));
  }
  const esconv = of('esconv');
  if (esconv.length) {
    const question = (r: AnalysisResult): boolean => r.questions.length > 0 && !r.reflection && !r.advice;
    const qf = f1(esconv.map((s) => !!s.example.labels.question), esconv.map((s) => question(s.result)));
    const af = f1(esconv.map((s) => !!s.example.labels.advice), esconv.map((s) => s.result.advice));
    const rf = f1(esconv.map((s) => !!s.example.labels.reflection), esconv.map((s) => s.result.reflection));
    out['esconv.question.f1'] = qf;
    out['esconv.advice.f1'] = af;
    out['esconv.reflection.f1'] = rf;
    out['esconv.mean.f1'] = (qf + af + rf) / 3;
  }
  const suite = of('suite');
  if (suite.length) {
    const judged = suite.filter((s) => s.example.labels.judgment !== undefined);
    out['suite.judgment.f1'] = f1(judged.map((s) => !!s.example.labels.judgment), judged.map((s) => isJudgment(s.result)));
    const refl = suite.filter((s) => s.example.labels.reflection !== undefined);
    out['suite.reflection.f1'] = f1(refl.map((s) => !!s.example.labels.reflection), refl.map((s) => s.result.reflection));
    const adv = suite.filter((s) => s.example.labels.advice !== undefined);
    out['suite.advice.f1'] = f1(adv.map((s) => !!s.example.labels.advice), adv.map((s) => s.result.advice));
    const qs = suite.filter((s) => s.example.labels.open !== undefined);
    out['suite.question.macroF1'] = macroF1(qs.map((s) => (s.example.labels.open ? 'open' : 'closed')), qs.map((s) => (s.result.questions.length === 0 ? 'none' : s.result.questions.some((q) => q.type === 'open') ? 'open' : 'closed')), ['open', 'closed']);
    for (const m of ['emotionalReactions', 'interpretations', 'explorations'] as const) {
      const part = suite.filter((s) => s.example.labels[m] !== undefined);
      out[`suite.${m}.accuracy`] = part.filter((s) => s.result.empathy[m] === s.example.labels[m]).length / Math.max(1, part.length);
    }
    out['suite.pairsOrdered'] = pairsOrdered(suite);
    // Per file too, so a figure can be compared before and after a file of replies is added.
    const files = [...new Set(suite.map((s) => s.example.group.split(':')[1]!))];
    for (const file of files) {
      const part = suite.filter((s) => s.example.group.split(':')[1] === file);
      const name = file.split('/').at(-1)!.replace(/\.yaml$/, '');
      const j = part.filter((s) => s.example.labels.judgment !== undefined);
      out[`suite.${name}.judgment.f1`] = f1(j.map((s) => !!s.example.labels.judgment), j.map((s) => isJudgment(s.result)));
      out[`suite.${name}.pairsOrdered`] = pairsOrdered(part);
    }
  }
  for (const k of Object.keys(out)) out[k] = r3(out[k]!);
  return out;
}

const RANK = { good: 0, mid: 1, poor: 2 } as const;

/** Share of reply pairs of different tiers in one group that `overall` puts in the right order. */
export function pairsOrdered(scored: Scored[]): number {
  let right = 0;
  let all = 0;
  const groups = new Map<string, Scored[]>();
  for (const s of scored) if (s.example.tier) groups.set(s.example.group, [...(groups.get(s.example.group) ?? []), s]);
  for (const g of groups.values()) {
    for (const a of g) {
      for (const b of g) {
        if (RANK[a.example.tier!] >= RANK[b.example.tier!]) continue;
        all++;
        if (a.result.scores.overall > b.result.scores.overall) right++;
      }
    }
  }
  return all ? right / all : 1;
}

