/**
 * The analysis worker: scores replies off the app's main thread (see analysis-runner.ts), so an
 * analysis that runs long cannot freeze the window, and can be stopped.
 */
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../domain/analysis';

/** One request: a reply and its options. */
export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

/** One answer: the result, or the error's name and message. */
export type AnalysisReply = { type: 'ready' } | { type: 'done'; id: number; result: ReturnType<typeof analyze> } | { type: 'error'; id: number; name: string; message: string };

const post = (reply: AnalysisReply): void => parentPort!.postMessage(reply);

parentPort?.on('message', ({ id, text, options }: AnalysisRequest) => {
  try {
    post({ type: 'done', id, result: analyze(text, options) });
  } catch (error) {
    post({ type: 'error', id, name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) });
  }
});
// The tagger and rules are loaded by now: the runner starts its clock only from here.
post({ type: 'ready' });
