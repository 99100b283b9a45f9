import { useCallback, useState } from 'react';
import type { PracticeView, ReplyRequest, ReplyResult } from '../../../electron/ipc/contract';
import { api } from '../lib/api';

/** What the practice screen shows. */
export type PracticePhase = 'choose' | 'answer' | 'working' | 'result' | 'ended';

/** A live practice session: start, reply (typed or spoken), redo, next, end. */
export function usePractice() {
  const [view, setView] = useState<PracticeView>();
  const [phase, setPhase] = useState<PracticePhase>('choose');
  const [result, setResult] = useState<ReplyResult>();
  const [error, setError] = useState<string>();
  /** Set while the user is answering the previous line again. */
  const [redoOf, setRedoOf] = useState<ReplyResult>();

  const run = useCallback(async <T,>(work: () => Promise<T>, busyPhase: PracticePhase | null, fallback: PracticePhase): Promise<T | undefined> => {
    setError(undefined);
    if (busyPhase) setPhase(busyPhase);
    try {
      return await work();
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
      setPhase(fallback);
      return undefined;
    }
  }, []);

  const start = useCallback(
    async (scenarioId: string) => {
      const next = await run(() => api.startPractice({ scenarioId }), null, 'choose');
      if (!next) return;
      setView(next);
      setResult(undefined);
      setPhase('answer');
    },
    [run],
  );

  const reply = useCallback(
    async (request: Omit<ReplyRequest, 'sessionId'>) => {
      if (!view) return;
      const isRedo = redoOf !== undefined;
      const outcome = await run(() => api.reply({ ...request, sessionId: view.sessionId, redo: isRedo }), 'working', 'answer');
      if (!outcome) return;
      setRedoOf(undefined);
      setResult(outcome);
      setView(outcome.view);
      setPhase('result');
    },
    [run, view, redoOf],
  );

  /** Answer the same line again, with the partner as they were before it. */
  const redo = useCallback(() => {
    setRedoOf(result);
    setPhase('answer');
  }, [result]);

  /** Go on to the partner's new line (or the ending). */
  const next = useCallback(() => setPhase(view?.ending ? 'ended' : 'answer'), [view]);

  const end = useCallback(async () => {
    if (!view) return;
    const ended = await run(() => api.endPractice({ sessionId: view.sessionId }), null, phase);
    if (!ended) return;
    setView(ended);
    setPhase('ended');
  }, [run, view, phase]);

  const leave = useCallback(() => {
    setView(undefined);
    setRedoOf(undefined);
    setResult(undefined);
    setError(undefined);
    setPhase('choose');
  }, []);

  return { view, phase, result, error, redoOf, start, reply, redo, next, end, leave, clearError: () => setError(undefined) };
}
