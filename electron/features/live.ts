/** Sessions in progress, kept in memory so nothing recorded is lost when the disk refuses a write. */
import type { Session } from '../../shared/types/sessions';
import type { StorageStatus } from '../../shared/ipc/contract';
import type { Conversation } from '../domain/sessions/conversation';
import type { AppContext } from './context';
import { createSlot, slot } from './slots';

/** A session being practised: the conversation (which holds the session record), WAVs not yet known to be on disk, and whether the last save worked. */
export interface LiveSession {
  /** The session record: the same object as `conversation.session`. */
  session: Session;
  conversation: Conversation;
  /** WAVs not yet written to the data folder, by file name: kept until a save succeeds. */
  audio: Map<string, Uint8Array>;
  storage: StorageStatus;
}

/** Where each app keeps its live sessions. */
const LIVE = createSlot<Map<string, LiveSession>>('live-sessions');

/**
 * How many fully saved sessions stay in memory. Older ones are dropped and rebuilt from their
 * file when used again; a session with anything unsaved is never dropped.
 */
export const LIVE_SESSIONS_KEPT = 4;

/** The live sessions of this app, by id, least recently used first. */
export function liveSessions(ctx: AppContext): Map<string, LiveSession> {
  return slot(ctx, LIVE, () => new Map<string, LiveSession>());
}

/** Marks `live` as just used and drops the least recently used saved sessions beyond the limit. */
export function keepLive(ctx: AppContext, live: LiveSession): void {
  const all = liveSessions(ctx);
  all.delete(live.session.id);
  all.set(live.session.id, live);
  let excess = all.size - LIVE_SESSIONS_KEPT;
  for (const [id, other] of all) {
    if (excess <= 0) break;
    if (other !== live && other.audio.size === 0 && other.storage.saved) {
      all.delete(id);
      excess--;
    }
  }
}

/** Forgets sessions deleted from disk, so a reply cannot write a deleted session back. */
export function forgetLive(ctx: AppContext, ids: readonly string[]): void {
  const all = liveSessions(ctx);
  for (const id of ids) all.delete(id);
}
