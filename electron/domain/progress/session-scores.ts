/** Reduces one stored session to the scores shown on the charts: the same meaning as everywhere else (shared/sessions/scores.ts). */
import type { ReplyAttempt, Session } from '../../../shared/types/sessions';
import type { ScoreName } from '../../../shared/types/progress';
import { storedTurns } from '../../../shared/sessions/branches';

export { meanScores, sessionScores } from '../../../shared/sessions/scores';

/** Score names in display order. */
export const SCORE_NAMES: readonly ScoreName[] = ['overall', 'judgmentFree', 'openQuestions', 'empathy'];

/** Every attempt, redos and retries included: each was said, so each counts for flags, guesses and best replies (the session's score stays its first try's). */
export function allAttempts(session: Session): ReplyAttempt[] {
  return storedTurns(session).flatMap((turn) => turn.attempts);
}
