/** Sessions in progress, kept in memory so nothing recorded is lost when the disk refuses a write. */
import type { Session } from '../domain/sessions/types';
import type { AppContext } from './context';
import { slot } from './context';

/** A session being practised: the file's content plus WAVs not yet known to be on disk, and the partner's state. */
export interface LiveSession {
  session: Session;
  /** WAVs not yet written to the data folder, by file name: kept until a save succeeds. */
  audio: Map<string, Uint8Array>;
  /** Conversation state owned by the practice feature (the scenario engine's state). */
  conversation: unknown;
}

/** The live sessions of this app, by id. */
export function liveSessions(ctx: AppContext): Map<string, LiveSession> {
  return slot(ctx, 'live-sessions', () => new Map<string, LiveSession>());
}
