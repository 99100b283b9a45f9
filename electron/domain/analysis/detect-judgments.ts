/** Finds judging language by running every judgment rule over the reply, with negation and self-reference checks. */
import type { Clause } from './clauses';
import type { Parsed } from './nlp';
import type { AnalyzedJudgment } from './types';
import { judgmentRules } from './rules/judgments';
import type { JudgmentRule } from './rules/types';
import { findAll } from './rules/compile';
import { clauseAt, dropContained, isFollowedByBut, isNegatedAt, isReported, isSelfReference } from './context';

/** A judgment rule said under negation: "you're not overreacting", "it's not your fault". */
export interface NegatedJudgment {
  rule: JudgmentRule;
  start: number;
  end: number;
  text: string;
}

/** Judgments found, and denied judgments that work as support. */
export interface JudgmentFindings {
  judgments: AnalyzedJudgment[];
  support: NegatedJudgment[];
}

/** Kinds whose denial reassures the partner (a denied label is validation). */
const SUPPORTIVE_WHEN_DENIED = new Set<JudgmentRule['kind']>(['label', 'criticism', 'minimizing']);

/** Kinds that judge the partner; someone else's reported words are not the speaker's judgment. */
const REPORTABLE = new Set<JudgmentRule['kind']>(['label', 'criticism', 'moralizing', 'minimizing']);

/** Runs the judgment rules over a parsed reply. */
export function detectJudgments(parsed: Parsed, clauses: Clause[]): JudgmentFindings {
  const { text, tokens } = parsed;
  // Overlaps are resolved on the trigger words (`end`), before a span is stretched to its clause end.
  const found: Array<{ judgment: AnalyzedJudgment; start: number; end: number }> = [];
  const support: NegatedJudgment[] = [];
  for (const rule of judgmentRules as readonly JudgmentRule[]) {
    for (const { start, end } of findAll(rule.pattern, text)) {
      const span = text.slice(start, end);
      if (rule.partnerOnly && isSelfReference(tokens, clauses, start, span)) continue;
      if (REPORTABLE.has(rule.kind) && isReported(tokens, clauses, start)) continue;
      // A label can carry its own denial: "you're not too much", "you're not crazy".
      const isDenied = isNegatedAt(tokens, clauses, start) || (rule.kind === 'label' && /\b(?:not|never)\b|n't/i.test(span));
      if (rule.negatable && isDenied) {
        // "i'm not saying you're lazy, but…" denies nothing: the "but" takes it back.
        if (SUPPORTIVE_WHEN_DENIED.has(rule.kind) && !isFollowedByBut(tokens, end)) support.push({ rule, start, end, text: span });
        continue;
      }
      const stop = rule.toClauseEnd ? clauseWordsEnd(parsed, clauses, start, end) : end;
      found.push({
        start,
        end,
        judgment: { text: text.slice(start, stop), start, end: stop, kind: rule.kind, rule: rule.id, note: rule.note, suggestion: rule.suggestions[0] ?? '' },
      });
    }
  }
  return { judgments: dropContained(found).map((f) => f.judgment), support: dropContained(support) };
}

/** The end of the last word of the clause holding [start, end), never before `end`. */
function clauseWordsEnd(parsed: Parsed, clauses: Clause[], start: number, end: number): number {
  const clause = clauseAt(clauses, start);
  if (!clause) return end;
  for (let i = clause.to - 1; i >= clause.from; i--) {
    const t = parsed.tokens[i]!;
    if (!t.isPunct) return Math.max(end, t.end);
  }
  return end;
}
