/**
 * The reply analyzer: how well one spoken reply listens, which exact words earned or cost points,
 * and how to say it better. Pure TypeScript (no Electron, React or fs), so the Electron main
 * process, the `attune` CLI and the tests all run this same code.
 *
 * Two halves vote: hand-written rules find the spans (./rule-analysis.ts) and linear models
 * trained on expert-labelled corpora decide what rules cannot (./learned, see README); then
 * listening earns credit only when it is about what the partner said (./relevance.ts).
 */
import { analyzeWithRules, scoreFindings } from './rule-analysis';
import { fuse, type ModelSet } from './learned/fuse';
import { shippedModels } from './learned';
import { guardInput, unfold } from './input-guard';
import { applyRelevance } from './relevance';
import type { AnalyzeOptions } from './options';
import type { AnalysisResult } from './types';

export type * from './types';
export type { AnalyzeOptions } from './options';
export { AnalysisInputError, MAX_ANALYSIS_CHARS } from './input-guard';

/** Analyzes one reply (typed or transcribed) and explains every point with evidence. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return analyzeWith(shippedModels(), text, options);
}

/** Analyzes with a given model set (the trainer's cross-validation scores each fold's models this way). */
export function analyzeWith(models: ModelSet, text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const safe = guardInput(text, options); // hostile input (huge, runs, repeats): refused or folded first
  return safe ? unfold(analyzeSafe(models, safe.folded.text, safe.options), safe.folded, text) : analyzeSafe(models, text, options);
}

function analyzeSafe(models: ModelSet, text: string, options: AnalyzeOptions): AnalysisResult {
  const findings = analyzeWithRules(text, options);
  const result = scoreFindings(text, fuse(text, findings, options, models));
  return applyRelevance(result, findings.parsed, options);
}
