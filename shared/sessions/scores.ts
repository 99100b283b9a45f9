/**
 * What each number means, in one place (Review, the scenario cards, Progress and exports all use
 * these): a turn's score is that of the attempt the talk went on from; a session's score is the
 * mean over its answered turns; "replies" counts answered turns, attempts are counted apart.
 */
import type { Scores } from '../types/analysis';
import type { ReplyAttempt, Session, Turn } from '../types/sessions';

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

/** One continuing attempt per answered turn, in order. */
export function continuingAttempts(session: Session): ReplyAttempt[] {
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

/** A session's score: the mean over its answered turns of each turn's continuing attempt; null when nothing was answered. */
export function sessionScores(session: Session): Scores | null {
  return meanScores(continuingAttempts(session).map((a) => a.analysis.scores));
}

/** Replies: the turns answered (a redo is another attempt at the same reply, not another reply). */
export function replyCount(session: Session): number {
  return session.turns.filter((t) => t.attempts.length > 0).length;
}

/** Every attempt, redos included. */
export function attemptCount(session: Session): number {
  return session.turns.reduce((n, t) => n + t.attempts.length, 0);
}
