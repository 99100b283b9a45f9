/**
 * A practice session as stored in `session.json`: ONE zod schema, from which the types are
 * inferred, applied where a file enters the program (electron/storage/sessions). Nested results
 * owned by other modules (analysis, transcript, delivery) are checked for shape only: their own
 * modules own their meaning. Objects are loose so that fields a newer build added survive a
 * load-and-save; a change of meaning bumps SESSION_SCHEMA_VERSION and adds a migration.
 */
import { z } from 'zod';
import type { Analysis } from './analysis';
import type { Delivery, Transcript } from './speech';

/**
 * The version this build writes and reads (older files are migrated on load). Version 2 added
 * `branches` (retries from an earlier turn): an older build must refuse such a file rather than
 * drop its retries on the next save.
 */
export const SESSION_SCHEMA_VERSION = 2;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const FILE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

/** True for ids made only of letters, digits, `-` and `_` (so never `..`, `/` or `\`): ids name folders. */
export function isValidSessionId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

/** True for a plain file name inside a session folder (no separators, no leading dot, no `..`). */
export function isValidFileName(name: unknown): name is string {
  return typeof name === 'string' && FILE_PATTERN.test(name) && !name.includes('..');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSpan = (v: unknown): boolean => isRecord(v) && typeof v.text === 'string' && typeof v.start === 'number' && typeof v.end === 'number';

/** The analyzer's result: scores, spans and flags (its fields are the analyzer's to define). */
const analysisSchema = z.custom<Analysis>(
  (v) =>
    isRecord(v) &&
    isRecord(v.scores) &&
    ['judgmentFree', 'openQuestions', 'empathy', 'overall'].every((k) => typeof (v.scores as Record<string, unknown>)[k] === 'number') &&
    Array.isArray(v.questions) &&
    v.questions.every(isSpan) &&
    Array.isArray(v.judgments) &&
    v.judgments.every(isSpan) &&
    isRecord(v.empathy) &&
    typeof v.reflection === 'boolean' &&
    typeof v.advice === 'boolean' &&
    // Review walks the evidence; a wrongly typed one broke the screen ("evidence is not iterable").
    (v.evidence === undefined || (Array.isArray(v.evidence) && v.evidence.every((e) => isSpan(e) && isRecord(e) && typeof e.delta === 'number'))),
  { message: 'is not an analysis (scores, questions, judgments, empathy, reflection, advice)' },
);

/** A transcript: its text, and the words and segments Review walks ("words: 42" broke Review with "words is not iterable"). */
const transcriptSchema = z.custom<Transcript>(
  (v) =>
    isRecord(v) &&
    typeof v.text === 'string' &&
    (v.words === undefined || (Array.isArray(v.words) && v.words.every(isSpan))) &&
    (v.segments === undefined || (Array.isArray(v.segments) && v.segments.every(isSpan))),
  { message: 'is not a transcript (text, words and segments with times)' },
);

const isNumberOrNull = (v: unknown): boolean => v === null || v === undefined || typeof v === 'number';

/** Delivery measures and notes, as Review shows them (the speech module defines their meaning). */
const deliverySchema = z.custom<Delivery>(
  (v) =>
    isRecord(v) &&
    ['speakingTimeSec', 'wordsPerMinute', 'pauseCount', 'longestPauseSec', 'timeToFirstWordSec', 'loudnessDbfs', 'loudnessVariationDb', 'pitchVariationSemitones'].every((k) => isNumberOrNull(v[k])) &&
    (v.fillerWords === undefined || (Array.isArray(v.fillerWords) && v.fillerWords.every((w) => typeof w === 'string'))) &&
    (v.notes === undefined || (Array.isArray(v.notes) && v.notes.every((n) => isRecord(n) && typeof n.label === 'string' && typeof n.reading === 'string'))),
  { message: 'is not a delivery object (measures as numbers, notes with a label and a reading)' },
);

const attemptSchema = z.looseObject({
  id: z.string().min(1),
  createdAt: z.string(),
  source: z.enum(['voice', 'typed']),
  text: z.string(),
  /** File name of the reply's 16-bit 16 kHz mono WAV inside the session folder, for voice replies. */
  audioFile: z
    .string()
    .refine((name) => isValidFileName(name) && name.toLowerCase().endsWith('.wav'), 'not a plain .wav name')
    .optional(),
  transcript: transcriptSchema.optional(),
  analysis: analysisSchema,
  delivery: deliverySchema.optional(),
  /** The user's own 0–100 guess before the reveal ("predict, then reveal"). */
  selfRating: z.number().min(0).max(100).optional(),
  /** The partner's reaction to this attempt. */
  reaction: z.looseObject({
    opennessBefore: z.number(),
    opennessAfter: z.number(),
    line: z.string(),
    thought: z.string(),
  }),
});

const turnSchema = z.looseObject({
  index: z.number().int().min(0),
  partnerLine: z.string(),
  /** Reference of the partner line's recording in the scenario (e.g. "levels.2[0]"), when it had one. */
  partnerAudio: z.string().max(120).optional(),
  attempts: z.array(attemptSchema),
  /** Id of the attempt the talk went on from, chosen after a redo (default the best); absent means the last attempt. */
  continuedWith: z.string().min(1).optional(),
});

/** How a session ended: the partner opened up, withdrew completely, or the user stopped. */
export const sessionEndingSchema = z.enum(['success', 'withdrawn', 'ended']);

/**
 * A retry from an earlier turn: a new line of the same conversation. Turns before `fromTurn` are
 * shared with the line it was retried from (`parent`, or the main line when absent), and are not
 * copied; `turns` holds the branch's own turns, the first of them answering turn `fromTurn` again
 * with the partner as they were then.
 */
const branchSchema = z.looseObject({
  id: z.string().refine(isValidSessionId, 'not a valid branch id'),
  /** The 0-based index of the first turn this branch answers afresh. */
  fromTurn: z.number().int().min(0),
  /** The branch this one was retried from; absent for a retry of the main line. */
  parent: z.string().min(1).optional(),
  createdAt: z.string(),
  endedAt: z.string().optional(),
  ending: sessionEndingSchema.optional(),
  turns: z.array(turnSchema),
});

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

/** The whole `session.json` of the current version. */
export const sessionSchema = z.looseObject({
  schemaVersion: z.literal(SESSION_SCHEMA_VERSION),
  id: z.string().refine(isValidSessionId, 'not a valid session id'),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  startedAt: z.string().refine((s) => Number.isFinite(Date.parse(s)), 'not a date'),
  endedAt: z.string().optional(),
  ending: sessionEndingSchema.optional(),
  /** The main line: the conversation as first practised. Its ending and score are the session's. */
  turns: z.array(turnSchema),
  /** Retries from earlier turns, oldest first (version 2; absent in older files and in sessions never retried). */
  branches: z.array(branchSchema).optional(),
}).superRefine(checkBranches);

/** The whole session file. */
export type Session = z.infer<typeof sessionSchema>;
/** One partner line and the user's attempts at answering it. */
export type Turn = z.infer<typeof turnSchema>;
/** One try at answering a partner line; a redo adds another attempt to the same turn. */
export type ReplyAttempt = z.infer<typeof attemptSchema>;
/** A retry from an earlier turn, kept in the same session file. */
export type Branch = z.infer<typeof branchSchema>;
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
}

/** A session folder that could not be read; reported to the user and skipped. */
export interface SessionProblem {
  id: string;
  message: string;
}
