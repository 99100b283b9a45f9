/**
 * Session features: list, read, and save a copy elsewhere when the data folder cannot be written.
 * Every `sessions:*` channel is served from the table at the end of this file; the review
 * actions (recordings, export, import, delete) live in review.ts and the moves to and from a
 * place the user chose (upload, save dialog, download) in archive-io.ts.
 */
import { resolve } from 'node:path';
import type { Session, SessionProblem, SessionSummary } from '../../shared/types/sessions';
import { storedTurns } from '../../shared/sessions/branches';
import { createSessionStore } from '../storage/sessions/store';
import { assertSafeSessionId } from '../storage/sessions/names';
import type { AppContext, Handlers } from './context';
import { forgetLive, liveSessions } from './live';
import { onSession } from './session-queue';
import { placeOf } from './folders';
import { deleteSessionFeature, exportSessionFeature, getSessionAudio, importSessionFeature } from './review';
import { exportToFeature, importUploadFeature, zipForDownload } from './archive-io';

/** Lists stored sessions (newest first) and the folders that could not be read. */
export async function listSessions(ctx: AppContext): Promise<{ sessions: SessionSummary[]; problems: SessionProblem[] }> {
  return ctx.store.list();
}

/** Reads one session: the live copy if it is in memory (possibly unsaved), else the file. */
export async function getSession(ctx: AppContext, { id }: { id: string }): Promise<Session> {
  assertSafeSessionId(id);
  return liveSessions(ctx).get(id)?.session ?? ctx.store.load(id);
}

/** Writes a session (and its WAVs) into `dir`/<id>: used when the data folder is full or unwritable. */
export async function saveSessionCopy(ctx: AppContext, { id, token, dir: typed }: { id: string; token?: string; dir?: string }): Promise<{ dir: string }> {
  assertSafeSessionId(id);
  const dir = placeOf(ctx, { token, path: typed }, ['export-folder']);
  return onSession(ctx, id, () => copySession(ctx, id, dir));
}

async function copySession(ctx: AppContext, id: string, dir: string): Promise<{ dir: string }> {
  const target = createSessionStore(resolve(dir));
  const live = liveSessions(ctx).get(id);
  const session = live?.session ?? (await ctx.store.load(id));
  for (const attempt of storedTurns(session).flatMap((t) => t.attempts)) {
    if (!attempt.audioFile) continue;
    const wav = live?.audio.get(attempt.audioFile) ?? (await ctx.store.readAudio(id, attempt.audioFile));
    await target.saveAudio(id, attempt.audioFile, wav);
  }
  await target.save(session);
  return { dir: resolve(dir, id) };
}

/** Every `sessions:*` channel, served here (some by the functions of review.ts and archive-io.ts). */
export const sessionsHandlers = {
  'sessions:list': listSessions,
  'sessions:get': getSession,
  'sessions:saveCopy': saveSessionCopy,
  // Review: a reply's recording, export into the exports folder, import by place, delete.
  'sessions:audio': getSessionAudio,
  'sessions:export': exportSessionFeature,
  'sessions:import': importSessionFeature,
  'sessions:delete': async (ctx, request) => {
    const result = await deleteSessionFeature(ctx, request);
    // Forgetting the live copy keeps a session open in Practice from being written back by its next reply.
    forgetLive(ctx, [request.id]);
    return result;
  },
  // Archive moves to and from a place the user chose: an uploaded zip, a save dialog, a download.
  'sessions:importUpload': importUploadFeature,
  'sessions:exportTo': exportToFeature,
  'sessions:zip': zipForDownload,
} satisfies Handlers;
