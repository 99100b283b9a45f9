/**
 * The reply analyzer's result: the `attune analyze --jsonl` contract, also used by the
 * scenarios engine, the session store and the UI. Fields may be added; none may be renamed.
 */

/** A 0–2 rating of one EPITOME communication mechanism: none, weak, strong. */
export type EmpathyLevel = 0 | 1 | 2;

/** Scores 0–100; higher is better listening. */
export interface Scores {
  judgmentFree: number;
  openQuestions: number;
  empathy: number;
  overall: number;
}

/** A question found in the reply, with or without a question mark. */
export interface QuestionSpan {
  text: string;
  /** Character offset into the analyzed text (inclusive). */
  start: number;
  /** Character offset into the analyzed text (exclusive). */
  end: number;
  type: 'open' | 'closed';
}

/** A span of judging, dismissing, fixing or self-focused language, with a better phrasing. */
export interface JudgmentSpan {
  text: string;
  start: number;
  end: number;
  kind: string;
  suggestion: string;
}

/** EPITOME's three mechanisms. */
export interface EmpathyRatings {
  emotionalReactions: EmpathyLevel;
  interpretations: EmpathyLevel;
  explorations: EmpathyLevel;
}

/** The analysis of one reply (see the CLI contract). */
export interface Analysis {
  scores: Scores;
  questions: QuestionSpan[];
  judgments: JudgmentSpan[];
  empathy: EmpathyRatings;
  reflection: boolean;
  advice: boolean;
}
