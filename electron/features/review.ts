/**
 * Review features: a session's recordings, export into the exports folder, import and delete.
 * Plain async functions; their `sessions:*` channels are served from sessions.ts.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bytes } from '../../shared/ipc/contract';
import type { ExportResult, ImportResult } from '../../shared/types/archive';
import { UnsafeFileError } from '../storage/files/read-bounded';
import { assertSafeSessionId, isSafeFileName } from '../storage/sessions/names';
import type { AppContext, DataFolders } from './context';
import { placeOf, type PlaceRequest } from './folders';
import { markDeleted, onSession, unmarkDeleted } from './session-queue';

export type { DataFolders } from './context';

/** Where exports go unless the user picks a place: `<dataDir>/exports`. */
export const exportsDir = (ctx: Pick<DataFolders, 'dataDir'>): string => join(ctx.dataDir, 'exports');

/** A reply's WAV bytes. */
export async function getSessionAudio(ctx: DataFolders, { id, file }: { id: string; file: string }): Promise<{ bytes: Bytes }> {
  if (!isSafeFileName(file) || !file.toLowerCase().endsWith('.wav')) throw new Error(`"${file}" is not a recording name.`);
  try {
    return { bytes: (await ctx.store.readAudio(id, file)) as Bytes };
  } catch (error) {
    const missing = (error instanceof UnsafeFileError && error.reason === 'missing') || (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing) throw new Error(`The recording ${file} of session ${id} is missing.`, { cause: error });
    throw error;
  }
}

/** Exports a session into the exports folder as a zip (or a folder), never overwriting an earlier export. */
export async function exportSessionFeature(ctx: DataFolders, { id, format }: { id: string; format: 'zip' | 'folder' }): Promise<ExportResult> {
  assertSafeSessionId(id);
  return onSession(ctx, id, () => exportToExportsDir(ctx, id, format));
}

async function exportToExportsDir(ctx: DataFolders, id: string, format: 'zip' | 'folder'): Promise<ExportResult> {
  const dir = exportsDir(ctx);
  if (format === 'folder') {
    // A folder export creates `<parent>/<id>`; when that exists, nest it in the first free `copy-N`.
    const parent = (await exists(join(dir, id))) ? join(dir, await freeName(dir, 'copy', '')) : dir;
    return ctx.store.export(id, { kind: 'folder', parent });
  }
  return ctx.store.export(id, { kind: 'zip', path: join(dir, `${await freeName(dir, id, '.zip')}.zip`) });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** `base`, or `base-2`, `base-3`… whichever is not yet taken in `dir` (with `ext`). */
async function freeName(dir: string, base: string, ext: string): Promise<string> {
  const taken = new Set(await readdir(dir).catch(() => [] as string[]));
  let name = base;
  for (let n = 2; taken.has(name + ext); n++) name = `${base}-${n}`;
  return name;
}

/** Imports a zip file or exported folder from the place the request names (a dialog token, or in browser mode a typed path). */
export async function importSessionFeature(ctx: DataFolders & Partial<Pick<AppContext, 'desktop' | 'slots'>>, request: PlaceRequest): Promise<ImportResult> {
  const path = placeOf(ctx, request, ['session-zip', 'session-folder']);
  const result = await ctx.store.import(path);
  unmarkDeleted(ctx, result.id); // imported again on purpose: it may be practised again
  return result;
}

/** Deletes one session from disk. It wins over a reply in flight: that reply saves nothing (see session-queue). */
export async function deleteSessionFeature(ctx: DataFolders, { id }: { id: string }): Promise<{ deleted: string }> {
  assertSafeSessionId(id);
  markDeleted(ctx, [id]);
  await onSession(ctx, id, () => ctx.store.remove(id));
  return { deleted: id };
}
