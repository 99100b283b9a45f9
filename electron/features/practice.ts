/**
 * Practice features: start a session, answer (typed or spoken), redo, end. The session is
 * rewritten after every reply (WAV first, then session.json), so a crash loses at most the
 * reply in flight; when the disk refuses, the session stays in memory and the UI offers to
 * save a copy elsewhere.
 */
import { analyzeOptions, respond, startConversation, type ConversationState, type Scenario } from '../domain/scenarios';
import { OPEN } from '../domain/scenarios/scale';
import { recordingRef } from '../storage/scenarios';
import { newAttemptId, newSessionId } from '../domain/sessions/ids';
import { StorageError } from '../storage/sessions/store';
import { assertSafeSessionId } from '../storage/sessions/names';
import type { ReplyAttempt, Session } from '../../shared/types/sessions';
import { bestAttempt } from '../../shared/sessions/scores';
import type { Analysis } from '../domain/analysis/types';
import type { ChoiceResult, PracticeView, ReplyRequest, ReplyResult, StorageStatus } from '../../shared/ipc/contract';
import type { AppContext } from './context';
import { keepLive, liveSessions, type LiveSession } from './live';
import { replayConversation } from './resume';
import { findScenario } from './scenarios';
import { transcribeReply } from './speech';
import { analyzeOffThread } from './analysis-runner';
import { DELETED_MESSAGE, isDeleted, onSession } from './session-queue';

/** The engine's state for one live session. */
interface Conversation {
  scenario: Scenario;
  state: ConversationState;
  /** The state before the last answered line, for Redo. */
  before?: ConversationState;
  /** The index of the turn `before` answers. */
  answeredTurn?: number;
  tip?: string;
  storage: StorageStatus;
}

const NOT_OPEN = 'This practice session is no longer open (it may have been deleted); start a new one.';

function conversationOf(live: LiveSession): Conversation {
  return live.conversation as Conversation;
}

function viewOf(live: LiveSession): PracticeView {
  const c = conversationOf(live);
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
    turnIndex: session.turns.length - 1,
    canRedo: c.before !== undefined,
    ending: session.ending,
    endingText: session.ending && session.ending !== 'ended' ? c.scenario.endings[session.ending].summary : undefined,
    // What was really going on is the scenario's reveal: shown once the talk is over.
    backstory: session.ending ? c.scenario.persona.backstory : undefined,
    tip: c.tip,
    storage: c.storage,
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

/** `{ partnerAudio }` naming the recording of the line in `state`, or nothing when it has none. */
function audioRef(scenario: Scenario, state: { line: string; audio?: string }): { partnerAudio?: string } {
  const ref = recordingRef(scenario, state);
  return ref ? { partnerAudio: ref } : {};
}

const isSaved = (live: LiveSession): boolean => conversationOf(live).storage.saved;

/** The session in memory, or rebuilt from its file when it was dropped to save memory. */
async function openLive(ctx: AppContext, sessionId: string): Promise<LiveSession> {
  assertSafeSessionId(sessionId);
  if (isDeleted(ctx, sessionId)) throw new Error(NOT_OPEN);
  const live = liveSessions(ctx).get(sessionId) ?? (await resume(ctx, sessionId));
  keepLive(ctx, live, isSaved);
  return live;
}

async function resume(ctx: AppContext, sessionId: string): Promise<LiveSession> {
  const session = await ctx.store.load(sessionId).catch((error: unknown) => {
    throw new Error(NOT_OPEN, { cause: error });
  });
  const scenario = findScenario(ctx, session.scenarioId);
  const conversation: Conversation = { scenario, ...replayConversation(scenario, session), storage: { saved: true } };
  return { session, audio: new Map(), conversation };
}

/** Starts a session with a scenario's opening line and saves its file. */
export async function startPractice(ctx: AppContext, { scenarioId }: { scenarioId: string }): Promise<PracticeView> {
  const scenario = findScenario(ctx, scenarioId);
  const state = startConversation(scenario);
  const session: Session = {
    schemaVersion: 1,
    id: newSessionId(),
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    startedAt: new Date().toISOString(),
    turns: [{ index: 0, partnerLine: state.line, ...audioRef(scenario, state), attempts: [] }],
  };
  const live: LiveSession = { session, audio: new Map(), conversation: { scenario, state, storage: { saved: true } } satisfies Conversation };
  keepLive(ctx, live, isSaved);
  conversationOf(live).storage = await persist(ctx, live);
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
  const live = await openLive(ctx, request.sessionId);
  const c = conversationOf(live);
  const { session } = live;
  const isRedo = request.redo === true;
  if (isRedo && (!c.before || c.answeredTurn === undefined)) throw new Error('There is no reply to redo yet.');
  if (!isRedo && session.ending) throw new Error('This session has ended; start a new one or redo the last reply.');
  const state = isRedo ? (c.before as ConversationState) : c.state;
  // After the partner ends the session no new line follows, so the answered turn is tracked, not derived.
  const turnIndex = isRedo ? (c.answeredTurn as number) : session.turns.length - 1;
  const turn = session.turns[turnIndex];
  if (!turn) throw new Error('There is no partner line to answer.');

  const attemptId = newAttemptId();
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

  // The same options `attune play` passes: the line answered and what it is about.
  // Off the main thread, with a time limit: a runaway analysis cannot freeze the app.
  const analysis = await analyzeOffThread(text, { ...analyzeOptions(state), partner: turn.partnerLine });
  const reaction = respond(c.scenario, state, analysis);
  const audioFile = spoken ? `turn-${turnIndex}-${attemptId}.wav` : undefined;
  const attempt: ReplyAttempt = {
    id: attemptId,
    createdAt: new Date().toISOString(),
    source: spoken ? 'voice' : 'typed',
    text,
    ...(audioFile ? { audioFile } : {}),
    ...(spoken ? { transcript: spoken.transcript, delivery: spoken.delivery } : {}),
    analysis,
    ...(request.selfRating !== undefined ? { selfRating: request.selfRating } : {}),
    reaction: { opennessBefore: state.openness, opennessAfter: reaction.openness, line: reaction.line, thought: reaction.thought },
  };

  const previousAttempts = [...turn.attempts];
  turn.attempts.push(attempt);
  // After a redo the talk goes on from the best attempt, unless the user picks another (chooseAttempt).
  const chosen = isRedo ? (bestAttempt(turn.attempts) ?? attempt) : attempt;
  goOnFrom(live, turnIndex, state, chosen, isRedo);

  if (spoken && audioFile) live.audio.set(audioFile, spoken.wav);
  c.storage = await persist(ctx, live);
  return {
    attempt,
    answeredLine: turn.partnerLine,
    ...(turn.partnerAudio ? { answeredAudio: turn.partnerAudio } : {}),
    previousAttempts,
    continuedWith: chosen.id,
    view: viewOf(live),
  };
}

/**
 * Lets the partner go on from `chosen`, one of the attempts at turn `turnIndex`, answered from
 * `state`: whatever followed that turn is replaced (the engine is pure, so the reaction is the
 * one that attempt got). `isExplicit` records the choice in the file (after a redo).
 */
function goOnFrom(live: LiveSession, turnIndex: number, state: ConversationState, chosen: ReplyAttempt, isExplicit: boolean): void {
  const c = conversationOf(live);
  const { session } = live;
  const turn = session.turns[turnIndex]!;
  const reaction = respond(c.scenario, state, chosen.analysis);
  if (isExplicit) turn.continuedWith = chosen.id;
  session.turns = session.turns.slice(0, turnIndex + 1);
  if (reaction.ending) {
    session.ending = reaction.ending;
    session.endedAt = chosen.createdAt;
  } else {
    delete session.ending;
    delete session.endedAt;
    session.turns.push({ index: turnIndex + 1, partnerLine: reaction.line, ...audioRef(c.scenario, reaction), attempts: [] });
  }
  c.before = state;
  c.answeredTurn = turnIndex;
  c.state = reaction.state;
  c.tip = reaction.tip?.text;
}

/** After a redo: the partner goes on from another attempt at the last answered line, and the session is saved. */
export async function chooseAttempt(ctx: AppContext, { sessionId, attemptId }: { sessionId: string; attemptId: string }): Promise<ChoiceResult> {
  const live = await openLive(ctx, sessionId);
  const c = conversationOf(live);
  if (!c.before || c.answeredTurn === undefined) throw new Error('Only the last reply can be chosen, and only until the session is ended.');
  const chosen = live.session.turns[c.answeredTurn]?.attempts.find((a) => a.id === attemptId);
  if (!chosen) throw new Error('That attempt is not one of the answers to the last line.');
  goOnFrom(live, c.answeredTurn, c.before, chosen, true);
  c.storage = await persist(ctx, live);
  return { continuedWith: chosen.id, view: viewOf(live) };
}

/** Ends a session (if the partner has not already ended it) and saves it; in the session's queue. */
export async function endPractice(ctx: AppContext, { sessionId }: { sessionId: string }): Promise<PracticeView> {
  assertSafeSessionId(sessionId);
  return onSession(ctx, sessionId, () => end(ctx, sessionId));
}

async function end(ctx: AppContext, sessionId: string): Promise<PracticeView> {
  const live = await openLive(ctx, sessionId);
  const { session } = live;
  if (!session.ending) {
    session.ending = 'ended';
    session.endedAt = new Date().toISOString();
    // The partner's unanswered last line is kept: it is what they said when the user stopped.
  }
  const c = conversationOf(live);
  c.before = undefined;
  c.answeredTurn = undefined;
  c.storage = await persist(ctx, live);
  return viewOf(live);
}
