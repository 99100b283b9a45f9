/**
 * What the app asks of the desktop around it: open a folder in the file manager, and ask the user
 * for a file or folder. Electron implements it with `shell` and `dialog` (main/desktop.ts), the
 * dev host with a platform opener and no dialogs (devhost/desktop.ts); tests pass recording fakes.
 */

import type { PickKind } from '../../shared/ipc/contract';

export type { PickKind };

/** The desktop services the features use (injected, so each feature is testable without Electron). */
export interface Desktop {
  /** True when `pick` shows a real dialog (Electron); the browser mode types paths instead. */
  readonly hasDialogs: boolean;
  /** Opens `path` in the system's file manager; rejects with a plain sentence when it cannot. */
  openFolder(path: string): Promise<void>;
  /** Asks the user for a path; null when cancelled. `defaultName` suggests a file name for saves. */
  pick(kind: PickKind, defaultName?: string): Promise<string | null>;
}

/** A desktop with no file manager and no dialogs (the CLI and unit tests unless they inject one). */
export const headlessDesktop: Desktop = {
  hasDialogs: false,
  openFolder: (path) => Promise.reject(new Error(`Attune cannot open a file manager here; the folder is ${path}.`)),
  pick: () => Promise.resolve(null),
};
