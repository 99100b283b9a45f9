/**
 * What each number means, in one place (Review, the scenario cards, Progress and exports all use
 * these): a turn's score is that of the attempt the talk went on from; a session's score is the
 * mean over its answered turns; "replies" counts answered turns, attempts are counted apart.
 * A session's numbers are those of its main line: a retry from an earlier turn never changes
 * them. Each retry has its own score, the mean over its whole line (the turns it shares with the
 * line it came from, then its own), so it compares like with like with the session's.
 */
import type { Scores } from '../types/analysis';
import type { ReplyAttempt, Session, Turn } from '../types/sessions';
import { sessionLine } from './branches';

/** The attempt the talk went on from: the one chosen after a redo, else the last (older files never chose). */
export function continuingAttempt(turn: Turn): ReplyAttempt | undefined {
  return (turn.continuedWith !== undefined ? turn.attempts.find((a) => a.id === turn.continuedWith) : undefined) ?? turn.attempts.at(-1);
}

/** The attempt a redo goes on from unless the user picks another: the highest overall score, the later one on a tie. */
export function bestAttempt(attempts: readonly ReplyAttempt[]): ReplyAttempt | undefined {
  let best: ReplyAttempt | undefined;
  for (const attempt of attempts) if (!best || attempt.analysis.scores.overall >= best.analysis.scores.overall) best = attempt;
  return best;
}

/** One continuing attempt per answered turn of the main line (or of `turns`, a line's), in order. */
export function continuingAttempts(session: Pick<Session, 'turns'>): ReplyAttempt[] {
  return session.turns.flatMap((turn) => {
    const attempt = continuingAttempt(turn);
    return attempt ? [attempt] : [];
  });
}

/** Mean of each score, rounded to one decimal; null for an empty list. */
export function meanScores(list: readonly Scores[]): Scores | null {
  if (list.length === 0) return null;
  const mean = (key: keyof Scores): number => Math.round((list.reduce((sum, s) => sum + s[key], 0) / list.length) * 10) / 10;
  return { judgmentFree: mean('judgmentFree'), openQuestions: mean('openQuestions'), empathy: mean('empathy'), overall: mean('overall') };
}

/** A session's score: the mean over its main line's answered turns of each turn's continuing attempt; null when nothing was answered. */
export function sessionScores(session: Session): Scores | null {
  return meanScores(continuingAttempts(session).map((a) => a.analysis.scores));
}

/** A retry's score: the mean over its whole line (shared turns, then its own), as a session's is; null when nothing was answered. */
export function branchScores(session: Session, branchId: string): Scores | null {
  return meanScores(continuingAttempts(sessionLine(session, branchId)).map((a) => a.analysis.scores));
}

/** Replies: the main line's turns answered (a redo is another attempt at the same reply, not another reply; a retry is its own line). */
export function replyCount(session: Session): number {
  return session.turns.filter((t) => t.attempts.length > 0).length;
}

/** Every attempt on the main line, redos included. */
export function attemptCount(session: Session): number {
  return session.turns.reduce((n, t) => n + t.attempts.length, 0);
}
