/** Small typed sessions and summaries for component tests. */
import type { AnalysisResult } from '../../../shared/types/analysis';
import { SESSION_SCHEMA_VERSION, type ReplyAttempt, type Session, type SessionSummary } from '../../../shared/types/sessions';

/** An analysis with these scores and nothing marked in the text. */
export function analysisWith(overall: number): AnalysisResult {
  return {
    scores: { overall, judgmentFree: overall, openQuestions: overall, empathy: overall },
    questions: [],
    judgments: [],
    empathy: { emotionalReactions: 0, interpretations: 0, explorations: 0 },
    reflection: false,
    advice: false,
    validation: false,
    evidence: [],
  };
}

/** A typed attempt with the given overall score. */
export function typedAttempt(id: string, overall: number, text = 'That sounds hard.'): ReplyAttempt {
  return {
    id,
    createdAt: '2026-11-30T09:00:00Z',
    source: 'typed',
    text,
    analysis: analysisWith(overall),
    reaction: { opennessBefore: 1, opennessAfter: 2, line: 'Maybe.', thought: 'They listened.' },
  };
}

/** A session with one answered turn. */
export function typedSession(id: string, overall = 70): Session {
  return {
    schemaVersion: SESSION_SCHEMA_VERSION,
    id,
    scenarioId: 'grief-birthday',
    scenarioTitle: 'A hard birthday',
    startedAt: '2026-11-30T09:00:00Z',
    turns: [{ index: 0, partnerLine: "It's nothing.", attempts: [typedAttempt(`${id}-a`, overall)] }],
  };
}

/** The list row of a session whose turns have one attempt each (so the mean is simple to state). */
export function summaryOf(session: Session): SessionSummary {
  const last = session.turns.flatMap((t) => t.attempts).at(-1);
  return {
    id: session.id,
    scenarioId: session.scenarioId,
    scenarioTitle: session.scenarioTitle,
    startedAt: session.startedAt,
    replyCount: session.turns.filter((t) => t.attempts.length > 0).length,
    attemptCount: session.turns.reduce((n, t) => n + t.attempts.length, 0),
    ...(last ? { scores: last.analysis.scores } : {}),
  };
}
