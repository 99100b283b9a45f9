/** Reduces one stored session to the scores shown on the charts: the same meaning as everywhere else (shared/sessions/scores.ts). */
import type { ReplyAttempt, Session } from '../../../shared/types/sessions';
import type { ScoreName } from '../../../shared/types/progress';

export { meanScores, sessionScores } from '../../../shared/sessions/scores';

/** Score names in display order. */
export const SCORE_NAMES: readonly ScoreName[] = ['overall', 'judgmentFree', 'openQuestions', 'empathy'];

/** Every attempt, redos included. */
export function allAttempts(session: Session): ReplyAttempt[] {
  return session.turns.flatMap((turn) => turn.attempts);
}
