import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../electron/domain/progress/summary';
import { attempt, flag, scores, session } from './history';

const dismissing = (n: number) => Array.from({ length: n }, () => flag('dismissing'));

/** Six sessions over a week in which "dismissing" fades from 6 to 1 per session. */
function improvingWeek() {
  return [
    session('s1', '2026-02-02T08:00:00Z', [[attempt(scores(40), dismissing(4))], [attempt(scores(50), [...dismissing(2), flag('fixing')])]]),
    session('s2', '2026-02-03T08:00:00Z', [[attempt(scores(50), dismissing(6))]]),
    session('s3', '2026-02-04T08:00:00Z', [[attempt(scores(55), dismissing(6))]], 'grief'),
    session('s4', '2026-02-05T08:00:00Z', [[attempt(scores(70), dismissing(2))]]),
    session('s5', '2026-02-06T08:00:00Z', [[attempt(scores(80), [flag('fixing')])]], 'grief'),
    session('s6', '2026-02-07T08:00:00Z', [[attempt(scores(85), dismissing(1))]]),
  ];
}

describe('buildProgress', () => {
  const now = new Date('2026-02-07T20:00:00Z');

  it('orders sessions by start time whatever the input order, with each session the mean of its turns', () => {
    const progress = buildProgress(improvingWeek().reverse(), { now });
    expect(progress.sessions.map((p) => p.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(progress.sessions[0]!.scores?.overall).toBe(45);
    expect(progress.sessions.map((p) => p.scores?.overall)).toEqual([45, 50, 55, 70, 80, 85]);
  });

  it('scores a redone turn by its continuing attempt (the last when none was chosen), counts it as one reply, but counts the flags of every attempt', () => {
    const redo = session('r', '2026-02-02T08:00:00Z', [[attempt(scores(20), dismissing(2)), attempt(scores(90))]]);
    const progress = buildProgress([redo], { now });
    expect(progress.sessions[0]!.scores?.overall).toBe(90);
    expect(progress.sessions[0]!.replyCount).toBe(1);
    expect(progress.flags).toEqual([{ kind: 'dismissing', total: 2, sessionCount: 1, earlyPerSession: 2, recentPerSession: 2, window: 1 }]);
    expect(progress.bestReply.overall?.value).toBe(90);
  });

  it('charts calibration: per session, the mean distance between each guess and its score, sessions without guesses left out', () => {
    const guessed = (overall: number, guess: number) => ({ ...attempt(scores(overall)), selfRating: guess });
    const progress = buildProgress(
      [
        session('g1', '2026-02-02T08:00:00Z', [[guessed(40, 80)], [guessed(60, 50)]]),
        session('g2', '2026-02-03T08:00:00Z', [[attempt(scores(70))]]),
        session('g3', '2026-02-04T08:00:00Z', [[guessed(70, 72), attempt(scores(90))]]),
      ],
      { now },
    );
    expect(progress.calibration).toEqual([
      { sessionId: 'g1', startedAt: '2026-02-02T08:00:00Z', meanGap: 25, guesses: 2 },
      { sessionId: 'g3', startedAt: '2026-02-04T08:00:00Z', meanGap: 2, guesses: 1 },
    ]);
  });

  it("keeps a retried session's score its first try's, but counts the retry's flags, guesses and best reply (each was said)", () => {
    const first = session('t', '2026-02-02T08:00:00Z', [[attempt(scores(60))], [attempt(scores(20), dismissing(1))]]);
    first.branches = [{ id: 'r1', fromTurn: 1, createdAt: '2026-02-02T08:05:00Z', turns: [{ index: 1, partnerLine: 'line 1', attempts: [{ ...attempt(scores(95), [flag('fixing')]), selfRating: 85 }] }] }];
    const progress = buildProgress([first], { now });
    expect(progress.sessions[0]!.scores?.overall).toBe(40);
    expect(progress.sessions[0]!.replyCount).toBe(2);
    expect(progress.flags.map((f) => [f.kind, f.total])).toEqual([
      ['dismissing', 1],
      ['fixing', 1],
    ]);
    expect(progress.calibration).toEqual([{ sessionId: 't', startedAt: '2026-02-02T08:00:00Z', meanGap: 10, guesses: 1 }]);
    expect(progress.bestReply.overall?.value).toBe(95);
  });

  it('ranks flags by frequency and reports their early and recent rate per session', () => {
    const { flags } = buildProgress(improvingWeek(), { now });
    expect(flags.map((f) => f.kind)).toEqual(['dismissing', 'fixing']);
    // Earliest three sessions: 6, 6, 6 dismissing; latest three: 2, 0, 1.
    expect(flags[0]).toEqual({ kind: 'dismissing', total: 21, sessionCount: 5, earlyPerSession: 6, recentPerSession: 1, window: 3 });
    expect(flags[1]).toMatchObject({ kind: 'fixing', total: 2, earlyPerSession: 0.3, recentPerSession: 0.3 });
  });

  it('groups by scenario with first, latest, best and mean', () => {
    const { scenarios } = buildProgress(improvingWeek(), { now });
    expect(scenarios.map((s) => [s.scenarioId, s.sessionCount, s.firstOverall, s.latestOverall, s.bestOverall])).toEqual([
      ['burnout', 4, 45, 85, 85],
      ['grief', 2, 55, 80, 80],
    ]);
    expect(scenarios[1]!.mean?.overall).toBe(67.5);
  });

  it('finds the personal bests per score, keeping the earliest on a tie', () => {
    const history = [
      session('a', '2026-02-01T08:00:00Z', [[attempt(scores(60, { empathy: 90 }))]]),
      session('b', '2026-02-02T08:00:00Z', [[attempt(scores(70, { empathy: 90 }))], [attempt(scores(30))]]),
    ];
    const { bestReply, bestSession } = buildProgress(history, { now });
    expect(bestReply.overall).toMatchObject({ value: 70, sessionId: 'b' });
    expect(bestReply.empathy).toMatchObject({ value: 90, sessionId: 'a' });
    expect(bestSession.overall).toMatchObject({ value: 60, sessionId: 'a' });
  });

  it('counts streaks in the requested time zone', () => {
    // 23:30 UTC on consecutive days is already the next morning in Berlin; 00:30 UTC the same evening in New York.
    const history = [
      session('x', '2026-02-05T23:30:00Z', [[attempt(scores(50))]]),
      session('y', '2026-02-07T00:30:00Z', [[attempt(scores(50))]]),
    ];
    expect(buildProgress(history, { now, timeZone: 'UTC' }).streaks).toMatchObject({ current: 1, longest: 1 });
    expect(buildProgress(history, { now, timeZone: 'America/New_York' }).streaks).toMatchObject({ current: 2, longest: 2, lastPracticeDay: '2026-02-06' });
    expect(buildProgress(history, { now: new Date('2026-02-07T12:00:00Z'), timeZone: 'Europe/Berlin' }).streaks).toMatchObject({ current: 2, lastPracticeDay: '2026-02-07' });
  });

  it('leaves unanswered sessions out of scores and streaks but lists them', () => {
    const progress = buildProgress([session('empty', '2026-02-07T08:00:00Z', [[]])], { now });
    expect(progress.sessions[0]).toMatchObject({ id: 'empty', scores: null, replyCount: 0 });
    expect(progress.streaks.current).toBe(0);
    expect(progress.flags).toEqual([]);
    expect(progress.bestReply).toEqual({});
  });

  it('is empty for no sessions', () => {
    const progress = buildProgress([], { now });
    expect(progress).toMatchObject({ sessions: [], scenarios: [], flags: [], bestReply: {}, bestSession: {} });
  });
});
