/** Retry from turn N through the practice features and the channel table: the branch is saved in the same session file, and practice goes on there. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext, type AppContext } from '../../../electron/features/context';
import { endPractice, predictScore, replyPractice, startPractice } from '../../../electron/features/practice';
import { dispatch } from '../../../electron/features/handlers';
import { liveSessions } from '../../../electron/features/live';
import { createSessionStore } from '../../../electron/storage/sessions/store';
import type { PracticeView } from '../../../shared/ipc/contract';

const SCENARIO = 'conflict-its-nothing';
const KIND = 'It sounds like that argument really hurt, and it makes sense that you pulled back. What has it been like for you since then?';
const HARSH = "You're being dramatic. It's not a big deal, you should just get over it.";

let dir: string;
let ctx: AppContext;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attune-retry-'));
  ctx = createAppContext({ dataDir: dir, modelsDir: join(dir, 'models') });
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const fromDisk = (id: string) => createSessionStore(join(dir, 'sessions')).load(id);

describe('practice:retry', () => {
  it('starts a branch from turn 2 with the partner as they were, saved in the same file, and replies go on there', async () => {
    const start = await startPractice(ctx, { scenarioId: SCENARIO });
    const first = await replyPractice(ctx, { sessionId: start.sessionId, text: KIND });
    await replyPractice(ctx, { sessionId: start.sessionId, text: HARSH });
    await endPractice(ctx, { sessionId: start.sessionId });
    const main = (await fromDisk(start.sessionId)).turns;

    const view = (await dispatch(ctx, 'practice:retry', { sessionId: start.sessionId, turnIndex: 1 })) as PracticeView;
    expect(view).toMatchObject({ branchId: 'r1', fromTurn: 1, turnIndex: 1, partnerLine: first.view.partnerLine, openness: first.view.openness, canRedo: false });
    expect(view.ending).toBeUndefined();
    expect((await fromDisk(start.sessionId)).branches).toEqual([expect.objectContaining({ id: 'r1', fromTurn: 1 })]);

    const again = await replyPractice(ctx, { sessionId: start.sessionId, text: KIND, branchId: 'r1' });
    expect(again.answeredLine).toBe(first.view.partnerLine);
    expect(again.view.branchId).toBe('r1');
    const saved = await fromDisk(start.sessionId);
    expect(saved.turns).toEqual(main);
    expect(saved.ending).toBe('ended');
    expect(saved.branches?.[0]?.turns[0]?.attempts.map((a) => a.text)).toEqual([KIND]);

    // A guess on a retry's reply is stored there.
    await predictScore(ctx, { sessionId: start.sessionId, attemptId: again.attempt.id, selfRating: 70 });
    expect((await fromDisk(start.sessionId)).branches?.[0]?.turns[0]?.attempts[0]?.selfRating).toBe(70);

    // Dropped from memory, the session picks up on the branch the request names.
    liveSessions(ctx).clear();
    const ended = await endPractice(ctx, { sessionId: start.sessionId, branchId: 'r1' });
    expect(ended).toMatchObject({ branchId: 'r1', ending: 'ended', turnIndex: 2 });
    const done = await fromDisk(start.sessionId);
    expect(done.branches?.[0]?.ending).toBe('ended');
    expect(done.turns).toEqual(main);
  });

  it('refuses a turn that cannot be retried with one plain sentence, and writes nothing', async () => {
    const start = await startPractice(ctx, { scenarioId: SCENARIO });
    await replyPractice(ctx, { sessionId: start.sessionId, text: KIND });
    await expect(dispatch(ctx, 'practice:retry', { sessionId: start.sessionId, turnIndex: 4 })).rejects.toThrow('There is no answered turn 5 to retry from; choose a turn from 1 to 1.');
    await expect(dispatch(ctx, 'practice:retry', { sessionId: start.sessionId, turnIndex: 0, branchId: '../x' })).rejects.toThrow(/^Session \S+ has no retry "..\/x"\.$/);
    expect((await fromDisk(start.sessionId)).branches).toBeUndefined();
  });
});
