/** Electron entry: lifecycle only. The lockdown, the app protocol and the features are wired here. */
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { createAppContext } from '../features/context';
import { applyStoredRetention } from '../features/settings';
import { cleanOrphanFiles } from '../features/data';
import { cancelModelFetch } from '../features/model-fetch';
import { setAnalysisWorkerFile, stopAnalysisWorker, warmAnalysisWorker } from '../features/analysis-runner';
import { electronDesktop } from './desktop';
import { builtEntries } from './entries';
import { utilityFetcher } from './fetcher-utility';
import { registerIpc, eventSender } from './ipc';
import { lockDownContents, lockDownSession } from './lockdown';
import { appPaths } from './paths';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow } from './window';

// Tests (and people who keep data elsewhere) may move the data folder; read before anything uses it.
if (process.env.ATTUNE_USER_DATA) app.setPath('userData', process.env.ATTUNE_USER_DATA);

registerAppScheme();
lockDownContents();
// Chromium's own background traffic (safe browsing, component updates) is off; nothing may leave.
app.commandLine.appendSwitch('disable-background-networking');
app.commandLine.appendSwitch('disable-component-update');

if (!app.requestSingleInstanceLock()) app.quit();

void app.whenReady().then(async () => {
  const paths = appPaths();
  lockDownSession();
  serveRenderer(paths.rendererDir);
  const ctx = createAppContext({
    dataDir: paths.dataDir,
    modelsDir: paths.modelsDir,
    scenariosDir: paths.userScenariosDir,
    builtinScenariosDir: paths.builtinScenariosDir,
    emit: eventSender(() => BrowserWindow.getAllWindows().map((w) => w.webContents)),
    desktop: electronDesktop(),
    speechWorkerUrl: pathToFileURL(builtEntries.speechWorker),
    spawnFetcher: utilityFetcher(builtEntries.modelFetch, builtEntries.speechWorker),
  });
  // Leftovers of a crash go first (temp files, unnamed WAVs); a failure only skips the pass.
  await cleanOrphanFiles(ctx).catch((error: unknown) => console.error('Cleaning up after a crash failed:', error));
  // Sessions past the user's retention period go before any screen can show them; a failure only skips the pass.
  await applyStoredRetention(ctx).catch((error: unknown) => console.error('Retention pass failed:', error));
  registerIpc(ctx);
  // A model download still running when the app quits is stopped (its staged files are removed by the child).
  app.on('before-quit', () => void cancelModelFetch(ctx));
  // Replies are scored in a worker thread, never on this (main) process; it loads while the window opens.
  setAnalysisWorkerFile(builtEntries.analysisWorker);
  warmAnalysisWorker();
  app.on('before-quit', () => void stopAnalysisWorker());
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
