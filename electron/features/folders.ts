/** Desktop actions of Settings and Review: open a data folder in the file manager, ask for a path. */
import { mkdir } from 'node:fs/promises';
import type { AppContext } from './context';
import type { PickKind } from './desktop';

/** The folders the user may open from the app. */
export type OpenableFolder = 'data' | 'models';

/** Opens the data (or models) folder in the system's file manager, creating it first so there is something to open. */
export async function openFolder(ctx: Pick<AppContext, 'dataDir' | 'modelsDir' | 'desktop'>, { folder }: { folder: OpenableFolder }): Promise<{ opened: string }> {
  const path = folder === 'models' ? ctx.modelsDir : ctx.dataDir;
  await mkdir(path, { recursive: true });
  await ctx.desktop.openFolder(path);
  return { opened: path };
}

/** Whether this host shows real file dialogs (Electron) or the UI must take typed paths (browser mode). */
export async function desktopInfo(ctx: Pick<AppContext, 'desktop'>): Promise<{ hasDialogs: boolean }> {
  return { hasDialogs: ctx.desktop.hasDialogs };
}

/** Asks the user for a file or folder through the host's dialog; null when cancelled or when there is none. */
export async function pickPath(ctx: Pick<AppContext, 'desktop'>, { kind, defaultName }: { kind: PickKind; defaultName?: string }): Promise<{ path: string | null }> {
  if (!ctx.desktop.hasDialogs) return { path: null };
  return { path: await ctx.desktop.pick(kind, defaultName) };
}
