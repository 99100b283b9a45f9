import { describe, expect, it } from 'vitest';
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Desktop, PickKind } from '../../../electron/features/desktop';
import { headlessDesktop } from '../../../electron/features/desktop';
import { desktopInfo, openFolder, pickPath } from '../../../electron/features/folders';
import { Slots } from '../../../electron/features/slots';

/** A desktop that records what it was asked, as Electron's shell and dialog would be. */
function recordingDesktop(answer: string | null) {
  const opened: string[] = [];
  const picks: [PickKind, string | undefined][] = [];
  const desktop: Desktop = {
    hasDialogs: true,
    openFolder: async (path) => void opened.push(path),
    pick: async (kind, name) => (picks.push([kind, name]), answer),
  };
  return { desktop, opened, picks };
}

describe('folders and pickers', () => {
  it('opens the data folder (created first) or the models folder in the file manager', async () => {
    const root = await mkdtemp(join(tmpdir(), 'attune-open-'));
    const { desktop, opened } = recordingDesktop(null);
    const ctx = { dataDir: join(root, 'data'), modelsDir: join(root, 'models'), desktop };
    await expect(openFolder(ctx, { folder: 'data' })).resolves.toEqual({ opened: ctx.dataDir });
    await expect(openFolder(ctx, { folder: 'models' })).resolves.toEqual({ opened: ctx.modelsDir });
    expect(opened).toEqual([ctx.dataDir, ctx.modelsDir]);
    expect((await stat(ctx.dataDir)).isDirectory()).toBe(true);
  });

  it('passes the file manager failure on as a plain sentence', async () => {
    const root = await mkdtemp(join(tmpdir(), 'attune-open-'));
    await expect(openFolder({ dataDir: root, modelsDir: root, desktop: headlessDesktop }, { folder: 'data' })).rejects.toThrow(`Attune cannot open a file manager here; the folder is ${root}.`);
  });

  it('asks the desktop for a path only where it has dialogs', async () => {
    const { desktop, picks } = recordingDesktop('/home/me/session.zip');
    await expect(desktopInfo({ desktop })).resolves.toEqual({ hasDialogs: true });
    await expect(pickPath({ desktop, slots: new Slots() }, { kind: 'export-zip', defaultName: 'a.zip' })).resolves.toEqual({ path: '/home/me/session.zip', token: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/) });
    expect(picks).toEqual([['export-zip', 'a.zip']]);
    await expect(desktopInfo({ desktop: headlessDesktop })).resolves.toEqual({ hasDialogs: false });
    await expect(pickPath({ desktop: headlessDesktop, slots: new Slots() }, { kind: 'session-zip' })).resolves.toEqual({ path: null, token: null });
    await expect(pickPath({ desktop: recordingDesktop(null).desktop, slots: new Slots() }, { kind: 'session-folder' })).resolves.toEqual({ path: null, token: null });
  });
});
