/** Desktop actions of Settings and Review: open a data folder in the file manager, ask for a path. */
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { AppContext, Handlers } from './context';
import { createSlot, slot, type HasSlots } from './slots';
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

/**
 * Dialog tokens (issue #14). In the desktop app the page never names a path: `dialog:pick` shows
 * the native dialog and answers with an opaque token for the place the user chose, remembered here
 * with that path and kind; import, model import, export and "save a copy" take the token, once,
 * within a few minutes. A page that went wrong (or was made to) can then neither read nor write
 * anything the user did not choose in Attune's own dialog, and cannot reuse an old choice.
 *
 * The browser mode (the dev host) has no native dialog, so there the user types the path and the
 * channels take it as typed: the page is the user's own typing, served on loopback only, with
 * every route's Origin and Host checked (devhost/server.ts).
 */
export const PICK_TOKEN_TTL_MS = 10 * 60 * 1000;

interface Picked {
  kind: PickKind;
  path: string;
  expires: number;
}

/** Choices from the dialog not used yet, by token. */
const PICKED = createSlot<Map<string, Picked>>('picked-places');
const picked = (ctx: HasSlots): Map<string, Picked> => slot(ctx, PICKED, () => new Map<string, Picked>());

/**
 * Asks the user for a file or folder through the host's dialog. Answers the chosen path (to show)
 * and the token that stands for it; both null when cancelled or when the host has no dialogs.
 */
export async function pickPath(ctx: Pick<AppContext, 'desktop' | 'slots'>, { kind, defaultName }: { kind: PickKind; defaultName?: string }): Promise<{ path: string | null; token: string | null }> {
  if (!ctx.desktop.hasDialogs) return { path: null, token: null };
  const path = await ctx.desktop.pick(kind, defaultName);
  if (!path) return { path: null, token: null };
  const now = Date.now();
  for (const [token, entry] of picked(ctx)) if (entry.expires <= now) picked(ctx).delete(token);
  const token = randomBytes(18).toString('base64url');
  picked(ctx).set(token, { kind, path, expires: now + PICK_TOKEN_TTL_MS });
  return { path, token };
}

/** Where a request says to read or write: a dialog token (desktop app) or a typed path (browser mode). */
export interface PlaceRequest {
  token?: string;
  path?: string;
}

/**
 * The path a request may use for `kinds` of place. With dialogs (the desktop app) only a token
 * from `dialog:pick` of one of `kinds` is taken, once; a typed path, an unknown, used or expired
 * token is refused in one sentence. Without dialogs (browser mode) the typed path is taken.
 */
export function placeOf(ctx: Partial<Pick<AppContext, 'desktop' | 'slots'>>, request: PlaceRequest, kinds: readonly PickKind[]): string {
  if (request.token !== undefined) {
    const tokens = ctx.slots ? picked({ slots: ctx.slots }) : undefined;
    const entry = tokens?.get(request.token);
    if (entry) tokens?.delete(request.token);
    if (!entry || entry.expires <= Date.now() || !kinds.includes(entry.kind)) {
      throw new Error('That choice from the file dialog has expired or was already used; choose the place again.');
    }
    return entry.path;
  }
  if (ctx.desktop?.hasDialogs) throw new Error('The desktop app reads and writes only places chosen in its own dialog, not typed paths; choose the place with the button.');
  if (!request.path) throw new Error('Choose a file or folder first.');
  return request.path;
}

/** The desktop channels, served here. */
export const foldersHandlers = {
  'data:openFolder': openFolder,
  'dialog:info': desktopInfo,
  'dialog:pick': pickPath,
} satisfies Handlers;
