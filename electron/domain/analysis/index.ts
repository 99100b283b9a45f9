/**
 * The reply analyzer: how well one spoken reply listens, which exact words earned or cost points,
 * and how to say it better. Pure TypeScript (no Electron, React or fs), so the Electron main
 * process, the `attune` CLI and the tests all run this same code.
 */
import { parse } from './nlp';
import { splitClauses } from './clauses';
import { detectJudgments } from './detect-judgments';
import { detectQuestions } from './detect-questions';
import { detectOwnStory } from './detect-self-focus';
import { detectCues, explorationLevel, findEchoes } from './detect-empathy';
import { QUESTION_POINTS, empathyEvidence, judgmentEvidence, questionEvidence } from './evidence';
import { guardInput, unfold } from './input-guard';
import { scoreEvidence } from './scores';
import { applyRelevance, type LineAbout } from './relevance';
import type { AnalysisResult, AnalyzedJudgment, AnalyzedQuestion, Evidence } from './types';

export type * from './types';
export { AnalysisInputError, MAX_ANALYSIS_CHARS } from './input-guard';

/** Options for one analysis. */
export interface AnalyzeOptions {
  /** The partner's line this reply answers: echoing its feelings and topics counts as reflection. */
  partner?: string;
  /** What the partner's line is about (feelings, topics, what is unsaid): replies are scored on their relevance to it. */
  about?: LineAbout;
}

/** Analyzes one reply (typed or transcribed) and explains every point with evidence. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const safe = guardInput(text, options); // hostile input (huge, runs, repeats): refused or folded first
  return safe ? unfold(analyzeSafe(safe.folded.text, safe.options), safe.folded, text) : analyzeSafe(text, options);
}

function analyzeSafe(text: string, options: AnalyzeOptions): AnalysisResult {
  const parsed = parse(text);
  const clauses = splitClauses(parsed);
  const phraseFindings = detectJudgments(parsed, clauses);
  const support = phraseFindings.support;
  const ownStory = detectOwnStory(parsed, clauses, options.partner).filter(
    (s) => !phraseFindings.judgments.some((j) => j.start < s.end && s.start < j.end),
  );
  const judgments = [...phraseFindings.judgments, ...ownStory];
  const found = detectQuestions(parsed, clauses);

  // An accusing "why" is blame dressed as a question: it is also a judgment.
  const accusations: AnalyzedJudgment[] = found
    .filter((q) => q.flags.includes('accusatory-why'))
    .map((q) => ({ text: q.text, start: q.start, end: q.end, kind: 'accusatory-why', rule: 'accusatory-why', note: 'An accusing "why" asks them to defend themselves.', suggestion: q.suggestion ?? 'What led to that?' }));
  // An advice or label inside a question makes it leading ("have you tried…", "aren't you overreacting?").
  for (const q of found) {
    const hasJudgment = judgments.some((j) => j.start >= q.start && j.end <= q.end);
    if (hasJudgment && !q.flags.includes('accusatory-why') && !q.flags.includes('leading')) {
      q.flags.push('leading');
      q.suggestion = /\b(?:tried|try|thought about|considered|why don'?t you|why not)\b/i.test(q.text)
        ? 'What have you tried so far, and how did it go?'
        : 'What do you make of it?';
    }
  }
  // "why can't you just relax": the accusation already carries the advice inside it.
  const outsideAccusations = judgments.filter(
    (j) => !(['advice', 'minimizing', 'criticism'].includes(j.kind) && accusations.some((a) => j.start >= a.start && j.end <= a.end)),
  );
  const allJudgments = [...outsideAccusations, ...accusations].sort((a, b) => a.start - b.start);

  const blocked = [...allJudgments, ...found.filter((q) => q.flags.some((f) => f !== 'stacked'))];
  const echoes = findEchoes(parsed, options.partner, blocked);
  const cues = detectCues(parsed, clauses, allJudgments);
  // Only the first of a string of questions explores; the rest crowd it.
  const explorations = found.map((question, i) => {
    const isCrowded = question.flags.includes('stacked') && i > 0 && found[i - 1]!.flags.includes('stacked');
    return { question, level: isCrowded ? 0 : explorationLevel(question, echoes) };
  });
  const empathy = empathyEvidence(cues, explorations, support, echoes);

  const validation = cues.some((c) => c.rule.mechanism === 'validation') || support.length > 0;
  const reflectingCue = cues.find((c) => c.rule.reflects);
  const echoedFeeling = echoes.some((e) => e.isFeeling);
  const hasWarmCue = cues.some((c) => c.rule.mechanism !== 'validation');
  const reflection = !!reflectingCue || echoedFeeling || echoes.length >= 2 || (echoes.length === 1 && hasWarmCue);

  const evidence: Evidence[] = [...judgmentEvidence(allJudgments), ...questionEvidence(found), ...empathy.evidence];
  // With no question, a reflection still invites them to go on (MI treats it as the question's partner).
  const validatingCue = cues.find((c) => c.rule.mechanism === 'validation') ?? support[0];
  if (found.length === 0 && !reflection && validatingCue) {
    evidence.push({
      dimension: 'openQuestions',
      delta: QUESTION_POINTS.validationWithoutQuestion,
      start: validatingCue.start,
      end: validatingCue.end,
      text: '',
      kind: 'validation',
      note: 'No question needed: validating their feeling leaves the door open.',
    });
  }
  if (found.length === 0 && reflection) {
    const anchor = reflectingCue ?? echoes[0]?.token ?? cues[0]!;
    evidence.push({
      dimension: 'openQuestions',
      delta: QUESTION_POINTS.reflectionWithoutQuestion,
      start: anchor.start,
      end: anchor.end,
      text: parsed.text.slice(anchor.start, anchor.end),
      kind: 'reflection',
      note: 'No question needed: a reflection invites them to keep talking.',
    });
  }
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const e of evidence) e.text = text.slice(e.start, e.end);

  const scores = scoreEvidence(evidence, allJudgments.length > 0);

  const questions: AnalyzedQuestion[] = found.map(({ clause: _clause, ...q }) => ({ ...q, text: text.slice(q.start, q.end) }));
  const result: AnalysisResult = {
    scores,
    questions,
    judgments: allJudgments.map((j) => ({ ...j, text: text.slice(j.start, j.end) })),
    empathy: empathy.ratings,
    reflection,
    validation,
    advice: allJudgments.some((j) => j.kind === 'advice'),
    evidence,
  };
  // Listening earns credit only when it is about what the partner said (relevance.ts).
  return applyRelevance(result, parsed, options);
}
