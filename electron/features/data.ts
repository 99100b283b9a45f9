/** "Your data" features: where the data lives and how much there is, and deleting all of it. */
import { rm } from 'node:fs/promises';
import type { DataLocation } from '../../shared/ipc/contract';
import type { DataFolders, Handlers } from './context';
import { forgetLive, liveSessions } from './live';
import { exportsDir } from './review';
import { markDeleted, onAllSessions } from './session-queue';
import { cleanOrphans } from '../storage/sessions/orphans';

/** Where data lives and how much of it there is. */
export async function dataLocation(ctx: DataFolders): Promise<DataLocation> {
  const { sessionCount, bytes } = await ctx.store.usage();
  return { dataDir: ctx.dataDir, sessionsDir: ctx.sessionsDir, exportsDir: exportsDir(ctx), sessionCount, bytes };
}

/** Removes what a crash left behind (temp files, half-written folders, WAVs no session names), before anything runs. */
export async function cleanOrphanFiles(ctx: DataFolders): Promise<string[]> {
  return onAllSessions(ctx, () => cleanOrphans(ctx.sessionsDir));
}

/** Deletes every session and export (settings and models stay). The exact phrase guards against a stray call. */
export async function deleteAllData(ctx: DataFolders, { confirm }: { confirm: string }): Promise<{ deleted: number }> {
  if (confirm !== 'delete all') throw new Error('Deleting all data needs the confirmation phrase "delete all".');
  return onAllSessions(ctx, async () => {
    const ids = await ctx.store.ids();
    markDeleted(ctx, ids);
    for (const id of ids) await ctx.store.remove(id);
    await rm(exportsDir(ctx), { recursive: true, force: true });
    return { deleted: ids.length };
  });
}

/** The "Your data" channels served here (opening its folder: folders.ts). */
export const dataHandlers = {
  'data:location': dataLocation,
  'data:deleteAll': async (ctx, request) => {
    const result = await deleteAllData(ctx, request);
    forgetLive(ctx, [...liveSessions(ctx).keys()]);
    return result;
  },
} satisfies Handlers;
