/**
 * Paths from the page (issue #14), through the desktop app's IPC as Electron delivers it: import,
 * model import, export and "save a copy" take only a token that `dialog:pick` gave for the place
 * the user chose, once and for minutes; a typed path, an unknown, used, expired or wrong-kind
 * token is refused in one sentence. Browser mode (no dialogs) keeps typed paths.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, recorded, resetElectron } from '../helpers/electron-mock';
import { spokenSession, tempSessionsDir, writeSessionFolder } from '../electron/storage/archive/fixture';
import type { Desktop, PickKind } from '../../electron/features/desktop';

vi.mock('electron', () => import('../helpers/electron-mock').then((m) => m.electron));
const { registerIpc } = await import('../../electron/main/ipc');
const { createAppContext } = await import('../../electron/features/context');
const { PICK_TOKEN_TTL_MS } = await import('../../electron/features/folders');
const { importSessionFeature } = await import('../../electron/features/review');
const { createSessionStore } = await import('../../electron/storage/sessions/store');

const TYPED = 'The desktop app reads and writes only places chosen in its own dialog, not typed paths; choose the place with the button.';
const STALE = 'That choice from the file dialog has expired or was already used; choose the place again.';

let root: string;
let zipPath: string;
/** What the user picks in the next dialog. */
let answer = '';
const desktop: Desktop = { hasDialogs: true, openFolder: async () => undefined, pick: async () => answer };
/** A call from the app's own window, as Electron delivers it to main. */
let call: (channel: string, request?: unknown) => Promise<unknown>;

/** The user picks `path` in a dialog of `kind`; returns what the page gets back. */
async function userPicks(kind: PickKind, path: string): Promise<{ path: string | null; token: string | null }> {
  answer = path;
  return (await call('dialog:pick', { kind })) as { path: string | null; token: string | null };
}

beforeEach(async () => {
  resetElectron();
  const sessionsDir = await tempSessionsDir();
  root = dirname(sessionsDir);
  // An exported session to import, made outside the app's data folder.
  const outside = join(root, 'outside');
  await writeSessionFolder(outside, spokenSession('s-1'));
  zipPath = (await createSessionStore(outside).export('s-1', { kind: 'zip', path: join(root, 's-1.zip') })).path;
  registerIpc(createAppContext({ dataDir: join(root, 'data'), modelsDir: join(root, 'models'), desktop }));
  call = async (channel, request) => {
    const sender = new FakeWebContents('app://attune/index.html');
    return recorded.ipcHandlers.get(channel)!({ sender, senderFrame: sender.mainFrame }, request);
  };
});
afterEach(() => vi.restoreAllMocks());

describe('the desktop app', () => {
  it('refuses a path string where a dialog token belongs, for import, model import, save-a-copy and export', async () => {
    await expect(call('sessions:import', { path: zipPath })).rejects.toThrow(TYPED);
    await expect(call('models:import', { name: 'tiny.en', path: '/etc' })).rejects.toThrow(TYPED);
    await expect(call('sessions:saveCopy', { id: 's-1', dir: '/tmp' })).rejects.toThrow(TYPED);
    // Export to a chosen place has no path field at all.
    await expect(call('sessions:exportTo', { id: 's-1', format: 'zip', path: '/tmp/x.zip' })).rejects.toThrow(/Invalid request for sessions:exportTo/);
  });

  it('opens a place chosen in its dialog by the token, once', async () => {
    const picked = await userPicks('session-zip', zipPath);
    expect(picked.path).toBe(zipPath);
    expect(picked.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    await expect(call('sessions:import', { token: picked.token })).resolves.toMatchObject({ id: 's-1', status: 'imported' });
    await expect(call('sessions:import', { token: picked.token })).rejects.toThrow(STALE);
  });

  it('refuses an unknown token, an expired one and one from a dialog of another kind, in one sentence', async () => {
    await expect(call('sessions:import', { token: 'AAAAAAAAAAAAAAAAAAAAAAAA' })).rejects.toThrow(STALE);
    const late = await userPicks('session-zip', zipPath);
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + PICK_TOKEN_TTL_MS + 1);
    await expect(call('sessions:import', { token: late.token })).rejects.toThrow(STALE);
    vi.restoreAllMocks();
    // A folder chosen for a model import does not open the way for a session import, nor for writing a copy.
    const models = await userPicks('model-folder', zipPath);
    await expect(call('sessions:import', { token: models.token })).rejects.toThrow(STALE);
    const forModels = await userPicks('model-folder', join(root, 'copies'));
    await expect(call('sessions:saveCopy', { id: 's-1', token: forModels.token })).rejects.toThrow(STALE);
  });

  it('writes a copy into a folder chosen in its dialog', async () => {
    await call('sessions:import', { token: (await userPicks('session-zip', zipPath)).token });
    const folder = join(root, 'copies');
    await mkdir(folder);
    const { token } = await userPicks('export-folder', folder);
    await expect(call('sessions:saveCopy', { id: 's-1', token })).resolves.toEqual({ dir: join(folder, 's-1') });
  });

  it('exports only with a token from the dialog for that format, to exactly the confirmed place', async () => {
    await call('sessions:import', { token: (await userPicks('session-zip', zipPath)).token });
    const folder = join(root, 'chosen');
    await mkdir(folder);
    // A folder chosen for a folder export is not a place to write a zip next to.
    const forFolder = await userPicks('export-folder', folder);
    await expect(call('sessions:exportTo', { id: 's-1', format: 'zip', token: forFolder.token })).rejects.toThrow(STALE);
    expect(await readdir(root)).not.toContain('chosen.zip');
    // The save dialog confirmed this name: nothing is added to it.
    const confirmed = join(root, 'my export');
    const forZip = await userPicks('export-zip', confirmed);
    await expect(call('sessions:exportTo', { id: 's-1', format: 'zip', token: forZip.token })).resolves.toMatchObject({ path: confirmed });
    expect(await readdir(root)).not.toContain('my export.zip');
  });
});

describe('browser mode (no native dialog)', () => {
  it('takes the path the user typed', async () => {
    const sessionsDir = await tempSessionsDir();
    const ctx = { dataDir: dirname(sessionsDir), sessionsDir, store: createSessionStore(sessionsDir) };
    await expect(importSessionFeature(ctx, { path: zipPath })).resolves.toMatchObject({ id: 's-1', status: 'imported' });
  });
});
