/** Session channels: list and read stored sessions, their recordings, copies, export, import and delete. */
import { z } from 'zod';
import type { ExportResult, ImportResult } from '../../types/archive';
import type { Session, SessionProblem, SessionSummary } from '../../types/sessions';
import { channel, noRequest, pickToken, place, sessionId, type Bytes } from '../channel';

const format = z.enum(['zip', 'folder']);

/**
 * Channels of stored sessions: served by electron/features/sessions.ts (read, copy), review.ts
 * (recordings, export into the exports folder, import by path, delete) and archive-io.ts (upload,
 * export to a chosen place, download).
 */
export const sessionsChannels = {
  'sessions:list': channel('listSessions', noRequest).returns<{ sessions: SessionSummary[]; problems: SessionProblem[] }>(),
  'sessions:get': channel('getSession', z.strictObject({ id: sessionId })).returns<Session>(),
  'sessions:saveCopy': channel('saveSessionCopy', z.strictObject({ id: sessionId, ...place('dir') })).returns<{ dir: string }>(),
  'sessions:audio': channel('getSessionAudio', z.strictObject({ id: sessionId, file: z.string().min(1).max(80) })).returns<{ bytes: Bytes }>(),
  'sessions:export': channel('exportSession', z.strictObject({ id: sessionId, format })).returns<ExportResult>(),
  'sessions:import': channel('importSession', z.strictObject(place('path'))).returns<ImportResult>(),
  'sessions:delete': channel('deleteSession', z.strictObject({ id: sessionId })).returns<{ deleted: string }>(),
  // The feature checks the size (empty, over MAX_UPLOAD_BYTES) with a plain message naming the file.
  'sessions:importUpload': channel('importSessionUpload', z.strictObject({ fileName: z.string().min(1).max(255), bytes: z.instanceof(Uint8Array) })).returns<ImportResult>(),
  // Only to a place chosen in the desktop app's dialog, named by its token (browser mode exports into the exports folder or downloads).
  'sessions:exportTo': channel('exportSessionTo', z.strictObject({ id: sessionId, format, token: pickToken })).returns<ExportResult>(),
  'sessions:zip': channel('zipSession', z.strictObject({ id: sessionId })).returns<{ fileName: string; bytes: Bytes }>(),
};
