import { describe, expect, it } from 'vitest';
import { SESSION_SCHEMA_VERSION, type ReplyAttempt, type Session, type Turn } from '../../../shared/types/sessions';
import { attemptCount, bestAttempt, branchScores, continuingAttempt, replyCount, sessionScores } from '../../../shared/sessions/scores';
import { summarize } from '../../../electron/storage/sessions/store';
import { buildProgress } from '../../../electron/domain/progress/summary';
import { sessionSummaryMarkdown } from '../../../electron/storage/archive/summary-md';

function attempt(id: string, overall: number): ReplyAttempt {
  return {
    id,
    createdAt: '2026-11-30T09:00:00Z',
    source: 'typed',
    text: `reply ${id}`,
    analysis: { scores: { overall, judgmentFree: overall, openQuestions: overall, empathy: overall }, questions: [], judgments: [], empathy: { emotionalReactions: 0, interpretations: 0, explorations: 0 }, reflection: false, advice: false },
    reaction: { opennessBefore: 1, opennessAfter: 1, line: 'Hm.', thought: '…' },
  };
}

const turn = (index: number, attempts: ReplyAttempt[], continuedWith?: string): Turn => ({ index, partnerLine: `line ${index}`, attempts, ...(continuedWith ? { continuedWith } : {}) });

/** The case: two 79s, then a worse redo of the second reply; the talk went on from the best. */
const SESSION: Session = {
  schemaVersion: SESSION_SCHEMA_VERSION,
  id: 's1',
  scenarioId: 'grief-birthday',
  scenarioTitle: 'A hard birthday',
  startedAt: '2026-11-30T09:00:00Z',
  ending: 'ended',
  turns: [turn(0, [attempt('a', 79)]), turn(1, [attempt('b1', 79), attempt('b2', 50)], 'b1'), turn(2, [])],
};

describe('one meaning per number', () => {
  it("a turn's score is its continuing attempt's: the chosen one, else the last", () => {
    expect(continuingAttempt(SESSION.turns[1]!)?.id).toBe('b1');
    expect(continuingAttempt(turn(0, [attempt('x', 10), attempt('y', 90)]))?.id).toBe('y');
    // An id that names no attempt (a hand-edited file) falls back to the last one.
    expect(continuingAttempt(turn(0, [attempt('x', 10), attempt('y', 90)], 'gone'))?.id).toBe('y');
    expect(continuingAttempt(turn(0, []))).toBeUndefined();
  });

  it('a redo goes on from the best attempt by default, the later one on a tie', () => {
    expect(bestAttempt([attempt('a', 79), attempt('b', 50)])?.id).toBe('a');
    expect(bestAttempt([attempt('a', 60), attempt('b', 60)])?.id).toBe('b');
  });

  it("a session's score is the mean over its answered turns; replies count turns, attempts apart", () => {
    expect(sessionScores(SESSION)?.overall).toBe(79);
    expect(replyCount(SESSION)).toBe(2);
    expect(attemptCount(SESSION)).toBe(3);
    expect(sessionScores({ ...SESSION, turns: [turn(0, [attempt('a', 70)]), turn(1, [attempt('b', 75)])] })?.overall).toBe(72.5);
    expect(sessionScores({ ...SESSION, turns: [turn(0, [])] })).toBeNull();
  });

  it('Review, the scenario cards, Progress and exports all show that same score', () => {
    const summary = summarize(SESSION);
    expect(summary).toMatchObject({ replyCount: 2, attemptCount: 3, scores: { overall: 79 } });
    const progress = buildProgress([SESSION], { now: new Date('2026-11-30T12:00:00Z') });
    expect(progress.sessions[0]).toMatchObject({ replyCount: 2, scores: { overall: 79 } });
    expect(progress.scenarios[0]?.latestOverall).toBe(79);
    const markdown = sessionSummaryMarkdown(SESSION);
    expect(markdown).toContain('Session score (mean over 2 replies, 3 attempts): overall 79,');
    expect(markdown).toContain('**Your reply, attempt 1, the one the talk went on from**');
  });
});

describe('a session with retries', () => {
  /** The session, retried from turn 2 (one better reply that ended it), and that retry retried from its turn 3. */
  const RETRIED: Session = {
    ...SESSION,
    branches: [
      { id: 'r1', fromTurn: 1, createdAt: '2026-11-30T09:10:00Z', ending: 'success', turns: [turn(1, [attempt('c', 95)])] },
      { id: 'r2', parent: 'r1', fromTurn: 1, createdAt: '2026-11-30T09:20:00Z', turns: [turn(1, [attempt('d', 40)]), turn(2, [attempt('e', 60)])] },
    ],
  };

  it('keeps the main line as the session\'s score, replies and attempts', () => {
    expect(sessionScores(RETRIED)).toEqual(sessionScores(SESSION));
    expect(replyCount(RETRIED)).toBe(replyCount(SESSION));
    expect(attemptCount(RETRIED)).toBe(attemptCount(SESSION));
  });

  it('gives each retry its own score: the mean over its whole line, shared turns included', () => {
    expect(branchScores(RETRIED, 'r1')?.overall).toBe(87); // turn 1 (79) shared, then 95
    expect(branchScores(RETRIED, 'r2')?.overall).toBe(59.7); // 79, 40, 60
    expect(() => branchScores(RETRIED, 'r3')).toThrow('Session s1 has no retry "r3".');
  });
});
