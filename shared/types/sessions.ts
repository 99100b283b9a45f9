/** A practice session as stored in `session.json` (versioned). Fields may be added; bump the version to change meaning. */
import type { Analysis } from './analysis';
import type { Delivery, Transcript } from './speech';

export const SESSION_SCHEMA_VERSION = 1;

/** How a session ended: the partner opened up, withdrew completely, or the user stopped. */
export type SessionEnding = 'success' | 'withdrawn' | 'ended';

/** One try at answering a partner line; a redo adds another attempt to the same turn. */
export interface ReplyAttempt {
  id: string;
  createdAt: string;
  source: 'voice' | 'typed';
  text: string;
  /** File name of the reply's 16-bit 16 kHz mono WAV inside the session folder, for voice replies. */
  audioFile?: string;
  transcript?: Transcript;
  analysis: Analysis;
  delivery?: Delivery;
  /** The user's own 0–100 guess before the reveal ("predict, then reveal"). */
  selfRating?: number;
  /** The partner's reaction to this attempt. */
  reaction: {
    opennessBefore: number;
    opennessAfter: number;
    line: string;
    thought: string;
  };
}

/** One partner line and the user's attempts at answering it. */
export interface Turn {
  index: number;
  partnerLine: string;
  /** Reference of the partner line's recording in the scenario (e.g. "levels.2[0]"), when it had one. */
  partnerAudio?: string;
  attempts: ReplyAttempt[];
  /** Id of the attempt the talk went on from, chosen after a redo (default the best); absent means the last attempt. */
  continuedWith?: string;
}

/** The whole session file. */
export interface Session {
  schemaVersion: typeof SESSION_SCHEMA_VERSION;
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  startedAt: string;
  endedAt?: string;
  ending?: SessionEnding;
  turns: Turn[];
}

/** One row of the session list: enough to show and filter without reading every reply. */
export interface SessionSummary extends Pick<Session, 'id' | 'scenarioId' | 'scenarioTitle' | 'startedAt' | 'endedAt' | 'ending'> {
  /** Turns answered (see sessions/scores.ts). */
  replyCount: number;
  /** Every attempt, redos included. */
  attemptCount: number;
  /** The session's score: the mean over its turns of each turn's continuing attempt; absent when nothing was answered. */
  scores?: Analysis['scores'];
}

/** A session folder that could not be read; reported to the user and skipped. */
export interface SessionProblem {
  id: string;
  message: string;
}
