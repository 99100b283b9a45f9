/**
 * One conversation with a scenario's partner, and the session record it writes: start, reply,
 * redo the last reply, choose which attempt the talk goes on from, retry from an earlier turn (a
 * new branch of the same session), end, and resume a saved session on any of its lines. The app's practice feature and `attune play` both drive it, so redo and choice behave
 * the same in both. Pure: the analyzer, ids and the clock come in through `ConversationDeps`, and
 * nothing here reads or writes a file (the practice feature saves `session` after each step).
 */
import type { LineAbout } from '../analysis/types';
import { analyzeOptions, respond, startConversation, type AnalysisInput, type ConversationState, type PartnerReaction, type Scenario } from '../scenarios';
import { recordingRef } from '../scenarios/line-refs';
import type { Branch, ReplyAttempt, Session, SessionEnding, Turn } from '../../../shared/types/sessions';
import { SESSION_SCHEMA_VERSION } from '../../../shared/types/sessions';
import type { Delivery, Transcript } from '../../../shared/types/speech';
import { bestAttempt, continuingAttempt } from '../../../shared/sessions/scores';
import { sessionLine } from '../../../shared/sessions/branches';
import { SESSION_CAPS } from './caps';

/** What a conversation needs from outside. */
export interface ConversationDeps {
  /** Scores a reply to the partner's line (the analyzer, or a test's stand-in). */
  analyze(text: string, options: { partner: string; about?: LineAbout }): AnalysisInput | Promise<AnalysisInput>;
  /** A fresh attempt id. */
  newAttemptId(): string;
  /** The current time, as an ISO string. */
  now(): string;
}

/** One reply: its words, and for a spoken one what the speech pipeline made of it. */
export interface ReplyInput {
  text: string;
  /** True to answer the last answered line again instead of the current one. */
  redo?: boolean;
  voice?: { transcript: Transcript; delivery: Delivery };
  /** The user's own 0–100 guess before the reveal. */
  selfRating?: number;
}

/** What a reply did. */
export interface ReplyOutcome {
  attempt: ReplyAttempt;
  /** The analyzer's result for this attempt, as the engine read it (the attempt stores it too). */
  analysis: AnalysisInput;
  /** The partner's reaction to this attempt (the talk may go on from another one after a redo). */
  reaction: PartnerReaction;
  /** The index of the turn answered. */
  turnIndex: number;
  /** The attempts at this turn before this one (a redo's earlier tries). */
  previousAttempts: ReplyAttempt[];
  /** The attempt the talk goes on from: this one, or after a redo the best so far. */
  continuedWith: ReplyAttempt;
}

/** A mismatch between a saved session and its scenario: the partner's state would be a guess. */
export class ScenarioChangedError extends Error {
  constructor(session: Session, scenario: Scenario) {
    super(`Session ${session.id} no longer matches the scenario "${scenario.title}", which has changed since; it can be replayed in Review but not continued.`);
    this.name = 'ScenarioChangedError';
  }
}

/** `{ partnerAudio }` naming the recording of the line in `state`, or nothing when it has none. */
function audioRef(scenario: Scenario, state: { line: string; audio?: string }): { partnerAudio?: string } {
  const ref = recordingRef(scenario, state);
  return ref ? { partnerAudio: ref } : {};
}

/** Where a line's own turns and ending are written: the session itself (the main line) or one of its branches. */
type LineRecord = Pick<Session, 'turns' | 'ending' | 'endedAt'>;

/** A line being practised: its record, the turns before it shared with the line it was retried from, and its branch id. */
interface LineInSession {
  record: LineRecord;
  shared: Turn[];
  branchId?: string;
}

/** A live conversation and its session record. */
export class Conversation {
  /** The partner's state now: the line the user answers next. */
  state: ConversationState;
  /** The coaching tip of the reaction the talk went on from, if any. */
  tip: string | undefined;
  /** The state before the last answered line, while that reply can still be redone. */
  private before: ConversationState | undefined;
  /** The index of the turn `before` answers. */
  private answeredTurn: number | undefined;
  /** The line being practised: the main line, or a retry's branch. */
  private line: LineInSession;

  private constructor(
    readonly scenario: Scenario,
    readonly session: Session,
    private readonly deps: ConversationDeps,
    state: ConversationState,
    line: LineInSession = { record: session, shared: [] },
  ) {
    this.state = state;
    this.line = line;
  }

  /** Starts a conversation: the scenario's opening line, in a new session record `id`. */
  static start(scenario: Scenario, id: string, deps: ConversationDeps): Conversation {
    const state = startConversation(scenario);
    const session: Session = {
      schemaVersion: SESSION_SCHEMA_VERSION,
      id,
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      startedAt: deps.now(),
      turns: [{ index: 0, partnerLine: state.line, ...audioRef(scenario, state), attempts: [] }],
    };
    return new Conversation(scenario, session, deps, state);
  }

  /**
   * Picks a saved session up again by replaying the attempt each turn went on from (the engine is
   * pure, so the partner's state comes back exactly). Throws ScenarioChangedError when the result
   * differs from the file, e.g. the scenario was edited since.
   */
  static resume(scenario: Scenario, session: Session, deps: ConversationDeps, branchId?: string): Conversation {
    if (session.scenarioId !== scenario.id) throw new Error(`Session ${session.id} belongs to scenario "${session.scenarioId}", not "${scenario.id}".`);
    const line = sessionLine(session, branchId);
    const record = branchId === undefined ? session : session.branches!.find((b) => b.id === branchId)!;
    const conversation = new Conversation(scenario, session, deps, startConversation(scenario), { record, shared: line.turns.slice(0, line.fromTurn), ...(branchId ? { branchId } : {}) });
    if (line.turns[0]?.partnerLine !== conversation.state.line) throw new ScenarioChangedError(session, scenario);
    for (const [index, turn] of line.turns.entries()) {
      const kept = continuingAttempt(turn);
      if (!kept) break;
      const reaction = respond(scenario, conversation.state, kept.analysis);
      const next = line.turns[index + 1];
      if (reaction.openness !== kept.reaction.opennessAfter || (next ? next.partnerLine !== reaction.line : !reaction.ending)) throw new ScenarioChangedError(session, scenario);
      // A turn shared with the line this one was retried from belongs to that line: it cannot be redone from here.
      if (index >= line.fromTurn) {
        conversation.before = conversation.state;
        conversation.answeredTurn = index;
      }
      conversation.state = reaction.state;
      conversation.tip = reaction.tip?.text;
    }
    // Ending a session by hand closes Redo (see end()).
    if (line.ending === 'ended') conversation.closeRedo();
    return conversation;
  }

  /** Every turn of the line being practised, from the first (shared ones included). */
  get turns(): Turn[] {
    return [...this.line.shared, ...this.line.record.turns];
  }

  /** The retry being practised; undefined on the main line. */
  get branchId(): string | undefined {
    return this.line.branchId;
  }

  /** The 0-based index of the first turn that is this line's own (0 on the main line). */
  get fromTurn(): number {
    return this.line.shared.length;
  }

  /** The turn `index` of the line being practised. */
  private turnAt(index: number): Turn | undefined {
    const { shared, record } = this.line;
    return index < shared.length ? shared[index] : record.turns[index - shared.length];
  }

  /**
   * Retries from turn `turnIndex` (0-based) of the line being practised: a new branch of the same
   * session, kept in its file, in which the partner is exactly as they were before that turn
   * (replayed from the attempts the talk went on from). The turns before it stay shared; the line
   * retried from is not touched. The conversation goes on in the new branch.
   */
  retryFrom(turnIndex: number): Branch {
    const turns = this.turns;
    const answered = turns.filter((t) => continuingAttempt(t)).length;
    if (!Number.isInteger(turnIndex) || turnIndex < 0 || turnIndex >= answered) {
      if (answered === 0) throw new Error('Nothing has been answered yet, so there is no turn to retry from.');
      throw new Error(Number.isFinite(turnIndex) ? `There is no answered turn ${turnIndex + 1} to retry from; choose a turn from 1 to ${answered}.` : `Say which turn to retry from: a number from 1 to ${answered}.`);
    }
    const branches = (this.session.branches ??= []);
    if (branches.length >= SESSION_CAPS.maxBranches) throw new Error(`This session already has ${branches.length} retries, the most one session keeps; start a new session instead.`);
    // The engine is pure: replaying the kept attempts before the turn gives back the partner as they were.
    let state = startConversation(this.scenario);
    let tip: string | undefined;
    for (const earlier of turns.slice(0, turnIndex)) {
      const reaction = respond(this.scenario, state, continuingAttempt(earlier)!.analysis);
      state = reaction.state;
      tip = reaction.tip?.text;
    }
    const turn = turns[turnIndex]!;
    if (state.line !== turn.partnerLine) throw new ScenarioChangedError(this.session, this.scenario);
    let number = branches.length + 1;
    while (branches.some((b) => b.id === `r${number}`)) number++;
    const branch: Branch = {
      id: `r${number}`,
      fromTurn: turnIndex,
      ...(this.line.branchId ? { parent: this.line.branchId } : {}),
      createdAt: this.deps.now(),
      turns: [{ index: turnIndex, partnerLine: turn.partnerLine, ...(turn.partnerAudio ? { partnerAudio: turn.partnerAudio } : {}), attempts: [] }],
    };
    branches.push(branch);
    this.line = { record: branch, shared: turns.slice(0, turnIndex), branchId: branch.id };
    this.state = state;
    this.tip = tip;
    this.closeRedo();
    return branch;
  }

  /** The partner's state before the last answered line, while that reply can be tried again. */
  get redoFrom(): ConversationState | undefined {
    return this.answeredTurn === undefined ? undefined : this.before;
  }

  /** True while the last answered reply can be tried again. */
  get canRedo(): boolean {
    return this.before !== undefined && this.answeredTurn !== undefined;
  }

  /** How the line being practised ended, if it has. */
  get ending(): SessionEnding | undefined {
    return this.line.record.ending;
  }

  /** The state a reply (or a redo) answers, and the turn it belongs to. */
  private answering(redo: boolean): { state: ConversationState; turnIndex: number } {
    if (redo) {
      if (!this.before || this.answeredTurn === undefined) throw new Error('There is no reply to redo yet.');
      return { state: this.before, turnIndex: this.answeredTurn };
    }
    if (this.line.record.ending) throw new Error('This session has ended; start a new one, redo the last reply or retry from an earlier turn.');
    // After the partner ends the session no new line follows, so the answered turn is tracked, not derived.
    return { state: this.state, turnIndex: this.line.shared.length + this.line.record.turns.length - 1 };
  }

  /** The partner line a reply would answer now (the last answered one for a redo). */
  lineToAnswer(redo = false): { line: string; about?: LineAbout } {
    const { state } = this.answering(redo);
    return state.about ? { line: state.line, about: state.about } : { line: state.line };
  }

  /** Scores a reply, lets the partner react and records the attempt; after a redo the talk goes on from the best attempt. */
  async reply(input: ReplyInput): Promise<ReplyOutcome> {
    const isRedo = input.redo === true;
    const { state, turnIndex } = this.answering(isRedo);
    const turn = this.turnAt(turnIndex);
    if (!turn) throw new Error('There is no partner line to answer.');
    const text = input.text.trim();
    if (!text) throw new Error('The reply is empty: record it or type it.');
    // The session file keeps at most this much (shared/types/session-parts.ts); refuse before scoring, so nothing runs ahead of what can be saved.
    if (turn.attempts.length >= SESSION_CAPS.maxAttemptsPerTurn) throw new Error(`This line already has ${SESSION_CAPS.maxAttemptsPerTurn} tries, the most a session keeps; go on from one of them or start a new session.`);
    if (!isRedo && this.line.shared.length + this.line.record.turns.length >= SESSION_CAPS.maxTurns) throw new Error(`This session already has ${SESSION_CAPS.maxTurns} replies, the most a session keeps; start a new one.`);
    // The same options wherever a reply is scored: the line answered and what it is about.
    const analysis = await this.deps.analyze(text, { ...analyzeOptions(state), partner: turn.partnerLine });
    // Callers serialise replies (the session queue, the terminal loop); a step taken meanwhile would make this reply answer a stale line.
    if (this.answering(isRedo).state !== state) throw new Error('The conversation moved on while this reply was being scored; send it again.');
    const reaction = respond(this.scenario, state, analysis);
    const id = this.deps.newAttemptId();
    const attempt: ReplyAttempt = {
      id,
      createdAt: this.deps.now(),
      source: input.voice ? 'voice' : 'typed',
      text,
      ...(input.voice ? { audioFile: `turn-${turnIndex}-${id}.wav`, transcript: input.voice.transcript, delivery: input.voice.delivery } : {}),
      analysis,
      ...(input.selfRating !== undefined ? { selfRating: input.selfRating } : {}),
      reaction: { opennessBefore: state.openness, opennessAfter: reaction.openness, line: reaction.line, thought: reaction.thought },
    };
    const previousAttempts = [...turn.attempts];
    turn.attempts.push(attempt);
    const continuedWith = isRedo ? (bestAttempt(turn.attempts) ?? attempt) : attempt;
    this.goOnFrom(turnIndex, state, continuedWith, isRedo);
    return { attempt, analysis, reaction, turnIndex, previousAttempts, continuedWith };
  }

  /** After a redo: the partner goes on from another attempt at the last answered line. */
  choose(attemptId: string): ReplyAttempt {
    if (!this.before || this.answeredTurn === undefined) throw new Error('Only the last reply can be chosen, and only until the session is ended.');
    const chosen = this.turnAt(this.answeredTurn)?.attempts.find((a) => a.id === attemptId);
    if (!chosen) throw new Error('That attempt is not one of the answers to the last line.');
    this.goOnFrom(this.answeredTurn, this.before, chosen, true);
    return chosen;
  }

  /** Ends the line being practised by hand (unless the partner already ended it); Redo closes. */
  end(): void {
    const { record } = this.line;
    if (!record.ending) {
      record.ending = 'ended';
      record.endedAt = this.deps.now();
      // The partner's unanswered last line is kept: it is what they said when the user stopped.
    }
    this.closeRedo();
  }

  private closeRedo(): void {
    this.before = undefined;
    this.answeredTurn = undefined;
  }

  /**
   * Lets the partner go on from `chosen`, one of the attempts at turn `turnIndex`, answered from
   * `state`: whatever followed that turn is replaced (the engine is pure, so the reaction is the
   * one that attempt got). `isExplicit` records the choice in the session (after a redo).
   */
  private goOnFrom(turnIndex: number, state: ConversationState, chosen: ReplyAttempt, isExplicit: boolean): void {
    // Only this line's own turns are ever answered here (shared ones close Redo), so `own` is never negative.
    const { record, shared } = this.line;
    const own = turnIndex - shared.length;
    const turn = record.turns[own]!;
    const reaction = respond(this.scenario, state, chosen.analysis);
    if (isExplicit) turn.continuedWith = chosen.id;
    record.turns = record.turns.slice(0, own + 1);
    if (reaction.ending) {
      record.ending = reaction.ending;
      record.endedAt = chosen.createdAt;
    } else {
      delete record.ending;
      delete record.endedAt;
      record.turns.push({ index: turnIndex + 1, partnerLine: reaction.line, ...audioRef(this.scenario, reaction), attempts: [] });
    }
    this.before = state;
    this.answeredTurn = turnIndex;
    this.state = reaction.state;
    this.tip = reaction.tip?.text;
  }
}
