/**
 * Runs the analyzer in a worker thread with a time limit. In Electron the features run on the
 * main process, where a runaway analysis (300 s for 1,000,000 × "a" before the input guard) froze
 * the whole app and every other call queued behind it. The input guard bounds the cost (< 50 ms
 * in the bench); this is the backstop: past the limit the worker is stopped, the reply gets one
 * sentence, and the next analysis starts a fresh worker. One worker serves the whole process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyze, type AnalysisResult, type AnalyzeOptions } from '../domain/analysis';
import type { AnalysisReply } from './analysis-worker';

/** Longest an analysis may run once the worker is ready. */
export const ANALYSIS_TIME_LIMIT_MS = 3000;

/** The sentence a reply gets when its analysis is stopped. */
export function tooSlowMessage(limitMs: number = ANALYSIS_TIME_LIMIT_MS): string {
  return `Scoring this reply took longer than ${limitMs / 1000} seconds, so it was stopped; try a shorter reply.`;
}

/** The built worker, when Electron's main has given it (electron-vite's `?modulePath`, main/entries.ts). */
let builtWorkerFile: string | undefined;

/** Electron's main passes the built analysis worker; without it the .ts source runs through tsx (CLI, dev host, tests). */
export function setAnalysisWorkerFile(file: string): void {
  builtWorkerFile = file;
}

/** Where the worker is: the file main gave, or the .ts source through tsx. */
function workerUrl(base: string = import.meta.url): URL {
  if (builtWorkerFile) return pathToFileURL(builtWorkerFile);
  if (!base.endsWith('.ts')) throw new Error('The analysis worker runs from source only under tsx; a built app must pass the built worker (setAnalysisWorkerFile).');
  // Worker threads do not inherit tsx's loader, so a one-line bootstrap registers it first (as the speech worker does).
  const pkgPath = createRequire(base).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const tsxApi = pathToFileURL(join(dirname(pkgPath), pkg.exports['./esm/api']!.import.default)).href;
  const source = new URL('./analysis-worker.ts', base).href;
  return new URL(`data:text/javascript,${encodeURIComponent(`const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(source)});`)}`);
}

interface Running {
  worker: Worker;
  ready: Promise<void>;
  isReady: boolean;
}

let running: Running | null = null;
let nextId = 1;
// One analysis at a time, so each one's clock measures only itself.
let queue: Promise<unknown> = Promise.resolve();

function start(): Running {
  if (running) return running;
  const worker = new Worker(workerUrl());
  // An idle worker must not keep a CLI run or a test process alive.
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (reply: AnalysisReply): void => {
      if (reply.type !== 'ready') return;
      worker.off('message', onMessage);
      resolve();
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The analysis worker stopped while starting (exit code ${code}).`)));
  });
  const current: Running = { worker, ready, isReady: false };
  ready.then(
    () => (current.isReady = true),
    () => undefined,
  );
  worker.once('exit', () => {
    if (running === current) running = null;
  });
  running = current;
  return current;
}

function stop(current: Running): void {
  if (running === current) running = null;
  void current.worker.terminate();
}

async function runOne(text: string, options: AnalyzeOptions, limitMs: number): Promise<AnalysisResult> {
  const current = start();
  await current.ready;
  const id = nextId++;
  return new Promise<AnalysisResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      finish();
      stop(current);
      reject(new Error(tooSlowMessage(limitMs)));
    }, limitMs);
    const onMessage = (reply: AnalysisReply): void => {
      if (reply.type === 'ready' || reply.id !== id) return;
      finish();
      if (reply.type === 'done') resolve(reply.result);
      else reject(Object.assign(new Error(reply.message), { name: reply.name }));
    };
    const onExit = (code: number): void => {
      finish();
      reject(new Error(`The analysis worker stopped (exit code ${code}); try again.`));
    };
    const finish = (): void => {
      clearTimeout(timer);
      current.worker.off('message', onMessage);
      current.worker.off('exit', onExit);
    };
    current.worker.on('message', onMessage);
    current.worker.once('exit', onExit);
    current.worker.postMessage({ id, text, options });
  });
}

/**
 * analyze() in the worker: the same result, or one sentence when it runs past the limit. Until the
 * worker has loaded (a second or more on a busy machine), a reply is scored here instead, so the
 * first reply never waits for it: the input guard already bounds that cost to milliseconds.
 */
export function analyzeOffThread(text: string, options: AnalyzeOptions = {}, limitMs = ANALYSIS_TIME_LIMIT_MS): Promise<AnalysisResult> {
  if (!start().isReady) return Promise.resolve().then(() => analyze(text, options));
  const run = queue.then(() => runOne(text, options, limitMs));
  queue = run.catch(() => undefined);
  return run;
}

/** Starts the worker ahead of the first reply (it takes a moment to load the tagger). */
export function warmAnalysisWorker(): void {
  start().ready.catch((error: unknown) => console.error('The analysis worker did not start:', error));
}

/** Resolves once a worker is loaded and takes analyses (starting one if needed). */
export function whenAnalysisWorkerReady(): Promise<void> {
  return start().ready;
}

/** Stops the worker (the app quitting, a test finishing); the next analysis starts a new one. */
export async function stopAnalysisWorker(): Promise<void> {
  const current = running;
  running = null;
  if (current) await current.worker.terminate();
}
