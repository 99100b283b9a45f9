/** Reduces one stored session to the scores shown on the charts. */
import type { Scores } from '../analysis/types';
import type { ReplyAttempt, Session } from '../../../shared/types/sessions';
import type { ScoreName } from '../../../shared/types/progress';

/** Score names in display order. */
export const SCORE_NAMES: readonly ScoreName[] = ['overall', 'judgmentFree', 'openQuestions', 'empathy'];

/** The attempt that counts for each answered turn: the last one, i.e. what the user kept after redoing. */
export function keptAttempts(session: Session): ReplyAttempt[] {
  return session.turns.flatMap((turn) => (turn.attempts.length ? [turn.attempts[turn.attempts.length - 1]!] : []));
}

/** Every attempt, redos included. */
export function allAttempts(session: Session): ReplyAttempt[] {
  return session.turns.flatMap((turn) => turn.attempts);
}

/** Mean of each score, rounded to one decimal; null for an empty list. */
export function meanScores(list: readonly Scores[]): Scores | null {
  if (list.length === 0) return null;
  const mean = (name: ScoreName): number => Math.round((list.reduce((s, x) => s + x[name], 0) / list.length) * 10) / 10;
  return { judgmentFree: mean('judgmentFree'), openQuestions: mean('openQuestions'), empathy: mean('empathy'), overall: mean('overall') };
}

/** A session's scores: the mean over its kept attempts. */
export function sessionScores(session: Session): Scores | null {
  return meanScores(keptAttempts(session).map((a) => a.analysis.scores));
}
