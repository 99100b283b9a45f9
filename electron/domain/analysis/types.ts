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

/** The score dimension a piece of evidence moved. */
export type EvidenceDimension = 'judgmentFree' | 'openQuestions' | 'empathy';

/**
 * One span of the reply that earned (+) or cost (−) points, the single message type used by the
 * transcript highlighting, the replay regions and the CLI report (cf. unified's VFileMessage).
 */
export interface Evidence {
  dimension: EvidenceDimension;
  /** Score points this span added (+, helped) or removed (−, hurt) on `dimension`. */
  delta: number;
  /** Character offset into the analyzed text (inclusive). */
  start: number;
  /** Character offset into the analyzed text (exclusive). */
  end: number;
  text: string;
  /** The id of the rule that fired, e.g. `label`, `open-question`, `emotional-reaction`. */
  kind: string;
  /** One line saying why this span helped or hurt. */
  note: string;
  /** A better phrasing a person could say aloud, when the span hurt. */
  suggestion?: string;
}

/** Problems a question can have beyond being closed. */
export type QuestionFlag = 'accusatory-why' | 'leading' | 'stacked';

/** A question with its flags and, when it deserves one, a speakable better question. */
export interface AnalyzedQuestion extends QuestionSpan {
  flags: QuestionFlag[];
  suggestion?: string;
}

/** A judgment span with the one-line reason it hurts. */
export interface AnalyzedJudgment extends JudgmentSpan {
  /** The rule that fired (e.g. `label-overreacting`). */
  rule: string;
  note: string;
}

/** The analyzer's full result: the CLI contract plus evidence for highlighting and replay. */
export interface AnalysisResult extends Analysis {
  questions: AnalyzedQuestion[];
  judgments: AnalyzedJudgment[];
  /** The reply validates the partner's feelings ("that makes sense", "you're not overreacting"). */
  validation: boolean;
  /** Every span that moved a score; scores are baseline + the sum of their deltas (see README). */
  evidence: Evidence[];
  /** Whether the reply's listening is about what the partner said (relevance.ts). */
  relevance?: Relevance;
}

/** What a partner line is about: its feelings, its topics (words), and words for what the speaker has not said yet. */
export interface LineAbout {
  feelings?: readonly string[];
  topics?: readonly string[];
  unsaid?: readonly string[];
}

/** How the reply relates to the partner's line: the partner engine reads it to follow the user's lead. */
export interface Relevance {
  /** False when every reflection, interpretation or exploration in the reply is about something they did not say. */
  onTopic: boolean;
  /** The partner's words and `about` feelings and topics the reply picked up. */
  touched: string[];
  /** The reply names what they have not said yet (a complex reflection). */
  unsaid: boolean;
  /** The reply's words as Porter stems, in order: the engine finds topics and repeats in them. */
  words: string[];
}
