/** The main window's settings as Electron receives them: sandboxed, isolated, no Node, loaded from app://. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowserWindow} from '../../helpers/electron-mock';
import { recorded, resetElectron } from '../../helpers/electron-mock';

vi.mock('electron', () => import('../../helpers/electron-mock').then((m) => m.electron));
const { createMainWindow } = await import('../../../electron/main/window');
const { lockDownContents } = await import('../../../electron/main/lockdown');

describe('createMainWindow', () => {
  beforeEach(() => resetElectron());

  it('opens a sandboxed, context-isolated window without Node, webviews or the spellchecker download', () => {
    const win = createMainWindow() as unknown as FakeBrowserWindow;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
      webSecurity: true,
    });
    expect(win.options.webPreferences).not.toHaveProperty('allowRunningInsecureContent');
    expect(win.options.webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(String(win.options.webPreferences!.preload)).toMatch(/[/\\]preload[/\\]index\.cjs$/);
  });

  it('loads the app from app://attune and shows it once ready', () => {
    const win = createMainWindow() as unknown as FakeBrowserWindow;
    expect(win.loaded).toBe('app://attune/index.html');
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('is locked down like every web contents: no popups, no navigation away', () => {
    lockDownContents();
    const win = createMainWindow() as unknown as FakeBrowserWindow;
    expect(win.webContents.windowOpenHandler!({ url: 'https://x.example/' })).toEqual({ action: 'deny' });
    expect(win.webContents.tryEvent('will-navigate', 'https://x.example/')).toBe(true);
    expect(recorded.app.listenerCount('web-contents-created')).toBe(1);
  });
});
