/**
 * The model fetch child as an Electron utility process. The packaged app's RunAsNode fuse is off
 * (electron-builder.yml), so Electron's binary can no longer be started as plain Node with
 * ELECTRON_RUN_AS_NODE; a utility process runs the built fetch child without that switch.
 */
import { EventEmitter } from 'node:events';
import { utilityProcess } from 'electron';
import type { FetcherChild, SpawnFetcher } from '../speech/fetch-protocol';

/** Starts the built fetch child at `modulePath` in a utility process, shaped as the FetcherChild the feature expects. */
export function utilityFetcher(modulePath: string, speechWorker?: string): SpawnFetcher {
  return ({ model, modelsDir }) => {
    // The built speech worker test-loads the download before it replaces the model in place (fetch-child.ts).
    const args = ['--model', model, '--models-dir', modelsDir, ...(speechWorker ? ['--speech-worker', speechWorker] : [])];
    const child = utilityProcess.fork(modulePath, args, { stdio: 'pipe', serviceName: 'Attune model download' });
    const events = new EventEmitter();
    // The pid names the child's staging folder; utilityProcess forgets it once the process exits.
    let pid: number | undefined;
    child.once('spawn', () => (pid = child.pid));
    child.once('exit', (code) => events.emit('exit', code, null));
    const wrapped: FetcherChild = {
      get pid() {
        return pid ?? child.pid;
      },
      stdout: child.stdout,
      stderr: child.stderr,
      kill: () => child.kill(),
      once: (event: 'exit' | 'error', listener: (...args: never[]) => void) => events.once(event, listener as (...args: unknown[]) => void),
    };
    return wrapped;
  };
}
