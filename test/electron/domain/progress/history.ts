/** Hand-built session histories for the progress tests; every time is an explicit UTC instant. */
import type { Analysis, JudgmentSpan, Scores } from '../../../../electron/domain/analysis/types';
import { SESSION_SCHEMA_VERSION, type ReplyAttempt, type Session } from '../../../../shared/types/sessions';

/** Scores where overall is given and the three parts are derived, so each test states only what it checks. */
export function scores(overall: number, parts: Partial<Scores> = {}): Scores {
  return { judgmentFree: overall, openQuestions: overall, empathy: overall, ...parts, overall };
}

/** A judgment span of `kind`; the text does not matter to aggregation. */
export function flag(kind: string): JudgmentSpan {
  return { text: 'x', start: 0, end: 1, kind, suggestion: 'y' };
}

/** One typed attempt with the given scores and flags. */
export function attempt(s: Scores, flags: JudgmentSpan[] = []): ReplyAttempt {
  const analysis: Analysis = {
    scores: s,
    questions: [],
    judgments: flags,
    empathy: { emotionalReactions: 0, interpretations: 0, explorations: 0 },
    reflection: false,
    advice: false,
  };
  return {
    id: Math.random().toString(16).slice(2, 10),
    createdAt: '2026-01-01T00:00:00Z',
    source: 'typed',
    text: 'reply',
    analysis,
    reaction: { opennessBefore: 30, opennessAfter: 40, line: 'ok', thought: 'hm' },
  };
}

/** A session started at `startedAt` whose turns hold the given attempts (one array per turn). */
export function session(id: string, startedAt: string, turns: ReplyAttempt[][], scenarioId = 'burnout'): Session {
  return {
    schemaVersion: SESSION_SCHEMA_VERSION,
    id,
    scenarioId,
    scenarioTitle: scenarioId === 'burnout' ? 'Burned out at work' : `Scenario ${scenarioId}`,
    startedAt,
    ending: 'ended',
    turns: turns.map((attempts, index) => ({ index, partnerLine: `line ${index}`, attempts })),
  };
}
