/** The Electron desktop: `shell.openPath` for folders and native dialogs for picking paths (main process only). */
import { BrowserWindow, dialog, shell, type OpenDialogOptions } from 'electron';
import type { Desktop, PickKind } from '../features/desktop';

const OPEN: Record<Exclude<PickKind, 'export-zip'>, OpenDialogOptions> = {
  'session-zip': { title: 'Import a session', buttonLabel: 'Import', properties: ['openFile'], filters: [{ name: 'Attune session', extensions: ['zip'] }] },
  'session-folder': { title: 'Import a session folder', buttonLabel: 'Import', properties: ['openDirectory'] },
  'model-folder': { title: 'Import a speech model folder', buttonLabel: 'Import', properties: ['openDirectory'] },
  'export-folder': { title: 'Export the session into…', buttonLabel: 'Export here', properties: ['openDirectory', 'createDirectory'] },
};

/** The desktop services of the running app; dialogs are modal to the focused window. */
export function electronDesktop(): Desktop {
  const parent = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    hasDialogs: true,
    async openFolder(path) {
      // Read `shell.openPath` at call time so the _electron suite can record calls instead of opening windows.
      const problem = await shell.openPath(path);
      if (problem) throw new Error(`The file manager could not open ${path}: ${problem}`);
    },
    async pick(kind, defaultName) {
      const window = parent();
      if (kind === 'export-zip') {
        const options = { title: 'Export the session as', defaultPath: defaultName, filters: [{ name: 'Zip archive', extensions: ['zip'] }] };
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      }
      const result = window ? await dialog.showOpenDialog(window, OPEN[kind]) : await dialog.showOpenDialog(OPEN[kind]);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
