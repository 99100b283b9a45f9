/**
 * A practice session as stored in `session.json`: ONE zod schema, from which the types are
 * inferred, applied where a file enters the program (electron/storage/sessions). Strict at every
 * level: each field is typed and capped (session-parts.ts), and a field this build does not know is
 * refused, so Review never meets data it cannot show. A change of format bumps
 * SESSION_SCHEMA_VERSION and adds a migration (electron/domain/sessions/schema.ts).
 */
import { z } from 'zod';
import type { Analysis } from './analysis';
import { isoTime, SESSION_ID_PATTERN, SESSION_LIMITS, sessionParts } from './session-parts';

export { isValidSessionId, SESSION_LIMITS } from './session-parts';

/**
 * The version this build writes and reads (older files are migrated on load). Version 2 added
 * `branches` (retries from an earlier turn): an older build must refuse such a file rather than
 * drop its retries on the next save. Version 3 is strict: versions 1 and 2 were checked loosely
 * (unknown fields kept).
 */
export const SESSION_SCHEMA_VERSION = 3;

const FILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

/** True for a plain file name inside a session folder (no separators, no leading dot, no `..`). */
export function isValidFileName(name: unknown): name is string {
  return typeof name === 'string' && FILE_PATTERN.test(name) && !name.includes('..');
}

/** How a session ended: the partner opened up, withdrew completely, or the user stopped. */
export const sessionEndingSchema = z.enum(['success', 'withdrawn', 'ended']);

/** Each branch's id is unique, its parent an earlier branch (so lines never loop), and it retries a turn its parent line has. */
function checkBranches(session: { turns: unknown[]; branches?: Array<{ id: string; fromTurn: number; parent?: string; turns: unknown[] }> }, ctx: z.RefinementCtx): void {
  const lengths = new Map<string | undefined, number>([[undefined, session.turns.length]]);
  for (const [i, branch] of (session.branches ?? []).entries()) {
    const parentLength = lengths.get(branch.parent);
    if (lengths.has(branch.id)) ctx.addIssue({ code: 'custom', path: ['branches', i, 'id'], message: `repeats the branch id "${branch.id}"` });
    else if (parentLength === undefined) ctx.addIssue({ code: 'custom', path: ['branches', i, 'parent'], message: 'names no earlier branch' });
    else if (branch.fromTurn >= parentLength) ctx.addIssue({ code: 'custom', path: ['branches', i, 'fromTurn'], message: `retries turn ${branch.fromTurn + 1}, but the line it comes from has ${parentLength}` });
    else lengths.set(branch.id, branch.fromTurn + branch.turns.length);
  }
}

/** Each turn's index is its place in its line, and no two replies share an id: Review keys by both, and a redo's choice names a reply by its id. */
function checkTurns(session: { turns: Array<{ index: number; attempts: Array<{ id: string }> }>; branches?: Array<{ fromTurn: number; turns: Array<{ index: number; attempts: Array<{ id: string }> }> }> }, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  const lines = [{ path: [] as Array<string | number>, first: 0, turns: session.turns }, ...(session.branches ?? []).map((b, i) => ({ path: ['branches', i], first: b.fromTurn, turns: b.turns }))];
  for (const line of lines) {
    for (const [i, turn] of line.turns.entries()) {
      const place = line.first + i;
      if (turn.index !== place) ctx.addIssue({ code: 'custom', path: [...line.path, 'turns', i, 'index'], message: `is ${turn.index}, not the turn's place in its line (${place})` });
      for (const [j, attempt] of turn.attempts.entries()) {
        if (seen.has(attempt.id)) ctx.addIssue({ code: 'custom', path: [...line.path, 'turns', i, 'attempts', j, 'id'], message: `${attempt.id} is the id of another reply too` });
        seen.add(attempt.id);
      }
    }
  }
}

const { turn } = sessionParts();
/** A line of turns: the main line, or a retry's own turns. */
const turns = z.array(turn).max(SESSION_LIMITS.turns);
/**
 * A retry from an earlier turn: a new line of the same conversation. Turns before `fromTurn` are
 * shared with the line it was retried from (`parent`, or the main line when absent), and are not
 * copied; `turns` holds the branch's own turns, the first of them answering turn `fromTurn` again
 * with the partner as they were then.
 */
const branch = z.strictObject({
  id: z.string().regex(SESSION_ID_PATTERN, 'not a valid branch id'),
  /** The 0-based index of the first turn this branch answers afresh. */
  fromTurn: z.number().int().min(0).max(SESSION_LIMITS.turns),
  /** The branch this one was retried from; absent for a retry of the main line. */
  parent: z.string().regex(SESSION_ID_PATTERN, 'not a valid branch id').optional(),
  createdAt: isoTime(),
  endedAt: isoTime().optional(),
  ending: sessionEndingSchema.optional(),
  // A retry starts with the line it answers again; with none, a reply would land in a shared turn of the line it came from.
  turns: turns.min(1, 'a retry holds at least the line it answers again'),
});

/** The whole `session.json` of the current version: strict, so unknown fields are refused. */
export const sessionSchema = z
  .strictObject({
    schemaVersion: z.literal(SESSION_SCHEMA_VERSION),
    id: z.string().regex(SESSION_ID_PATTERN, 'not a valid session id'),
    scenarioId: z.string().max(SESSION_LIMITS.name),
    scenarioTitle: z.string().max(SESSION_LIMITS.title),
    startedAt: isoTime(),
    endedAt: isoTime().optional(),
    ending: sessionEndingSchema.optional(),
    /** The main line: the conversation as first practised. Its ending and score are the session's. */
    turns,
    /** Retries from earlier turns, oldest first (absent in version-1 files and in sessions never retried). */
    branches: z.array(branch).max(SESSION_LIMITS.branches).optional(),
  })
  .superRefine(checkBranches)
  .superRefine(checkTurns);

/** The whole session file. */
export type Session = z.infer<typeof sessionSchema>;
/** One partner line and the user's attempts at answering it. */
export type Turn = Session['turns'][number];
/** One try at answering a partner line; a redo adds another attempt to the same turn. */
export type ReplyAttempt = Turn['attempts'][number];
/** The analyzer's result as a session stores it. */
export type StoredAnalysis = ReplyAttempt['analysis'];
/** A retry from an earlier turn, kept in the same session file. */
export type Branch = NonNullable<Session['branches']>[number];
/** How a session ended. */
export type SessionEnding = z.infer<typeof sessionEndingSchema>;

/** One row of the session list: enough to show and filter without reading every reply. */
export interface SessionSummary extends Pick<Session, 'id' | 'scenarioId' | 'scenarioTitle' | 'startedAt' | 'endedAt' | 'ending'> {
  /** Turns answered (see shared/sessions/scores.ts). */
  replyCount: number;
  /** Every attempt, redos included. */
  attemptCount: number;
  /** The session's score: the mean over its turns of each turn's continuing attempt; absent when nothing was answered. */
  scores?: Analysis['scores'];
  /** Retries from an earlier turn kept in the session (each has its own score, in the replay); absent when none. */
  retryCount?: number;
}

/** A session folder that could not be read; reported to the user and skipped. */
export interface SessionProblem {
  id: string;
  message: string;
}
