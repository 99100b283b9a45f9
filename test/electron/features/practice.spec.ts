import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext, type AppContext } from '../../../electron/features/context';
import { endPractice, replyPractice, startPractice } from '../../../electron/features/practice';
import { getSession, listSessions, saveSessionCopy } from '../../../electron/features/sessions';
import { listScenarios } from '../../../electron/features/scenarios';
import { createSessionStore } from '../../../electron/domain/sessions/store';
import type { StoreFs } from '../../../electron/domain/sessions/atomic-write';

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
