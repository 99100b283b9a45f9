/** The model fetch as a utility process: what is forked, and how the child is shaped for the feature. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recorded, resetElectron } from '../../helpers/electron-mock';

vi.mock('electron', () => import('../../helpers/electron-mock').then((m) => m.electron));
const { utilityFetcher } = await import('../../../electron/main/fetcher-utility');

describe('utilityFetcher', () => {
  beforeEach(() => resetElectron());

  it('forks the built fetch child with the model, folder and built speech worker, piping its output, without ELECTRON_RUN_AS_NODE', () => {
    utilityFetcher('/app/out/main/chunks/fetch-child.js', '/app/out/main/chunks/worker.js')({ model: 'tiny.en', modelsDir: '/data/models' });
    const [child] = recorded.forks;
    expect(child!.modulePath).toBe('/app/out/main/chunks/fetch-child.js');
    // The speech worker test-loads the download before the swap (electron/speech/fetch-child.ts).
    expect(child!.args).toEqual(['--model', 'tiny.en', '--models-dir', '/data/models', '--speech-worker', '/app/out/main/chunks/worker.js']);
    expect(child!.options).toEqual({ stdio: 'pipe', serviceName: 'Attune model download' });
    expect(JSON.stringify(child!.options)).not.toContain('RUN_AS_NODE');
  });

  it('keeps the pid past exit (it names the staging folder), passes the pipes through and reports exit as (code, null)', () => {
    const wrapped = utilityFetcher('/f.js')({ model: 'tiny.en', modelsDir: '/m' });
    const [child] = recorded.forks;
    child!.pid = 4242;
    child!.emit('spawn');
    child!.pid = undefined;
    expect(wrapped.pid).toBe(4242);
    expect(wrapped.stdout).toBe(child!.stdout);
    expect(wrapped.stderr).toBe(child!.stderr);
    const exits: unknown[][] = [];
    wrapped.once('exit', (...args: unknown[]) => exits.push(args));
    child!.emit('exit', 3);
    expect(exits).toEqual([[3, null]]);
    wrapped.kill();
    expect(child!.killed).toBe(true);
  });
});
