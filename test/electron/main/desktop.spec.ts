import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's main-process modules, recorded: what the desktop asks of shell and dialog, and what they answer.
const calls: unknown[][] = [];
const answers = { openPath: '', open: { canceled: false, filePaths: ['/picked/thing'] }, save: { canceled: false, filePath: '/picked/out.zip' } };
const window = { id: 1 };
vi.mock('electron', () => ({
  shell: { openPath: async (path: string) => (calls.push(['openPath', path]), answers.openPath) },
  dialog: {
    showOpenDialog: async (...args: unknown[]) => (calls.push(['open', ...args]), answers.open),
    showSaveDialog: async (...args: unknown[]) => (calls.push(['save', ...args]), answers.save),
  },
  BrowserWindow: { getFocusedWindow: () => window, getAllWindows: () => [window] },
}));

const { electronDesktop } = await import('../../../electron/main/desktop');

describe('electronDesktop', () => {
  beforeEach(() => {
    calls.length = 0;
    answers.openPath = '';
    answers.open = { canceled: false, filePaths: ['/picked/thing'] };
  });

  it('opens folders with shell.openPath and turns its error string into a plain sentence', async () => {
    const desktop = electronDesktop();
    expect(desktop.hasDialogs).toBe(true);
    await desktop.openFolder('/data');
    answers.openPath = 'Failed to open path';
    await expect(desktop.openFolder('/gone')).rejects.toThrow('The file manager could not open /gone: Failed to open path');
    expect(calls).toEqual([
      ['openPath', '/data'],
      ['openPath', '/gone'],
    ]);
  });

  it('asks for zips, folders and save places with the matching dialog, modal to the window', async () => {
    const desktop = electronDesktop();
    await expect(desktop.pick('session-zip')).resolves.toBe('/picked/thing');
    await expect(desktop.pick('model-folder')).resolves.toBe('/picked/thing');
    await expect(desktop.pick('export-zip', 'abc.zip')).resolves.toBe('/picked/out.zip');
    expect(calls[0]).toEqual(['open', window, expect.objectContaining({ properties: ['openFile'], filters: [{ name: 'Attune session', extensions: ['zip'] }] })]);
    expect(calls[1]).toEqual(['open', window, expect.objectContaining({ properties: ['openDirectory'] })]);
    expect(calls[2]).toEqual(['save', window, expect.objectContaining({ defaultPath: 'abc.zip' })]);
    answers.open = { canceled: true, filePaths: [] };
    await expect(desktop.pick('export-folder')).resolves.toBeNull();
    expect(calls[3]).toEqual(['open', window, expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] })]);
  });
});
