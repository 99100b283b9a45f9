/** Practice's live state in one reducer: which phase is shown, the session view, the last result, the draft reply. Pure. */
import type { ChoiceResult, DataChange, PracticeView, ReplyResult } from '../../../../shared/ipc/contract';
import type { ReplyAttempt } from '../../../../shared/types/sessions';
import { isSessionGone } from '../../data/changes';

/** What the practice screen shows. `closed`: the open session was deleted from under it. */
export type PracticePhase = 'choose' | 'answer' | 'working' | 'result' | 'ended' | 'closed';

/** Everything Practice shows for a live session. */
export interface PracticeState {
  phase: PracticePhase;
  view?: PracticeView;
  result?: ReplyResult;
  /** Set while the user answers the previous line again. */
  redoOf?: ReplyResult;
  error?: string;
  /** The typed reply not yet sent: kept through a failed send, and shown if the session is closed under it. */
  draft: string;
  /** Why the session was closed (phase `closed`). */
  closedNote?: string;
}

/** Everything that moves Practice from one state to the next. */
export type PracticeAction =
  | { type: 'started'; view: PracticeView }
  /** A retry from an earlier turn began: the same session, on a new branch, answering that turn again. */
  | { type: 'retried'; view: PracticeView }
  | { type: 'working' }
  | { type: 'replied'; result: ReplyResult }
  /** The user kept another attempt after a redo: the partner goes on from it. */
  | { type: 'chose'; choice: ChoiceResult }
  /** The user's guess was stored: the scores can be revealed. */
  | { type: 'predicted'; attempt: ReplyAttempt }
  | { type: 'failed'; error: string }
  | { type: 'redo' }
  | { type: 'next' }
  | { type: 'ended'; view: PracticeView }
  /** Stored data changed: closes the open session when it was deleted. */
  | { type: 'changed'; change: DataChange; note: string }
  | { type: 'leave' }
  | { type: 'draft'; text: string }
  | { type: 'dismiss' };

/** Practice before any session. */
export const initialPractice: PracticeState = { phase: 'choose', draft: '' };

/** The next state. */
export function practiceReducer(state: PracticeState, action: PracticeAction): PracticeState {
  switch (action.type) {
    case 'started':
    case 'retried':
      return { ...initialPractice, phase: 'answer', view: action.view };
    case 'working':
      return { ...state, phase: 'working', error: undefined };
    case 'replied':
      // A session deleted while its reply was being scored stays closed.
      if (state.phase === 'closed') return state;
      return { ...state, phase: 'result', result: action.result, view: action.result.view, redoOf: undefined, draft: '', error: undefined };
    case 'chose':
      if (state.phase !== 'result' || !state.result) return state;
      return { ...state, result: { ...state.result, continuedWith: action.choice.continuedWith, view: action.choice.view }, view: action.choice.view, error: undefined };
    case 'predicted':
      if (!state.result || state.result.attempt.id !== action.attempt.id) return state;
      return { ...state, result: { ...state.result, attempt: action.attempt }, error: undefined };
    case 'failed':
      if (state.phase === 'closed') return state;
      // A failed reply goes back to answering with the draft intact; a failed start or end stays where it was.
      return { ...state, phase: state.phase === 'working' ? 'answer' : state.phase, error: action.error };
    case 'redo':
      return { ...state, phase: 'answer', redoOf: state.result, draft: '' };
    case 'next':
      return { ...state, phase: state.view?.ending ? 'ended' : 'answer' };
    case 'ended':
      return { ...state, phase: 'ended', view: action.view, error: undefined };
    case 'changed':
      if (!state.view || state.phase === 'closed' || !isSessionGone(action.change, state.view.sessionId)) return state;
      return { ...state, phase: 'closed', closedNote: action.note, error: undefined };
    case 'leave':
      return initialPractice;
    case 'draft':
      return { ...state, draft: action.text };
    case 'dismiss':
      return { ...state, error: undefined };
  }
}

/** The index of the turn the last reply answered: the current one when that reply ended the session. */
const answeredTurn = (view: PracticeView): number => (view.ending ? view.turnIndex : view.turnIndex - 1);

/** The number of the reply on screen (1-based): the one being written, or the one just scored or redone. */
export function replyNumber(state: PracticeState): number {
  const { view } = state;
  if (!view) return 0;
  return (state.phase === 'result' || state.redoOf ? answeredTurn(view) : view.turnIndex) + 1;
}
