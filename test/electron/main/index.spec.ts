/** The Electron entry as the app starts it: lockdown and scheme first, then features, IPC and the window. */
import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, recorded, resetElectron } from '../../helpers/electron-mock';
import { tempDir } from '../../helpers/temp-dir';
import { API_METHODS } from '../../../shared/ipc/methods';

vi.mock('electron', () => import('../../helpers/electron-mock').then((m) => m.electron));
// The analyzer worker has its own spec; here only that the entry starts and stops it.
const worker = vi.hoisted(() => ({ warm: vi.fn(), stop: vi.fn(async () => undefined), setFile: vi.fn() }));
vi.mock('../../../electron/features/analysis-runner', () => ({ warmAnalysisWorker: worker.warm, stopAnalysisWorker: worker.stop, setAnalysisWorkerFile: worker.setFile }));
// electron-vite's `?modulePath` imports exist only in a build; here they name made-up files.
const built = vi.hoisted(() => ({ speechWorker: '/built/chunks/worker.js', analysisWorker: '/built/chunks/analysis-worker.js', modelFetch: '/built/chunks/fetch-child.js' }));
vi.mock('../../../electron/main/entries', () => ({ builtEntries: built }));

describe('electron/main/index.ts', () => {
  it('locks down and registers the scheme before ready, then wires sessions, IPC and one window', async () => {
    resetElectron();
    const userData = tempDir('attune-main-');
    vi.stubEnv('ATTUNE_USER_DATA', userData);
    await import('../../../electron/main/index');

    // Before ready: the data folder, the app scheme, the contents lockdown and the switches that keep Chromium quiet.
    expect(recorded.paths.get('userData')).toBe(userData);
    expect(recorded.privilegedSchemes).toHaveLength(1);
    expect(recorded.app.listenerCount('web-contents-created')).toBe(1);
    expect(recorded.switches).toEqual([['disable-background-networking'], ['disable-component-update']]);
    expect(recorded.ipcHandlers.size).toBe(0);
    expect(FakeBrowserWindow.all).toHaveLength(0);

    recorded.ready.resolve();
    await vi.waitFor(() => expect(FakeBrowserWindow.all).toHaveLength(1));
    const win0 = () => FakeBrowserWindow.all[0]!.webContents;
    const session = recorded.defaultSession;
    expect([session.beforeRequest, session.permissionRequest, session.permissionCheck, session.devicePermission].every(Boolean)).toBe(true);
    expect([...recorded.protocolHandlers.keys()]).toEqual(['app']);
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual([...new Set(Object.values(API_METHODS))].sort());
    expect(worker.setFile).toHaveBeenCalledWith(built.analysisWorker);
    expect(worker.warm).toHaveBeenCalledOnce();
    expect(worker.setFile.mock.invocationCallOrder[0]).toBeLessThan(worker.warm.mock.invocationCallOrder[0]!);
    // A model download from the window forks the built fetch child as a utility process.
    const fetching = recorded.ipcHandlers.get('models:fetch')!({ sender: win0(), senderFrame: win0().mainFrame }, { name: 'tiny.en' });
    await vi.waitFor(() => expect(recorded.forks).toHaveLength(1));
    expect(recorded.forks[0]!.modulePath).toBe(built.modelFetch);
    recorded.forks[0]!.stdout.end(JSON.stringify({ type: 'done', installedAt: '/m/tiny.en' }) + '\n');
    recorded.forks[0]!.stderr.end();
    recorded.forks[0]!.emit('exit', 0);
    await expect(fetching).resolves.toEqual({ installedAt: '/m/tiny.en' });
    // The window's contents came under the lockdown the moment they were created.
    const [win] = FakeBrowserWindow.all;
    expect(win!.webContents.windowOpenHandler!({ url: 'https://x.example/' })).toEqual({ action: 'deny' });

    // Lifecycle: quitting stops the worker; closing the last window quits (off macOS); activate reopens one.
    recorded.app.emit('before-quit');
    expect(worker.stop).toHaveBeenCalledOnce();
    FakeBrowserWindow.all.length = 0;
    recorded.app.emit('activate');
    expect(FakeBrowserWindow.all).toHaveLength(1);
    const quits = recorded.quit;
    recorded.app.emit('window-all-closed');
    expect(recorded.quit).toBe(process.platform === 'darwin' ? quits : quits + 1);
    vi.unstubAllEnvs();
  });
});
