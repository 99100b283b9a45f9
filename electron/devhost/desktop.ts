/**
 * The dev host's desktop: folders open through a platform opener (xdg-open, open, explorer) or
 * the command given with `--opener` (the e2e passes a script that records what it was asked to
 * open). There are no native dialogs in browser mode: the UI takes typed paths and uploads.
 */
import { spawn } from 'node:child_process';
import type { Desktop } from '../features/desktop';

/** The system's "open this folder" command. */
export function platformOpener(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return 'open';
  if (platform === 'win32') return 'explorer';
  return 'xdg-open';
}

/** Runs `opener path`; fails with a plain sentence when the command is missing or reports an error. */
export function openWith(opener: string, path: string, waitMs = 5_000): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(opener, [path], { stdio: 'ignore', detached: process.platform !== 'win32' });
    // An opener that keeps running (some file managers) has done its job; stop waiting for it.
    const timer = setTimeout(() => {
      child.unref();
      done();
    }, waitMs);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      fail(new Error(error.code === 'ENOENT' ? `No "${opener}" command is installed to open folders; the folder is ${path}.` : `Could not run "${opener}": ${error.message}.`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      // explorer.exe exits with 1 even when it opened the folder.
      if (code === 0 || process.platform === 'win32') done();
      else fail(new Error(`"${opener}" could not open ${path} (exit code ${code}).`));
    });
  });
}

/** The dev host's desktop with the given opener command (default: the platform's). */
export function devHostDesktop(opener: string = platformOpener()): Desktop {
  return {
    hasDialogs: false,
    openFolder: (path) => openWith(opener, path),
    pick: () => Promise.resolve(null),
  };
}
