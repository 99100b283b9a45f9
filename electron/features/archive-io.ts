/**
 * Moving sessions in and out by the user's choice of place: import an uploaded zip (bytes from a
 * file input, in Electron and the browser alike), export to a path picked in a save dialog, and
 * build a zip in memory for the browser mode's download. The archive code does the checking; the
 * `sessions:*` channels for these are served from sessions.ts.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { collectExport, zipSession } from '../storage/archive/export';
import { assertSafeSessionId } from '../storage/sessions/names';
import type { ExportResult, ImportResult } from '../../shared/types/archive';
import type { AppContext, DataFolders } from './context';
import { placeOf } from './folders';
import { onSession, unmarkDeleted } from './session-queue';
import type { Bytes } from '../../shared/ipc/contract';

/** The largest upload accepted: the dev host carries it as base64 JSON and reads at most 64 MB per request. */
export const MAX_UPLOAD_BYTES = 45 * 1024 * 1024;

/** Imports a session zip the user chose in a file input; same checks as importing a zip by path (zip-slip safe, atomic). */
export async function importUploadFeature(ctx: DataFolders, { fileName, bytes }: { fileName: string; bytes: Uint8Array }): Promise<ImportResult> {
  if (bytes.byteLength === 0) throw new Error(`${fileName} is empty.`);
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new Error(`${fileName} is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; import it by its path instead.`);
  try {
    const result = await ctx.store.importZip(bytes);
    unmarkDeleted(ctx, result.id); // imported again on purpose: it may be practised again
    return result;
  } catch (error) {
    throw new Error(`${fileName}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Exports to a place the user picked in the export dialog (and only there): a .zip file path
 * (replaced, as the save dialog confirmed) or a folder to create `<id>/` in.
 */
export async function exportToFeature(ctx: DataFolders & Pick<AppContext, 'slots'>, { id, format, token }: { id: string; format: 'zip' | 'folder'; token: string }): Promise<ExportResult> {
  assertSafeSessionId(id);
  // A token only: this channel exists for the desktop app's export dialog (browser mode exports into the exports folder or downloads).
  // The token must come from the dialog for this format, and a zip goes exactly where the save dialog confirmed it.
  const path = placeOf(ctx, { token }, [format === 'zip' ? 'export-zip' : 'export-folder']);
  if (!isAbsolute(path)) throw new Error(`Choose a full path to export to (got "${path}").`);
  if (format === 'zip') return onSession(ctx, id, () => ctx.store.export(id, { kind: 'zip', path }));
  const info = await stat(path).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`${path} is not a folder.`);
  return onSession(ctx, id, () => ctx.store.export(id, { kind: 'folder', parent: path }));
}

/** The session's export zip, for the browser mode to offer as a download (nothing is written). */
export async function zipForDownload(ctx: DataFolders, { id }: { id: string }): Promise<{ fileName: string; bytes: Bytes }> {
  assertSafeSessionId(id);
  const zip = await zipSession(id, collectExport(await onSession(ctx, id, () => ctx.store.files(id))));
  // fflate returns a view of a plain ArrayBuffer it allocated.
  return { fileName: `${id}.zip`, bytes: zip as Bytes };
}
