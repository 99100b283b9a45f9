/**
 * Review, Progress and data features (issue 6): plain async functions that main's IPC and the
 * dev host both call through the handler table, and that tests call directly.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { readBounded, UnsafeFileError } from '../storage/files/read-bounded';
import { MAX_WAV_BYTES } from '../storage/archive/session-caps';
import { join } from 'node:path';
import { exportSession, type ExportResult } from '../storage/archive/export';
import { importSession, type ImportResult } from '../storage/archive/import';
import { assertSafeSessionId, isSafeFileName, isSafeSessionId } from '../storage/archive/names';
import { applyRetention, deleteSession, type RetentionResult } from '../storage/archive/remove';
import { loadAllSessions } from '../storage/progress/load';
import { cleanOrphans } from '../storage/sessions/orphans';
import { buildProgress } from '../domain/progress/summary';
import type { ProgressSummary } from '../../shared/types/progress';
import { readSettings, updateSettings, type SettingsPatch } from '../storage/settings/store';
import type { Settings } from '../../shared/types/settings';
import type { Bytes } from '../../shared/ipc/contract';
import { markDeleted, onAllSessions, onSession, unmarkDeleted } from './session-queue';

/** The folders these features work in (a subset of the app context). */
export interface DataFolders {
  readonly dataDir: string;
  readonly sessionsDir: string;
}

/** Where exports go unless the user picks a place: `<dataDir>/exports`. */
export const exportsDir = (ctx: DataFolders): string => join(ctx.dataDir, 'exports');

/** A reply's WAV bytes. */
export async function getSessionAudio(ctx: DataFolders, { id, file }: { id: string; file: string }): Promise<{ bytes: Bytes }> {
  assertSafeSessionId(id);
  if (!isSafeFileName(file) || !file.toLowerCase().endsWith('.wav')) throw new Error(`"${file}" is not a recording name.`);
  try {
    return { bytes: new Uint8Array(await readBounded(join(ctx.sessionsDir, id, file), { maxBytes: MAX_WAV_BYTES, what: `The recording ${file} of session ${id}` })) };
  } catch (error) {
    if (error instanceof UnsafeFileError && error.reason === 'missing') throw new Error(`The recording ${file} of session ${id} is missing.`, { cause: error });
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`The recording ${file} of session ${id} is missing.`, { cause: error });
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
    return exportSession(ctx.sessionsDir, id, { kind: 'folder', parent });
  }
  return exportSession(ctx.sessionsDir, id, { kind: 'zip', path: join(dir, `${await freeName(dir, id, '.zip')}.zip`) });
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

/** Imports a zip file or exported folder from `path`. */
export async function importSessionFeature(ctx: DataFolders, { path }: { path: string }): Promise<ImportResult> {
  const result = await importSession(ctx.sessionsDir, path);
  unmarkDeleted(ctx, result.id); // imported again on purpose: it may be practised again
  return result;
}

/** Deletes one session from disk. It wins over a reply in flight: that reply saves nothing (see session-queue). */
export async function deleteSessionFeature(ctx: DataFolders, { id }: { id: string }): Promise<{ deleted: string }> {
  assertSafeSessionId(id);
  markDeleted(ctx, [id]);
  await onSession(ctx, id, () => deleteSession(ctx.sessionsDir, id));
  return { deleted: id };
}

/** Retention, after all work on sessions; what it deletes can never be saved again. */
async function retain(ctx: DataFolders, days: Settings['retentionDays']): Promise<RetentionResult> {
  const result = await onAllSessions(ctx, () => applyRetention(ctx.sessionsDir, days));
  markDeleted(ctx, result.deleted);
  return result;
}

/** The Progress summary over every readable session, with days in the user's time zone. */
export async function progressSummary(ctx: DataFolders, { timeZone }: { timeZone: string }): Promise<ProgressSummary & { unreadable: number }> {
  const { sessions, unreadable } = await loadAllSessions(ctx.sessionsDir);
  return { ...buildProgress(sessions, { timeZone }), unreadable };
}

/** The stored settings. */
export async function getSettings(ctx: DataFolders): Promise<Settings> {
  return readSettings(ctx.dataDir);
}

/** Changes settings; a new retention period is applied at once, and what it deleted is reported. */
export async function setSettings(ctx: DataFolders, patch: SettingsPatch): Promise<{ settings: Settings; retention: RetentionResult }> {
  const settings = await updateSettings(ctx.dataDir, patch);
  const retention = patch.retentionDays !== undefined ? await retain(ctx, settings.retentionDays) : { deleted: [], kept: 0, skipped: [] };
  return { settings, retention };
}

/** Removes what a crash left behind (temp files, half-written folders, WAVs no session names), before anything runs. */
export async function cleanOrphanFiles(ctx: DataFolders): Promise<string[]> {
  return onAllSessions(ctx, () => cleanOrphans(ctx.sessionsDir));
}

/** Applies the stored retention period (at startup). */
export async function applyStoredRetention(ctx: DataFolders): Promise<RetentionResult> {
  return retain(ctx, (await readSettings(ctx.dataDir)).retentionDays);
}

/** Where data lives and how much of it there is. */
export async function dataLocation(ctx: DataFolders): Promise<{ dataDir: string; sessionsDir: string; exportsDir: string; sessionCount: number; bytes: number }> {
  const ids = (await readdir(ctx.sessionsDir).catch(() => [] as string[])).filter(isSafeSessionId);
  let bytes = 0;
  for (const id of ids) {
    for (const name of await readdir(join(ctx.sessionsDir, id)).catch(() => [] as string[])) {
      bytes += (await stat(join(ctx.sessionsDir, id, name)).catch(() => ({ size: 0 }))).size;
    }
  }
  return { dataDir: ctx.dataDir, sessionsDir: ctx.sessionsDir, exportsDir: exportsDir(ctx), sessionCount: ids.length, bytes };
}

/** Deletes every session and export (settings and models stay). The exact phrase guards against a stray call. */
export async function deleteAllData(ctx: DataFolders, { confirm }: { confirm: string }): Promise<{ deleted: number }> {
  if (confirm !== 'delete all') throw new Error('Deleting all data needs the confirmation phrase "delete all".');
  return onAllSessions(ctx, async () => {
    const ids = (await readdir(ctx.sessionsDir).catch(() => [] as string[])).filter(isSafeSessionId);
    markDeleted(ctx, ids);
    for (const id of ids) await deleteSession(ctx.sessionsDir, id);
    await rm(exportsDir(ctx), { recursive: true, force: true });
    return { deleted: ids.length };
  });
}
