import { useCallback, useReducer } from 'react';
import type { DataChange, PracticeView, ReplyRequest } from '../../../shared/ipc/contract';
import { api } from '../lib/api';
import { useDataChanges } from '../data/DataProvider';
import { initialPractice, practiceReducer } from '../screens/practice/practice-state';

export type { PracticePhase } from '../screens/practice/practice-state';

const message = (reason: unknown): string => (reason instanceof Error ? reason.message : String(reason));

/** The session and the line of it being practised: every step names both, so a retry's replies land in the retry. */
const lineOf = (view: PracticeView): { sessionId: string; branchId?: string } => ({ sessionId: view.sessionId, ...(view.branchId ? { branchId: view.branchId } : {}) });

const CLOSED = 'This session was deleted, so it has ended here. Nothing more of it is saved; choose a scenario to start again.';

/**
 * A live practice session: start, reply (typed or spoken), redo, next, end, retry from an earlier turn. Node saves each step
 * and pushes the change; when the session is deleted elsewhere (Delete all, Review, retention) it
 * closes here with a plain message instead of failing on the next reply.
 */
export function usePractice() {
  const [state, dispatch] = useReducer(practiceReducer, initialPractice);
  const { view, redoOf } = state;
  useDataChanges(useCallback((change: DataChange) => dispatch({ type: 'changed', change, note: CLOSED }), []));

  const start = useCallback(async (scenarioId: string) => {
    try {
      dispatch({ type: 'started', view: await api.startPractice({ scenarioId }) });
    } catch (reason) {
      dispatch({ type: 'failed', error: message(reason) });
    }
  }, []);

  const reply = useCallback(
    async (request: Omit<ReplyRequest, 'sessionId'>) => {
      if (!view) return;
      dispatch({ type: 'working' });
      try {
        dispatch({ type: 'replied', result: await api.reply({ ...request, ...lineOf(view), redo: redoOf !== undefined }) });
      } catch (reason) {
        dispatch({ type: 'failed', error: message(reason) });
      }
    },
    [view, redoOf],
  );

  const choose = useCallback(
    async (attemptId: string) => {
      if (!view) return;
      try {
        dispatch({ type: 'chose', choice: await api.chooseAttempt({ ...lineOf(view), attemptId }) });
      } catch (reason) {
        dispatch({ type: 'failed', error: message(reason) });
      }
    },
    [view],
  );

  const result = state.result;
  const predict = useCallback(
    async (selfRating: number) => {
      if (!view || !result) return;
      try {
        dispatch({ type: 'predicted', attempt: await api.predictScore({ sessionId: view.sessionId, attemptId: result.attempt.id, selfRating }) });
      } catch (reason) {
        dispatch({ type: 'failed', error: message(reason) });
      }
    },
    [view, result],
  );

  const end = useCallback(async () => {
    if (!view) return;
    try {
      dispatch({ type: 'ended', view: await api.endPractice(lineOf(view)) });
    } catch (reason) {
      dispatch({ type: 'failed', error: message(reason) });
    }
  }, [view]);

  const retry = useCallback(
    async (turnIndex: number) => {
      if (!view) return;
      try {
        dispatch({ type: 'retried', view: await api.retryFrom({ ...lineOf(view), turnIndex }) });
      } catch (reason) {
        dispatch({ type: 'failed', error: message(reason) });
      }
    },
    [view],
  );

  return {
    state,
    start,
    reply,
    end,
    retry,
    choose,
    predict,
    redo: useCallback(() => dispatch({ type: 'redo' }), []),
    next: useCallback(() => dispatch({ type: 'next' }), []),
    leave: useCallback(() => dispatch({ type: 'leave' }), []),
    setDraft: useCallback((text: string) => dispatch({ type: 'draft', text }), []),
    clearError: useCallback(() => dispatch({ type: 'dismiss' }), []),
  };
}
