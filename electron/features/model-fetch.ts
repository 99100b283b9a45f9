/**
 * Fetching a speech model from Settings. Only the user's click starts it, and the download runs in
 * a separate child process (the same install code as `attune models fetch`), never in the app's
 * own processes: the main process and the speech worker make no network calls. The child reports
 * progress as JSON lines, relayed here as `models:fetch` events; Cancel stops it, and the child's
 * staged install means a cancelled or failed fetch leaves the models folder as it was.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ModelFetchProgress } from '../../shared/types/speech';
import { parseFetchLine, type FetchLine, type FetcherChild } from '../speech/fetch-protocol';
import { modelHost } from '../speech/install-model';
import { knownModel } from '../speech/registry';
import type { AppContext, Handlers } from './context';
import { clearSlot, createSlot, peekSlot, setSlot } from './slots';
import { SPEECH_SLOT } from './speech';

interface Running {
  name: string;
  child: FetcherChild;
  isCancelled: boolean;
}

/** The download in progress, if any: one at a time per app. */
const RUNNING = createSlot<Running>('model-fetch');
// A child that ignores SIGTERM this long is killed outright; its staging folder is then removed here.
const KILL_AFTER_MS = 5_000;

type Ctx = Pick<AppContext, 'modelsDir' | 'emit' | 'slots' | 'spawnFetcher'>;

/** The plain sentence the user sees when a fetch ends without a model. */
function failureMessage(name: string, line: Extract<FetchLine, { type: 'error' }> | undefined, exit: string, stderr: string): string {
  if (line?.kind === 'cancelled') return `The download of ${name} was cancelled; nothing was installed.`;
  if (line?.kind === 'unreachable') {
    const host = new URL(modelHost()).host;
    return `Could not download ${name}: ${host} cannot be reached, so this computer seems to be offline (or the site is blocked). Nothing was changed. Without internet, copy the model folder from another computer and use Import.`;
  }
  if (line) return `Could not download ${name}: ${line.message}.`;
  const why = stderr.trim().split('\n').at(-1);
  return `The model download stopped unexpectedly (${exit})${why ? `: ${why}` : ''}; nothing was installed.`;
}

/** Fraction of the whole download: whole files done plus the share of the current one. */
function fractionOf(step: Extract<FetchLine, { type: 'step' }>): number | null {
  if (step.expected === null) return (step.index - 1) / step.count;
  return Math.min(1, (step.index - 1 + step.received / step.expected) / step.count);
}

/** Bytes in words a person reads at a glance: 327 bytes, 191 KB, 40.6 MB. */
function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Downloads a known model in the fetch child; resolves when it is installed, rejects with a plain sentence otherwise. */
export async function fetchModelFeature(ctx: Ctx, { name }: { name: string }): Promise<{ installedAt: string }> {
  const model = knownModel(name);
  if (!model) throw new Error(`"${name}" is not a model Attune knows.`);
  const already = peekSlot(ctx, RUNNING);
  if (already) throw new Error(`A model download (${already.name}) is already running; wait for it or cancel it.`);
  const spawnFetcher = ctx.spawnFetcher ?? (await import('../speech/fetcher-process')).spawnFetcherProcess;
  const emit = (state: ModelFetchProgress['state'], fraction: number | null, message: string): void => ctx.emit('models:fetch', { name: model.name, state, fraction, message });

  const child = spawnFetcher({ model: name, modelsDir: ctx.modelsDir });
  const running: Running = { name, child, isCancelled: false };
  setSlot(ctx, RUNNING, running);
  emit('running', null, `Connecting to ${new URL(modelHost()).host}…`);

  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  let last: FetchLine | undefined;
  const lines = child.stdout ? createInterface({ input: child.stdout }) : undefined;
  const linesClosed = new Promise<void>((done) => (lines ? lines.once('close', done) : done()));
  lines?.on('line', (text) => {
    const line = parseFetchLine(text);
    if (!line) return;
    last = line;
    if (line.type === 'step') {
      const amount = line.expected === null ? size(line.received) : `${size(line.received)} of ${size(line.expected)}`;
      // Plain words in the UI: which part of how many, not the model's internal file names.
      emit('running', fractionOf(line), `Downloading ${name}: part ${line.index} of ${line.count}, ${amount}`);
    }
  });
  const exit = await new Promise<string>((done) => {
    child.once('error', (error) => done(`could not start: ${error.message}`));
    child.once('exit', (code, signal) => done(signal ? `signal ${signal}` : `exit code ${code}`));
  });
  // The exit can overtake the last stdout lines; read to the end before deciding.
  await linesClosed;
  clearSlot(ctx, RUNNING);

  if (last?.type === 'done' && !running.isCancelled) {
    // The app's speech worker may hold the replaced model warm; the next reply loads the new files.
    await peekSlot(ctx, SPEECH_SLOT)?.forget(last.installedAt);
    emit('done', 1, `${name} is downloaded and installed. You can choose it now.`);
    return { installedAt: last.installedAt };
  }
  if (child.pid !== undefined) await rm(join(ctx.modelsDir, `.staging-${name}-${child.pid}`), { recursive: true, force: true });
  const error = last?.type === 'error' ? last : running.isCancelled ? ({ type: 'error', kind: 'cancelled', message: '' } as const) : undefined;
  const message = failureMessage(name, error, exit, stderr);
  emit(error?.kind === 'cancelled' ? 'cancelled' : 'failed', null, message);
  throw new Error(message);
}

/** Stops the running download, if any; the fetch itself then rejects with the cancellation sentence. */
export async function cancelModelFetch(ctx: Pick<AppContext, 'slots'>): Promise<{ cancelled: boolean }> {
  const running = peekSlot(ctx, RUNNING);
  if (!running) return { cancelled: false };
  running.isCancelled = true;
  running.child.kill('SIGTERM');
  const timer = setTimeout(() => running.child.kill('SIGKILL'), KILL_AFTER_MS);
  running.child.once('exit', () => clearTimeout(timer));
  return { cancelled: true };
}

/** The model-fetch channels, served here. */
export const modelFetchHandlers = {
  'models:fetch': fetchModelFeature,
  'models:cancelFetch': cancelModelFetch,
} satisfies Handlers;
