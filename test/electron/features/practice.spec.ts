import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext, type AppContext } from '../../../electron/features/context';
import { appConversationDeps, chooseAttempt, endPractice, predictScore, replyPractice, startPractice } from '../../../electron/features/practice';
import { dispatch } from '../../../electron/features/handlers';
import { LIVE_SESSIONS_KEPT, liveSessions } from '../../../electron/features/live';
import { Conversation } from '../../../electron/domain/sessions/conversation';
import { findScenario } from '../../../electron/features/scenarios';
import type { PracticeView, ReplyResult } from '../../../shared/ipc/contract';
import { getSession, listSessions, saveSessionCopy } from '../../../electron/features/sessions';
import { listScenarios } from '../../../electron/features/scenarios';
import { createSessionStore } from '../../../electron/storage/sessions/store';
import type { StoreFs } from '../../../electron/storage/atomic';
import { runCli } from '../../helpers/run-cli';

const SCENARIO = 'conflict-its-nothing';
const KIND = "It sounds like that argument really hurt, and it makes sense that you pulled back. What has it been like for you since then?";
const HARSH = "You're being dramatic. It's not a big deal, you should just get over it.";

let dir: string;
let ctx: AppContext;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-practice-'));
  ctx = createAppContext({ dataDir: dir, modelsDir: join(dir, 'models') });
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

/** Reads the session as a fresh app would after a crash: straight from disk. */
const fromDisk = (id: string) => createSessionStore(join(dir, 'sessions')).load(id);

describe('the app and `attune play` behave the same', () => {
  it('gives the same partner lines for the same replies, off-topic and topic-following ones included', async () => {
    const replies = [
      "It sounds like the weather has been really something lately. What's that been like for you?",
      "It sounds like you're feeling stressed about the restructuring. What's that been like for you?",
      "It sounds like you're feeling stressed about the restructuring. What's that been like for you?",
      'That must be so hard, with your team. I can tell you feel torn. What has been the hardest part?',
    ];
    const id = 'work-stress-late-nights';
    const view = await startPractice(ctx, { scenarioId: id });
    const app: string[] = [];
    for (const text of replies) app.push((await replyPractice(ctx, { sessionId: view.sessionId, text })).view.partnerLine);
    const cli = await runCli(['play', id], { NO_COLOR: '1' }, replies.join('\n') + '\n');
    const scenario = findScenario(ctx, id);
    const said = [...cli.stdout.matchAll(new RegExp(`${scenario.persona.name}: “([^”]+)”`, 'g'))].map((m) => m[1]!.replace(/\s+/g, ' '));
    expect(said.slice(1)).toEqual(app);
    // The lines really follow the replies: "That's not really it.", then the restructuring, then a repeat noticed.
    expect(scenario.reactions.offTopic!.map((l) => l.text)).toContain(app[0]);
    expect(scenario.topics.restructuring!.lines!.map((l) => l.text)).toContain(app[1]);
    expect(scenario.reactions.repeat!.map((l) => l.text)).toContain(app[2]);
  });
});

describe('practice features', () => {
  it('starts a session and writes its file before the first reply', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    expect(view.storage.saved).toBe(true);
    const session = await fromDisk(view.sessionId);
    expect(session.turns).toEqual([{ index: 0, partnerLine: view.partnerLine, attempts: [] }]);
  });

  it('saves every reply as it happens, so a crash loses at most the reply in flight', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    const first = await replyPractice(ctx, { sessionId: view.sessionId, text: KIND });
    let session = await fromDisk(view.sessionId);
    expect(session.turns[0]?.attempts.map((a) => a.text)).toEqual([KIND]);
    expect(session.turns[1]?.partnerLine).toBe(first.attempt.reaction.line);
    await replyPractice(ctx, { sessionId: view.sessionId, text: KIND });
    session = await fromDisk(view.sessionId);
    expect(session.turns.flatMap((t) => t.attempts)).toHaveLength(2);
  });

  it('lets the partner react: kind replies open them up, judging ones close them down', async () => {
    const a = await startPractice(ctx, { scenarioId: SCENARIO });
    const kind = await replyPractice(ctx, { sessionId: a.sessionId, text: KIND });
    expect(kind.attempt.reaction.opennessAfter).toBeGreaterThan(kind.attempt.reaction.opennessBefore);
    const b = await startPractice(ctx, { scenarioId: SCENARIO });
    const harsh = await replyPractice(ctx, { sessionId: b.sessionId, text: HARSH });
    expect(harsh.attempt.reaction.opennessAfter).toBeLessThan(harsh.attempt.reaction.opennessBefore);
    expect(harsh.attempt.analysis.judgments.length).toBeGreaterThan(0);
  });

  it('redo answers the same line with the partner as they were, and keeps both attempts', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    const harsh = await replyPractice(ctx, { sessionId: view.sessionId, text: HARSH });
    const redo = await replyPractice(ctx, { sessionId: view.sessionId, text: KIND, redo: true });
    expect(redo.answeredLine).toBe(harsh.answeredLine);
    expect(redo.attempt.reaction.opennessBefore).toBe(harsh.attempt.reaction.opennessBefore);
    expect(redo.previousAttempts.map((a) => a.text)).toEqual([HARSH]);
    const session = await fromDisk(view.sessionId);
    expect(session.turns).toHaveLength(2);
    expect(session.turns[0]?.attempts.map((a) => a.text)).toEqual([HARSH, KIND]);
    expect(session.turns[1]?.partnerLine).toBe(redo.attempt.reaction.line);
  });

  it('a worse redo keeps the talk going from the best attempt, until the user chooses the other', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    const kind = await replyPractice(ctx, { sessionId: view.sessionId, text: KIND });
    const worse = await replyPractice(ctx, { sessionId: view.sessionId, text: HARSH, redo: true });
    expect(worse.continuedWith).toBe(kind.attempt.id);
    expect(worse.view.openness).toBe(kind.attempt.reaction.opennessAfter);
    expect(worse.view.partnerLine).toBe(kind.attempt.reaction.line);
    let session = await fromDisk(view.sessionId);
    expect(session.turns[0]?.continuedWith).toBe(kind.attempt.id);
    expect(session.turns[1]?.partnerLine).toBe(kind.attempt.reaction.line);

    const chosen = await chooseAttempt(ctx, { sessionId: view.sessionId, attemptId: worse.attempt.id });
    expect(chosen.continuedWith).toBe(worse.attempt.id);
    expect(chosen.view.openness).toBe(worse.attempt.reaction.opennessAfter);
    session = await fromDisk(view.sessionId);
    expect(session.turns[0]?.continuedWith).toBe(worse.attempt.id);
    expect(session.turns[1]?.partnerLine).toBe(worse.attempt.reaction.line);
    // The file alone gives the same partner back (the app may drop idle sessions from memory).
    const scenario = findScenario(ctx, SCENARIO);
    expect(Conversation.resume(scenario, session, appConversationDeps).state.openness).toBe(worse.attempt.reaction.opennessAfter);
    await expect(chooseAttempt(ctx, { sessionId: view.sessionId, attemptId: 'nope' })).rejects.toThrow('not one of the answers');
  });

  it('stores the first guess made before the reveal, and only that one', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    const { attempt } = await replyPractice(ctx, { sessionId: view.sessionId, text: KIND });
    expect((await predictScore(ctx, { sessionId: view.sessionId, attemptId: attempt.id, selfRating: 40 })).selfRating).toBe(40);
    expect((await predictScore(ctx, { sessionId: view.sessionId, attemptId: attempt.id, selfRating: 90 })).selfRating).toBe(40);
    expect((await fromDisk(view.sessionId)).turns[0]?.attempts[0]?.selfRating).toBe(40);
    await expect(predictScore(ctx, { sessionId: view.sessionId, attemptId: 'nope', selfRating: 10 })).rejects.toThrow('not part of this session');
  });

  it('ends a session on request and stores the ending', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    const ended = await endPractice(ctx, { sessionId: view.sessionId });
    expect(ended.ending).toBe('ended');
    expect((await fromDisk(view.sessionId)).ending).toBe('ended');
    await expect(replyPractice(ctx, { sessionId: view.sessionId, text: KIND })).rejects.toThrow(/has ended/);
  });

  it('refuses an empty reply, an unknown scenario and an unknown or hostile session id', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    await expect(replyPractice(ctx, { sessionId: view.sessionId, text: '   ' })).rejects.toThrow(/empty/);
    await expect(startPractice(ctx, { scenarioId: 'nope' })).rejects.toThrow(/no scenario "nope"/);
    await expect(replyPractice(ctx, { sessionId: 'missing', text: KIND })).rejects.toThrow(/no longer open/);
    await expect(replyPractice(ctx, { sessionId: '../etc', text: KIND })).rejects.toThrow(/not a valid session id/);
    await expect(getSession(ctx, { id: '../../x' })).rejects.toThrow(/not a valid session id/);
  });

  it('shows each scenario card with the overall score of its latest session', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    const reply = await replyPractice(ctx, { sessionId: view.sessionId, text: KIND });
    const { scenarios } = await listScenarios(ctx);
    expect(scenarios.length).toBeGreaterThanOrEqual(2);
    expect(scenarios.find((s) => s.id === SCENARIO)?.lastScore).toBe(reply.attempt.analysis.scores.overall);
    expect(scenarios.find((s) => s.id !== SCENARIO)?.lastScore).toBeNull();
  });
});

describe('when the disk refuses', () => {
  /** A file system where every write fails with ENOSPC (a full disk). */
  const fullDisk: StoreFs = {
    ...nodeFs,
    open: (async (path: string, flags?: string) => {
      if (flags === 'w') throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return nodeFs.open(path, flags);
    }) as StoreFs['open'],
  };

  it('says so plainly, keeps the session in memory, and saves a copy elsewhere on request', async () => {
    const full = createAppContext({ dataDir: dir, modelsDir: dir, store: createSessionStore(join(dir, 'sessions'), fullDisk) });
    const view = await startPractice(full, { scenarioId: SCENARIO });
    expect(view.storage).toEqual({ saved: false, message: `The disk holding ${join(dir, 'sessions')} is full, so the session could not be saved.` });
    const reply = await replyPractice(full, { sessionId: view.sessionId, text: KIND });
    expect(reply.view.storage.saved).toBe(false);
    expect((await getSession(full, { id: view.sessionId })).turns[0]?.attempts).toHaveLength(1);

    const elsewhere = join(dir, 'usb-stick');
    const copy = await saveSessionCopy(full, { id: view.sessionId, dir: elsewhere });
    expect(copy.dir).toBe(join(elsewhere, view.sessionId));
    const saved = await createSessionStore(elsewhere).load(view.sessionId);
    expect(saved.turns[0]?.attempts[0]?.text).toBe(KIND);
    // Nothing half-written was left in the refusing folder (no temp files, no torn session.json).
    expect(await readdir(join(dir, 'sessions', view.sessionId))).toEqual([]);
  });

  it('lists sessions with a corrupt file reported, not fatal', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    await nodeFs.writeFile(join(dir, 'sessions', view.sessionId, 'session.json'), '{ torn');
    const listed = await listSessions(ctx);
    expect(listed.sessions).toEqual([]);
    expect(listed.problems[0]?.id).toBe(view.sessionId);
  });
});

/** Replies HARSH until the partner withdraws; returns the reply that ended it. */
async function untilWithdrawn(sessionId: string): Promise<ReplyResult> {
  for (let i = 0; i < 12; i++) {
    const result = await replyPractice(ctx, { sessionId, text: HARSH });
    if (result.view.ending) return result;
  }
  throw new Error('the partner never withdrew');
}

describe('redo after the partner ends the session', () => {
  it('answers the line that ended it, with the partner as they were before it', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    const last = await untilWithdrawn(view.sessionId);
    expect(last.view.ending).toBe('withdrawn');
    const redo = await replyPractice(ctx, { sessionId: view.sessionId, text: KIND, redo: true });
    expect(redo.answeredLine).toBe(last.answeredLine);
    expect(redo.attempt.reaction.opennessBefore).toBe(last.attempt.reaction.opennessBefore);
    expect(redo.previousAttempts.map((a) => a.text)).toEqual([HARSH]);
    expect(redo.view.ending).toBeUndefined();
    const session = await fromDisk(view.sessionId);
    expect(session.ending).toBeUndefined();
    expect(session.turns.at(-1)?.partnerLine).toBe(redo.attempt.reaction.line);
  });
});

describe('sessions dropped from memory', () => {
  it('keeps only the most recently used saved sessions in memory', async () => {
    const views: PracticeView[] = [];
    for (let i = 0; i < LIVE_SESSIONS_KEPT + 3; i++) views.push(await startPractice(ctx, { scenarioId: SCENARIO }));
    expect([...liveSessions(ctx).keys()]).toEqual(views.slice(-LIVE_SESSIONS_KEPT).map((v) => v.sessionId));
  });

  it('picks a dropped session up from its file exactly where it was, Redo included', async () => {
    const first = await startPractice(ctx, { scenarioId: SCENARIO });
    const a = await replyPractice(ctx, { sessionId: first.sessionId, text: KIND });
    const b = await replyPractice(ctx, { sessionId: first.sessionId, text: HARSH });
    // The same moves on a twin session that never leaves memory give the expected next state.
    const twin = await startPractice(ctx, { scenarioId: SCENARIO });
    await replyPractice(ctx, { sessionId: twin.sessionId, text: KIND });
    await replyPractice(ctx, { sessionId: twin.sessionId, text: HARSH });

    for (let i = 0; i < LIVE_SESSIONS_KEPT; i++) await startPractice(ctx, { scenarioId: SCENARIO });
    expect(liveSessions(ctx).has(first.sessionId)).toBe(false);
    expect(liveSessions(ctx).has(twin.sessionId)).toBe(false);

    const redo = await replyPractice(ctx, { sessionId: first.sessionId, text: KIND, redo: true });
    expect(redo.answeredLine).toBe(b.answeredLine);
    expect(redo.attempt.reaction.opennessBefore).toBe(a.attempt.reaction.opennessAfter);
    const next = await replyPractice(ctx, { sessionId: first.sessionId, text: KIND });
    const twinRedo = await replyPractice(ctx, { sessionId: twin.sessionId, text: KIND, redo: true });
    const twinNext = await replyPractice(ctx, { sessionId: twin.sessionId, text: KIND });
    expect(redo.attempt.reaction).toEqual(twinRedo.attempt.reaction);
    expect(next.attempt.reaction).toEqual(twinNext.attempt.reaction);
    const shape = async (id: string) => (await fromDisk(id)).turns.map((t) => [t.partnerLine, t.attempts.map((x) => x.text)]);
    expect(await shape(first.sessionId)).toEqual(await shape(twin.sessionId));
    expect((await fromDisk(first.sessionId)).turns[1]?.attempts.map((x) => x.text)).toEqual([HARSH, KIND]);
  });

  it('keeps a session ended by hand closed to Redo after it is picked up again', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    await replyPractice(ctx, { sessionId: view.sessionId, text: KIND });
    await endPractice(ctx, { sessionId: view.sessionId });
    liveSessions(ctx).clear();
    await expect(replyPractice(ctx, { sessionId: view.sessionId, text: KIND, redo: true })).rejects.toThrow(/no reply to redo/);
    await expect(replyPractice(ctx, { sessionId: view.sessionId, text: KIND })).rejects.toThrow(/has ended/);
  });

  it('refuses to continue a session whose scenario has changed since', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    await replyPractice(ctx, { sessionId: view.sessionId, text: KIND });
    const session = await fromDisk(view.sessionId);
    const scenario = findScenario(ctx, SCENARIO);
    expect(Conversation.resume(scenario, session, appConversationDeps).canRedo).toBe(true);
    const edited = { ...scenario, opening: { ...scenario.opening, line: { ...scenario.opening.line, text: 'A different first line.' } } };
    expect(() => Conversation.resume(edited, session, appConversationDeps)).toThrow(/has changed since; it can be replayed in Review but not continued/);
    const tampered = structuredClone(session);
    const attempt = tampered.turns[0]?.attempts[0];
    if (attempt) attempt.reaction.opennessAfter += 1;
    expect(() => Conversation.resume(scenario, tampered, appConversationDeps)).toThrow(/no longer matches/);
  });
});

describe('deleting a session that is open in Practice', () => {
  it('closes it, so its next reply cannot write the deleted session back', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    await replyPractice(ctx, { sessionId: view.sessionId, text: KIND });
    await dispatch(ctx, 'sessions:delete', { id: view.sessionId });
    await expect(replyPractice(ctx, { sessionId: view.sessionId, text: KIND })).rejects.toThrow(/no longer open \(it may have been deleted\)/);
    await expect(stat(join(dir, 'sessions', view.sessionId))).rejects.toThrow(/ENOENT/);
  });

  it('closes every open session when all data is deleted', async () => {
    const view = await startPractice(ctx, { scenarioId: SCENARIO });
    await dispatch(ctx, 'data:deleteAll', { confirm: 'delete all' });
    expect(liveSessions(ctx).size).toBe(0);
    await expect(replyPractice(ctx, { sessionId: view.sessionId, text: KIND })).rejects.toThrow(/no longer open/);
  });
});
