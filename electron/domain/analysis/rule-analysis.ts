/**
 * The rule half of the analyzer: hand-written detectors over one parse (questions, judgments,
 * empathy cues, echoes). Its findings are both a vote of their own and features of the learned
 * models (see ./learned and ./index.ts, which fuses the two).
 */
import { parse, type Parsed } from './nlp';
import { splitClauses, type Clause } from './clauses';
import { detectJudgments } from './detect-judgments';
import { detectQuestions } from './detect-questions';
import { detectOwnStory } from './detect-self-focus';
import { detectCues, explorationLevel, findEchoes } from './detect-empathy';
import { QUESTION_POINTS, empathyEvidence, judgmentEvidence, longTurnEvidence, questionEvidence, type LearnedEmpathy } from './evidence';
import { scoreEvidence } from './scores';
import type { AnalysisResult, AnalyzedJudgment, AnalyzedQuestion, EmpathyLevel, Evidence } from './types';
import type { NegatedJudgment } from './detect-judgments';
import type { AnalyzeOptions } from './options';
import type { FoundQuestion } from './detect-questions';
import type { Echo, FoundCue } from './detect-empathy';


/** What the detectors found, before scoring; the learned models read it and may revise it. */
export interface Findings {
  parsed: Parsed;
  clauses: Clause[];
  judgments: AnalyzedJudgment[];
  questions: FoundQuestion[];
  cues: FoundCue[];
  support: NegatedJudgment[];
  echoes: Echo[];
  explorations: Array<{ question: FoundQuestion; level: EmpathyLevel }>;
  reflection: boolean;
  /** The span that shows the reflection (a reflecting cue, an echo, or the learned model's words). */
  reflectionAnchor?: { start: number; end: number };
  validation: boolean;
  /** EPITOME levels decided by the learned models, with the words that explain each (replaces the rules' ratings). */
  learnedEmpathy?: LearnedEmpathy;
  /** Further scored spans (e.g. a learned reading of tone). */
  extra: Evidence[];
}

/** What the rules found, and the rules-only result (the learned models read both as features). */
export interface RuleFindings extends Findings {
  result: AnalysisResult;
}

/** Analyzes one reply with the rules alone (the pre-learning analyzer), keeping its findings. */
export function analyzeWithRules(text: string, options: AnalyzeOptions = {}): RuleFindings {
  const findings = findWithRules(text, options);
  return { ...findings, result: scoreFindings(text, findings) };
}

/** Runs the rule detectors over one reply. */
export function findWithRules(text: string, options: AnalyzeOptions = {}): Findings {
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
  const validation = cues.some((c) => c.rule.mechanism === 'validation') || support.length > 0;
  const reflectingCue = cues.find((c) => c.rule.reflects);
  const echoedFeeling = echoes.some((e) => e.isFeeling);
  const hasWarmCue = cues.some((c) => c.rule.mechanism !== 'validation');
  const reflection = !!reflectingCue || echoedFeeling || echoes.length >= 2 || (echoes.length === 1 && hasWarmCue);
  const anchor = reflectingCue ?? echoes[0]?.token ?? cues[0];
  return {
    parsed,
    clauses,
    judgments: allJudgments,
    questions: found,
    cues,
    support,
    echoes,
    explorations,
    reflection,
    reflectionAnchor: reflection && anchor ? { start: anchor.start, end: anchor.end } : undefined,
    validation,
    extra: [],
  };
}

/** Scores findings: every score is its baseline plus the deltas of the evidence, which explains it exactly. */
export function scoreFindings(text: string, f: Findings): AnalysisResult {
  const { parsed, judgments: allJudgments, questions: found, cues, support, echoes, reflection, validation } = f;
  const empathy = empathyEvidence(cues, f.explorations, support, echoes, f.learnedEmpathy);
  const evidence: Evidence[] = [...judgmentEvidence(allJudgments), ...questionEvidence(found), ...empathy.evidence, ...longTurnEvidence(parsed.tokens, text), ...f.extra];
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
  if (found.length === 0 && reflection && f.reflectionAnchor) {
    const anchor = f.reflectionAnchor;
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
  return result;
}
