/** Dialog channels: whether this host has native file dialogs, and asking the user for a path. */
import { z } from 'zod';
import { channel, noRequest } from '../channel';

/** What a picker is for: an open dialog for imports, a save/folder dialog for exports. */
export const pickKind = z.enum(['session-zip', 'session-folder', 'model-folder', 'export-zip', 'export-folder']);

/** What a picker is for. */
export type PickKind = z.infer<typeof pickKind>;

/** Channels of the dialogs (electron/features/folders.ts). */
export const dialogChannels = {
  'dialog:info': channel('dialogInfo', noRequest).returns<{ hasDialogs: boolean }>(),
  // The path is for showing; only the token opens the place (single use, minutes), see electron/features/folders.ts.
  'dialog:pick': channel('pickPath', z.strictObject({ kind: pickKind, defaultName: z.string().max(200).optional() })).returns<{ path: string | null; token: string | null }>(),
};
