/** Builds the Progress summary from stored sessions: scores over time, per scenario, flags, streaks, bests. */
import type { Scores } from '../analysis/types';
import type { Session } from '../../../shared/types/sessions';
import { assertTimeZone, computeStreaks, dayKey } from './days';
import { flagTrends } from './flags';
import { allAttempts, meanScores, SCORE_NAMES, sessionScores } from './session-scores';
import { replyCount } from '../../../shared/sessions/scores';
import type { CalibrationPoint, PersonalBest, ProgressSummary, ScenarioProgress, ScoreName, SessionPoint } from '../../../shared/types/progress';

/** Options: `now` fixes "today" for the current streak; `timeZone` decides where a day begins. */
export interface ProgressOptions {
  now?: Date;
  timeZone?: string;
}

/** Sessions whose start time cannot be read are left out: they cannot be placed in time. */
function startTime(session: Session): number {
  return Date.parse(session.startedAt);
}

/** Aggregates sessions (any order) into the Progress summary. */
export function buildProgress(sessions: readonly Session[], options: ProgressOptions = {}): ProgressSummary {
  const timeZone = options.timeZone ?? 'UTC';
  assertTimeZone(timeZone);
  const now = options.now ?? new Date();
  const ordered = sessions
    .filter((s) => Number.isFinite(startTime(s)))
    .sort((a, b) => startTime(a) - startTime(b) || a.id.localeCompare(b.id));

  const points: SessionPoint[] = ordered.map((s) => ({
    id: s.id,
    scenarioId: s.scenarioId,
    scenarioTitle: s.scenarioTitle,
    startedAt: s.startedAt,
    day: dayKey(new Date(startTime(s)), timeZone),
    scores: sessionScores(s),
    replyCount: replyCount(s),
  }));

  return {
    sessions: points,
    scenarios: scenarioProgress(points),
    flags: flagTrends(ordered),
    streaks: computeStreaks(
      points.filter((p) => p.replyCount > 0).map((p) => p.day),
      dayKey(now, timeZone),
    ),
    bestReply: bestReplies(ordered),
    bestSession: bestSessions(points),
    calibration: calibration(ordered),
    timeZone,
  };
}

/** Per session, the mean distance between each guess and the score it guessed (every guessed attempt counts). */
function calibration(ordered: readonly Session[]): CalibrationPoint[] {
  return ordered.flatMap((s) => {
    const gaps = allAttempts(s).flatMap((a) => (a.selfRating === undefined ? [] : [Math.abs(a.selfRating - a.analysis.scores.overall)]));
    if (gaps.length === 0) return [];
    return [{ sessionId: s.id, startedAt: s.startedAt, meanGap: Math.round((gaps.reduce((n, g) => n + g, 0) / gaps.length) * 10) / 10, guesses: gaps.length }];
  });
}

function scenarioProgress(points: readonly SessionPoint[]): ScenarioProgress[] {
  const groups = new Map<string, SessionPoint[]>();
  for (const p of points) groups.set(p.scenarioId, [...(groups.get(p.scenarioId) ?? []), p]);
  return [...groups.values()]
    .map((group) => {
      const scored = group.filter((p) => p.scores !== null).map((p) => p.scores as Scores);
      const overall = scored.map((s) => s.overall);
      return {
        scenarioId: group[0]!.scenarioId,
        scenarioTitle: group.at(-1)!.scenarioTitle,
        sessionCount: group.length,
        firstOverall: overall[0] ?? null,
        latestOverall: overall.at(-1) ?? null,
        bestOverall: overall.length ? Math.max(...overall) : null,
        mean: meanScores(scored),
      };
    })
    .sort((a, b) => b.sessionCount - a.sessionCount || a.scenarioTitle.localeCompare(b.scenarioTitle));
}

/** Keeps the first (earliest) session reaching the highest value, so a tie does not move the record. */
function better(current: PersonalBest | undefined, value: number): boolean {
  return current === undefined || value > current.value;
}

function bestReplies(ordered: readonly Session[]): Partial<Record<ScoreName, PersonalBest>> {
  const best: Partial<Record<ScoreName, PersonalBest>> = {};
  for (const s of ordered) {
    for (const attempt of allAttempts(s)) {
      for (const name of SCORE_NAMES) {
        const value = attempt.analysis.scores[name];
        if (better(best[name], value)) best[name] = { value, sessionId: s.id, startedAt: s.startedAt, scenarioTitle: s.scenarioTitle };
      }
    }
  }
  return best;
}

function bestSessions(points: readonly SessionPoint[]): Partial<Record<ScoreName, PersonalBest>> {
  const best: Partial<Record<ScoreName, PersonalBest>> = {};
  for (const p of points) {
    if (!p.scores) continue;
    for (const name of SCORE_NAMES) {
      const value = p.scores[name];
      if (better(best[name], value)) best[name] = { value, sessionId: p.id, startedAt: p.startedAt, scenarioTitle: p.scenarioTitle };
    }
  }
  return best;
}
