/** Practice channels: start a session, analyse and answer replies, choose an attempt, predict, end, retry from an earlier turn. */
import { z } from 'zod';
import type { Analysis } from '../../types/analysis';
import type { ReplyAttempt, SessionEnding } from '../../types/sessions';
import { audio, channel, sessionId, text } from '../channel';

/** Whether the last write reached the disk; when not, the session is kept in memory. */
export interface StorageStatus {
  saved: boolean;
  message?: string;
}

/** Where a live practice session stands. */
export interface PracticeView {
  sessionId: string;
  scenarioId: string;
  scenarioTitle: string;
  partnerName: string;
  /** The opening situation, read before the first line. */
  situation: string;
  partnerLine: string;
  /** Reference of `partnerLine`'s recording in its scenario (e.g. "levels.2[0]"), when it has one: play it with `getLineAudio`. */
  partnerAudio?: string;
  openness: number;
  opennessMax: number;
  turnIndex: number;
  /** The retry being practised (a branch of the session, see shared/sessions/branches.ts); absent on the main line. */
  branchId?: string;
  /** With `branchId`: the 0-based turn the retry started from. */
  fromTurn?: number;
  /** True when the last answered turn can be tried again. */
  canRedo: boolean;
  ending?: SessionEnding;
  /** What the partner says at the end, or a closing note. */
  endingText?: string;
  /** What was really going on with the partner, revealed once the session has ended. */
  backstory?: string;
  tip?: string;
  storage: StorageStatus;
}

/** One reply's outcome: the stored attempt (analysis, transcript, delivery, reaction) and the next state. */
export interface ReplyResult {
  attempt: ReplyAttempt;
  /** The partner line this attempt answered. */
  answeredLine: string;
  /** Reference of the answered line's recording, when it has one (for Redo). */
  answeredAudio?: string;
  /** Earlier attempts at the same partner line, oldest first (for Redo's comparison). */
  previousAttempts: ReplyAttempt[];
  /** The attempt the partner goes on from: this one, or after a redo the best so far until the user picks another. */
  continuedWith: string;
  view: PracticeView;
}

/** After choosing which attempt the talk goes on from. */
export interface ChoiceResult {
  continuedWith: string;
  view: PracticeView;
}

const attemptId = z.string().min(1).max(80);
/** The retry a step belongs to (`PracticeView.branchId`); absent for the main line. */
const branchId = sessionId.optional();
const rating = z.number().min(0).max(100);

/** A reply: typed text or 16 kHz mono samples. */
const replyRequest = z
  .strictObject({
    sessionId,
    text: text.optional(),
    audio: audio.optional(),
    /** The user's guess (0–100) before the reveal. */
    selfRating: rating.optional(),
    /** Answer the previous partner line again, with the partner as they were. */
    redo: z.boolean().optional(),
    branchId,
  })
  .refine((r) => r.text !== undefined || r.audio !== undefined, 'needs text or audio');

/** A reply: typed text or 16 kHz mono samples, with an optional guess and redo. */
export type ReplyRequest = z.infer<typeof replyRequest>;

/** Retry from turn `turnIndex` (0-based) of the line `branchId` (the main line when absent). Any number: the Conversation says in one sentence which turns can be retried. */
const retryRequest = z.strictObject({ sessionId, turnIndex: z.number(), branchId });

/** A retry from an earlier turn. */
export type RetryRequest = z.infer<typeof retryRequest>;

/** Channels of the practice feature (electron/features/practice.ts). */
export const practiceChannels = {
  'practice:start': channel('startPractice', z.strictObject({ scenarioId: z.string().min(1).max(120) })).returns<PracticeView>(),
  'practice:analyze': channel('analyze', z.strictObject({ text: text.min(1), partner: text.optional() })).returns<Analysis>(),
  'practice:reply': channel('reply', replyRequest).returns<ReplyResult>(),
  'practice:end': channel('endPractice', z.strictObject({ sessionId, branchId })).returns<PracticeView>(),
  'practice:choose': channel('chooseAttempt', z.strictObject({ sessionId, attemptId, branchId })).returns<ChoiceResult>(),
  'practice:retry': channel('retryFrom', retryRequest).returns<PracticeView>(),
  'practice:predict': channel('predictScore', z.strictObject({ sessionId, attemptId, selfRating: rating })).returns<ReplyAttempt>(),
};
