/**
 * Practice features: start a session, answer (typed or spoken), redo, end, retry from an earlier turn. The session is
 * rewritten after every reply (WAV first, then session.json), so a crash loses at most the
 * reply in flight; when the disk refuses, the session stays in memory and the UI offers to
 * save a copy elsewhere.
 */
import { OPEN } from '../../shared/openness';
import { recordingRef } from '../domain/scenarios/line-refs';
import { Conversation, type ConversationDeps } from '../domain/sessions/conversation';
import { newAttemptId, newSessionId } from '../domain/sessions/ids';
import { StorageError } from '../storage/sessions/store';
import { assertSafeSessionId } from '../storage/sessions/names';
import type { Analysis } from '../domain/analysis/types';
import type { ChoiceResult, PracticeView, ReplyRequest, ReplyResult, RetryRequest, StorageStatus } from '../../shared/ipc/contract';
import { storedTurns } from '../../shared/sessions/branches';
import type { ReplyAttempt } from '../../shared/types/sessions';
import type { AppContext, Handlers } from './context';
import { keepLive, liveSessions, type LiveSession } from './live';
import { findScenario } from './scenarios';
import { transcribeReply } from './speech';
import { analyzeOffThread } from './analysis-runner';
import { DELETED_MESSAGE, isDeleted, onSession } from './session-queue';

/** The real analyzer (off the main thread, with a time limit), ids and clock: what the app's conversations run on. */
export const appConversationDeps: ConversationDeps = {
  analyze: (text, options) => analyzeOffThread(text, options),
  newAttemptId,
  now: () => new Date().toISOString(),
};

const NOT_OPEN = 'This practice session is no longer open (it may have been deleted); start a new one.';

/** `{ partnerAudio }` naming the recording of the line in `state`, or nothing when it has none. */
function audioRef(scenario: Conversation['scenario'], state: { line: string; audio?: string }): { partnerAudio?: string } {
  const ref = recordingRef(scenario, state);
  return ref ? { partnerAudio: ref } : {};
}

function viewOf(live: LiveSession): PracticeView {
  const c = live.conversation;
  const { session } = live;
  return {
    sessionId: session.id,
    scenarioId: session.scenarioId,
    scenarioTitle: session.scenarioTitle,
    partnerName: c.scenario.persona.name,
    situation: c.scenario.situation,
    partnerLine: c.state.line,
    ...audioRef(c.scenario, c.state),
    openness: c.state.openness,
    opennessMax: OPEN,
    turnIndex: c.turns.length - 1,
    ...(c.branchId ? { branchId: c.branchId, fromTurn: c.fromTurn } : {}),
    canRedo: c.canRedo,
    ending: c.ending,
    endingText: c.ending && c.ending !== 'ended' ? c.scenario.endings[c.ending].summary : undefined,
    // What was really going on is the scenario's reveal: shown once the talk is over.
    backstory: c.ending ? c.scenario.persona.backstory : undefined,
    tip: c.tip,
    storage: live.storage,
  };
}

/**
 * Writes the WAVs not yet on disk, then the session file; a refused write becomes a status
 * instead of an error, and the unwritten WAVs stay in memory for the next try or a copy elsewhere.
 */
async function persist(ctx: AppContext, live: LiveSession): Promise<StorageStatus> {
  // A delete asked for while this reply ran wins: nothing is written, so the folder cannot come back.
  if (isDeleted(ctx, live.session.id)) throw new Error(DELETED_MESSAGE);
  try {
    for (const [name, bytes] of live.audio) await ctx.store.saveAudio(live.session.id, name, bytes);
    await ctx.store.save(live.session);
    live.audio.clear();
    return { saved: true };
  } catch (error) {
    if (error instanceof StorageError) return { saved: false, message: error.message };
    throw error;
  }
}

/**
 * The session in memory, or rebuilt from its file when it was dropped to save memory. With `line`,
 * on that line (`branchId`, or the main line when it has none): the conversation moves there if it
 * was on another one, exactly as the file has it (the engine is pure).
 */
async function openLive(ctx: AppContext, sessionId: string, line?: { branchId?: string }): Promise<LiveSession> {
  assertSafeSessionId(sessionId);
  if (isDeleted(ctx, sessionId)) throw new Error(NOT_OPEN);
  const live = liveSessions(ctx).get(sessionId) ?? (await resume(ctx, sessionId));
  if (line && live.conversation.branchId !== line.branchId) live.conversation = Conversation.resume(live.conversation.scenario, live.session, appConversationDeps, line.branchId);
  keepLive(ctx, live);
  return live;
}

async function resume(ctx: AppContext, sessionId: string): Promise<LiveSession> {
  const session = await ctx.store.load(sessionId).catch((error: unknown) => {
    throw new Error(NOT_OPEN, { cause: error });
  });
  const conversation = Conversation.resume(findScenario(ctx, session.scenarioId), session, appConversationDeps);
  return { session, conversation, audio: new Map(), storage: { saved: true } };
}

/** Starts a session with a scenario's opening line and saves its file. */
export async function startPractice(ctx: AppContext, { scenarioId }: { scenarioId: string }): Promise<PracticeView> {
  const conversation = Conversation.start(findScenario(ctx, scenarioId), newSessionId(), appConversationDeps);
  const live: LiveSession = { session: conversation.session, conversation, audio: new Map(), storage: { saved: true } };
  keepLive(ctx, live);
  live.storage = await persist(ctx, live);
  return viewOf(live);
}

/** Analyzes a reply (no session needed): the same analysis a reply gets. */
export async function analyzeReply(_ctx: AppContext, { text, partner }: { text: string; partner?: string }): Promise<Analysis> {
  return analyzeOffThread(text, { partner });
}

/** Scores one reply (typed, or spoken and transcribed here), lets the partner react, and saves; in the session's queue. */
export async function replyPractice(ctx: AppContext, request: ReplyRequest): Promise<ReplyResult> {
  assertSafeSessionId(request.sessionId);
  return onSession(ctx, request.sessionId, () => reply(ctx, request));
}

async function reply(ctx: AppContext, request: ReplyRequest): Promise<ReplyResult> {
  const live = await openLive(ctx, request.sessionId, { branchId: request.branchId });
  const c = live.conversation;
  const isRedo = request.redo === true;
  c.lineToAnswer(isRedo); // refuses a redo with nothing to redo, or a reply after the end, before any transcription

  let spoken: Awaited<ReturnType<typeof transcribeReply>> | undefined;
  let text: string;
  if (request.audio) {
    spoken = await transcribeReply(ctx, request.audio);
    if (spoken.transcript.noSpeech) {
      throw new Error('No speech was heard in that recording. Check that the right microphone is on and try again, or type your reply.');
    }
    text = spoken.transcript.text.trim();
    if (!text) throw new Error('Attune heard sound but could not make out any words. Try again a little closer to the microphone, or type your reply.');
  } else if (request.text?.trim()) {
    text = request.text.trim();
  } else {
    throw new Error('The reply is empty: record it or type it.');
  }

  const outcome = await c.reply({
    text,
    redo: isRedo,
    ...(spoken ? { voice: { transcript: spoken.transcript, delivery: spoken.delivery } } : {}),
    ...(request.selfRating !== undefined ? { selfRating: request.selfRating } : {}),
  });
  if (spoken && outcome.attempt.audioFile) live.audio.set(outcome.attempt.audioFile, spoken.wav);
  live.storage = await persist(ctx, live);
  const turn = c.turns[outcome.turnIndex]!;
  return {
    attempt: outcome.attempt,
    answeredLine: turn.partnerLine,
    ...(turn.partnerAudio ? { answeredAudio: turn.partnerAudio } : {}),
    previousAttempts: outcome.previousAttempts,
    continuedWith: outcome.continuedWith.id,
    view: viewOf(live),
  };
}

/** After a redo: the partner goes on from another attempt at the last answered line, and the session is saved. */
export async function chooseAttempt(ctx: AppContext, { sessionId, attemptId, branchId }: { sessionId: string; attemptId: string; branchId?: string }): Promise<ChoiceResult> {
  assertSafeSessionId(sessionId);
  // In the session's queue like every other write: a delete in flight wins, and a reply on another line is not switched under.
  return onSession(ctx, sessionId, async () => {
    const live = await openLive(ctx, sessionId, { branchId });
    const chosen = live.conversation.choose(attemptId);
    live.storage = await persist(ctx, live);
    return { continuedWith: chosen.id, view: viewOf(live) };
  });
}

/** Predict, then reveal: stores the user's guess (0–100) for a reply they have seen but whose scores are not yet shown; in the session's queue. */
export async function predictScore(ctx: AppContext, request: { sessionId: string; attemptId: string; selfRating: number }): Promise<ReplyAttempt> {
  assertSafeSessionId(request.sessionId);
  return onSession(ctx, request.sessionId, async () => {
    const live = await openLive(ctx, request.sessionId);
    const attempt = storedTurns(live.session)
      .flatMap((t) => t.attempts)
      .find((a) => a.id === request.attemptId);
    if (!attempt) throw new Error('That reply is not part of this session.');
    // The first guess counts: a guess made after seeing the score would measure nothing.
    if (attempt.selfRating === undefined) attempt.selfRating = request.selfRating;
    live.storage = await persist(ctx, live);
    return attempt;
  });
}

/** Ends a session (if the partner has not already ended it) and saves it; in the session's queue. */
export async function endPractice(ctx: AppContext, { sessionId, branchId }: { sessionId: string; branchId?: string }): Promise<PracticeView> {
  assertSafeSessionId(sessionId);
  return onSession(ctx, sessionId, async () => {
    const live = await openLive(ctx, sessionId, { branchId });
    live.conversation.end();
    live.storage = await persist(ctx, live);
    return viewOf(live);
  });
}

/** Retries from an earlier turn of the line `branchId`: a new branch in the same session file, practised from here on; in the session's queue. */
export async function retryPractice(ctx: AppContext, { sessionId, turnIndex, branchId }: RetryRequest): Promise<PracticeView> {
  assertSafeSessionId(sessionId);
  return onSession(ctx, sessionId, async () => {
    const live = await openLive(ctx, sessionId, { branchId });
    live.conversation.retryFrom(turnIndex);
    live.storage = await persist(ctx, live);
    return viewOf(live);
  });
}

/** The practice channels, served here. */
export const practiceHandlers = {
  'practice:start': startPractice,
  'practice:analyze': analyzeReply,
  'practice:reply': replyPractice,
  'practice:end': endPractice,
  'practice:choose': chooseAttempt,
  'practice:predict': predictScore,
  'practice:retry': retryPractice,
} satisfies Handlers;
