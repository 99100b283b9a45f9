/** Desktop actions of Settings and Review: open a data folder in the file manager, ask for a path. */
import { mkdir } from 'node:fs/promises';
import { slot, type AppContext, type Handlers } from './context';
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

/** Paths the user chose in a dialog and that have not been used yet, as `kind path`. */
const picked = (ctx: Pick<AppContext, 'slots'>): Set<string> => slot(ctx as AppContext, 'picked-paths', () => new Set<string>());

/** Asks the user for a file or folder through the host's dialog; null when cancelled or when there is none. */
export async function pickPath(ctx: Pick<AppContext, 'desktop' | 'slots'>, { kind, defaultName }: { kind: PickKind; defaultName?: string }): Promise<{ path: string | null }> {
  if (!ctx.desktop.hasDialogs) return { path: null };
  const path = await ctx.desktop.pick(kind, defaultName);
  if (path) picked(ctx).add(`${kind} ${path}`);
  return { path };
}

/**
 * True (once) when the user chose `path` in an export dialog. Exports to a chosen place write only
 * there, so a page that went wrong cannot make Attune write files anywhere else.
 */
export function takePickedExportPath(ctx: Pick<AppContext, 'slots'>, path: string): boolean {
  return picked(ctx).delete(`export-zip ${path}`) || picked(ctx).delete(`export-folder ${path}`);
}

/**
 * In a host with dialogs (the desktop app), throws unless the user chose `path` in a dialog of one
 * of `kinds` (each choice is good once): a page that went wrong cannot make Attune read or write
 * any path it names. Browser mode has no dialogs and takes typed paths.
 */
export function assertPickedPath(ctx: Partial<Pick<AppContext, 'desktop' | 'slots'>>, kinds: PickKind[], path: string, action: string): void {
  if (!ctx.desktop?.hasDialogs || !ctx.slots) return;
  const set = picked(ctx as Pick<AppContext, 'slots'>);
  for (const kind of kinds) if (set.delete(`${kind} ${path}`)) return;
  throw new Error(`Attune ${action} only a place chosen in its own dialog; ${path} was not chosen there.`);
}

/** The desktop channels, served here. */
export const foldersHandlers = {
  'data:openFolder': openFolder,
  'dialog:info': desktopInfo,
  'dialog:pick': pickPath,
} satisfies Handlers;
