/** Practice views and reply results for component tests. */
import type { PracticeView, ReplyResult } from '../../../shared/ipc/contract';
import { typedAttempt } from './sessions';

/** A live session's view at `turnIndex`. */
export function practiceView(turnIndex: number, extra: Partial<PracticeView> = {}): PracticeView {
  return {
    sessionId: 'live-1',
    scenarioId: 'grief-birthday',
    scenarioTitle: 'A hard birthday',
    partnerName: 'Sam',
    situation: 'Sam is quiet today.',
    partnerLine: `Line ${turnIndex}`,
    openness: 1,
    opennessMax: 4,
    turnIndex,
    canRedo: turnIndex > 0,
    storage: { saved: true },
    ...extra,
  };
}

/** The result of answering `turnIndex`, with the view that follows (the same turn when it ended the session). */
export function replyResult(turnIndex: number, overall: number, ending?: PracticeView['ending']): ReplyResult {
  return {
    attempt: typedAttempt(`a${turnIndex}-${overall}`, overall),
    answeredLine: `Line ${turnIndex}`,
    previousAttempts: [],
    continuedWith: `a${turnIndex}-${overall}`,
    view: ending ? practiceView(turnIndex, { ending, canRedo: true }) : practiceView(turnIndex + 1),
  };
}
