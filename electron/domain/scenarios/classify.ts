/** Reads the analyzer's result as kinds of reply the partner reacts to. */
import type { Analysis, Relevance } from '../analysis/types';
import type { ReplyKind } from './types';

/** Hurtful kinds, worst first: the first one present decides how the partner reacts. */
export const HURTFUL: readonly ReplyKind[] = ['judgment', 'dismissal', 'fixing', 'selfFocus'];

/** Helpful kinds, strongest first. */
export const HELPFUL: readonly ReplyKind[] = ['reflection', 'validation', 'openQuestion'];

/**
 * The analyzer names judgment kinds freely (its rules are data), so they are matched by stem:
 * a new kind still lands in the right family, and an unknown one counts as judgment.
 */
const FAMILIES: [RegExp, ReplyKind][] = [
  [/minimi|dismiss|invalidat/i, 'dismissal'],
  [/advice|fix|solv|instruct/i, 'fixing'],
  [/self|hijack|one-?up|me-?too|own story/i, 'selfFocus'],
  [/stack|leading/i, 'closedQuestion'],
];

/** The reply family of one analyzer judgment kind. */
export function familyOf(judgmentKind: string): ReplyKind {
  for (const [pattern, kind] of FAMILIES) if (pattern.test(judgmentKind)) return kind;
  return 'judgment';
}

/** The analyzer's full result adds `validation` ("that makes sense") and `relevance`; plain `Analysis` objects may lack them. */
export type AnalysisInput = Analysis & { validation?: boolean; relevance?: Relevance };

/** Every kind present in the reply, hurtful ones first (worst first), then helpful, then question/neutral. */
export function replyKinds(analysis: AnalysisInput): ReplyKind[] {
  const found = new Set<ReplyKind>();
  for (const span of analysis.judgments) found.add(familyOf(span.kind));
  if (analysis.advice) found.add('fixing');
  if (analysis.reflection || analysis.empathy.interpretations > 0) found.add('reflection');
  if (analysis.empathy.emotionalReactions > 0 || analysis.validation) found.add('validation');
  // An accusing "why" or a question wrapped around a label may parse as open, but it opens nothing.
  const judged = (q: { start: number; end: number }) => analysis.judgments.some((j) => j.start < q.end && j.end > q.start);
  const hasOpen = analysis.questions.some((q) => q.type === 'open' && !judged(q));
  const hasClosed = analysis.questions.some((q) => q.type === 'closed');
  // "Are you okay?" explores weakly, but it is still a yes/no question: only an open question, a
  // strong exploration, or an exploration made without a closed question counts as opening a door.
  const { explorations } = analysis.empathy;
  if (hasOpen || explorations === 2 || (explorations > 0 && !hasClosed)) found.add('openQuestion');
  // A leading or stacked question is flagged, not hurtful: it is read like a closed one.
  if (hasClosed) found.add('closedQuestion');
  // Reflecting or asking about something they did not say is not listening to them (relevance.ts).
  if (analysis.relevance?.onTopic === false) {
    found.delete('reflection');
    found.delete('openQuestion');
    found.add('offTopic');
  }
  const order: ReplyKind[] = [...HURTFUL, ...HELPFUL, 'offTopic', 'closedQuestion'];
  const kinds = order.filter((k) => found.has(k));
  return kinds.length > 0 ? kinds : ['neutral'];
}

/** True for kinds that cost trust. */
export function isHurtful(kind: ReplyKind): boolean {
  return HURTFUL.includes(kind);
}

/** True for kinds that build trust. */
export function isHelpful(kind: ReplyKind): boolean {
  return HELPFUL.includes(kind);
}
