/** The shape of the analyzer's rules: small reviewable records, like retext-equality's data/en/*.yml. */

/** Where a rule comes from: a coding manual or framework, or the project's seed notes. */
export type RuleSource = 'MITI' | 'EPITOME' | 'Gottman' | 'NVC' | 'seeds';

/** Kinds of judging language (issue 2, item 2). */
export type JudgmentKind =
  | 'criticism'
  | 'label'
  | 'contempt'
  | 'minimizing'
  | 'moralizing'
  | 'defensiveness'
  | 'advice'
  | 'self-focus'
  | 'accusatory-why';

/**
 * A judgment rule. `pattern` is a case-insensitive regular expression written over words:
 * a space also matches fillers ("you're um overreacting"), an apostrophe is optional ("youre"),
 * and {you're}-style macros expand to the spoken variants (see compile.ts).
 */
export interface JudgmentRule {
  id: string;
  kind: JudgmentKind;
  pattern: string;
  note: string;
  /** Speakable rewrites; the first is shown. */
  suggestions: string[];
  source: RuleSource;
  /** "you're not overreacting": a negator just before the match turns it into support. */
  negatable?: boolean;
  /** A label or blame said about oneself ("i'm so lazy") is not a judgment of the partner. */
  partnerOnly?: boolean;
  /** Highlight to the end of the clause ("at least you have a job"), not just the trigger words. */
  toClauseEnd?: boolean;
}

/** The positive signals: EPITOME's emotional reactions and interpretations, and validation. */
export type CueMechanism = 'emotionalReactions' | 'interpretations' | 'validation';

/** An empathy cue rule: a phrase that shows warmth, understanding or validation. */
export interface CueRule {
  id: string;
  mechanism: CueMechanism;
  /** EPITOME strength: 1 weak (generic), 2 strong (specific). */
  level: 1 | 2;
  pattern: string;
  note: string;
  source: RuleSource;
  /** A reflection of the partner's feeling or experience (counts toward `reflection`). */
  reflects?: boolean;
}

/** A closed-question form with the open question to ask instead. */
export interface QuestionRewrite {
  id: string;
  /** Matched against the question's text. */
  pattern: string;
  suggestion: string;
  source: RuleSource;
}
