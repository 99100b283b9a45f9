/** Scores from evidence: each dimension is its baseline plus its evidence deltas; overall weighs them. */
import { BASELINES } from './evidence';
import type { Evidence, Scores } from './types';

const clamp = (n: number): number => Math.max(0, Math.min(100, Math.round(n)));

/** The four scores of a reply; judging language (`hasJudgment`) caps the whole reply at its judgment-free score. */
export function scoreEvidence(evidence: readonly Evidence[], hasJudgment: boolean): Scores {
  const sum = (dimension: Evidence['dimension']): number =>
    evidence.filter((e) => e.dimension === dimension).reduce((acc, e) => acc + e.delta, BASELINES[dimension] as number);
  const judgmentFree = clamp(sum('judgmentFree'));
  const openQuestions = clamp(sum('openQuestions'));
  const empathy = clamp(sum('empathy'));
  let overall = clamp(0.4 * judgmentFree + 0.25 * openQuestions + 0.35 * empathy);
  // Warmth around a blame does not cancel the blame.
  if (hasJudgment) overall = Math.min(overall, judgmentFree);
  return { judgmentFree, openQuestions, empathy, overall };
}
