/** Retry from an earlier turn: a new branch of the same session, with the partner as they were before that turn. Pure. */
import { describe, expect, it } from 'vitest';
import { Conversation, type ConversationDeps } from '../../../../electron/domain/sessions/conversation';
import { respond, startConversation, type ConversationState } from '../../../../electron/domain/scenarios';
import { loadScenarios } from '../../../../electron/storage/scenarios';
import { sessionSchema } from '../../../../shared/types/sessions';
import { sessionLine } from '../../../../shared/sessions/branches';
import { attentive, blaming } from '../scenarios/analysis-builders';

const scenario = loadScenarios().scenarios.find((s) => s.id === 'grief-birthday')!;

function deps(): ConversationDeps {
  let n = 0;
  return {
    analyze: (text) => (text.includes('always') ? blaming() : attentive()),
    newAttemptId: () => `a${++n}`,
    now: () => `2026-11-30T10:00:${String(n).padStart(2, '0')}.000Z`,
  };
}

/** A three-reply main line that goes badly at turn 2, with the partner's state recorded before each reply. */
async function wentWrong(): Promise<{ c: Conversation; before: ConversationState[] }> {
  const c = Conversation.start(scenario, 's-1', deps());
  const before: ConversationState[] = [];
  for (const text of ['that sounds hard', 'you always do this', 'you always say that']) {
    before.push(structuredClone(c.state));
    await c.reply({ text });
    if (c.ending) break;
  }
  return { c, before };
}

describe('Conversation.retryFrom', () => {
  it('restores the partner exactly as they were before the turn, keeps the earlier turns shared, and goes on in the branch', async () => {
    const { c, before } = await wentWrong();
    const mainBefore = structuredClone(c.session.turns);
    const branch = c.retryFrom(1);
    expect(c.state).toEqual(before[1]);
    expect(branch).toMatchObject({ id: 'r1', fromTurn: 1, turns: [{ index: 1, partnerLine: mainBefore[1]!.partnerLine, attempts: [] }] });
    expect(branch.parent).toBeUndefined();
    expect(c.branchId).toBe('r1');
    expect(c.fromTurn).toBe(1);
    expect(c.turns.map((t) => t.partnerLine)).toEqual([mainBefore[0]!.partnerLine, mainBefore[1]!.partnerLine]);
    expect(c.canRedo).toBe(false); // the shared turn belongs to the main line

    const out = await c.reply({ text: 'that must have hurt' });
    expect(out.turnIndex).toBe(1);
    expect(out.reaction).toEqual(respond(scenario, before[1]!, attentive()));
    expect(c.session.turns).toEqual(mainBefore); // the main line is untouched
    expect(c.session.branches?.[0]?.turns.map((t) => t.index)).toEqual([1, 2]);
    expect(sessionLine(c.session, 'r1').turns[0]).toBe(c.session.turns[0]); // shared, not copied
    expect(sessionSchema.safeParse(c.session).success).toBe(true);
  });

  it('redo and choose in a branch touch only its own turns', async () => {
    const { c } = await wentWrong();
    const mainBefore = structuredClone(c.session.turns);
    c.retryFrom(1);
    const first = await c.reply({ text: 'you always do this' });
    const second = await c.reply({ text: 'that must have hurt', redo: true });
    expect(second.turnIndex).toBe(1);
    expect(second.continuedWith.id).toBe(second.attempt.id);
    c.choose(first.attempt.id);
    expect(c.session.branches?.[0]?.turns[0]?.continuedWith).toBe(first.attempt.id);
    expect(c.session.turns).toEqual(mainBefore);
  });

  it('retrying from turn 1 starts the partner over in the same session', async () => {
    const { c } = await wentWrong();
    c.retryFrom(0);
    expect(c.state).toEqual(startConversation(scenario));
    expect(c.turns).toHaveLength(1);
    expect(c.ending).toBeUndefined();
  });

  it('a branch of a branch shares the turns of the branch it came from', async () => {
    const { c, before } = await wentWrong();
    c.retryFrom(1);
    await c.reply({ text: 'that must have hurt' });
    const beforeSecond = structuredClone(c.state);
    await c.reply({ text: 'you always say that' });
    const r1Turns = structuredClone(c.session.branches![0]!.turns);
    const nested = c.retryFrom(2);
    expect(nested).toMatchObject({ id: 'r2', parent: 'r1', fromTurn: 2 });
    expect(c.state).toEqual(beforeSecond);
    await c.reply({ text: 'tell me more' });
    expect(c.session.branches![0]!.turns).toEqual(r1Turns);
    const line = sessionLine(c.session, 'r2');
    expect(line.turns[0]).toBe(c.session.turns[0]);
    expect(line.turns[1]).toBe(c.session.branches![0]!.turns[0]);
    // A shared turn of a branch is retried with that branch as the parent, and the state is the main line's.
    c.retryFrom(1);
    expect(c.state).toEqual(before[1]);
    expect(sessionSchema.safeParse(c.session).success).toBe(true);
  });

  it.each([
    [-1, 'There is no answered turn 0 to retry from; choose a turn from 1 to 3.'],
    [3, 'There is no answered turn 4 to retry from; choose a turn from 1 to 3.'],
    [0.5, 'There is no answered turn 1.5 to retry from; choose a turn from 1 to 3.'],
    [Number.NaN, 'Say which turn to retry from: a number from 1 to 3.'],
  ])('refuses turn index %s with one plain sentence and changes nothing', async (index, message) => {
    const { c } = await wentWrong();
    const saved = structuredClone(c.session);
    const state = c.state;
    expect(() => c.retryFrom(index)).toThrow(message);
    expect(c.session).toEqual(saved);
    expect(c.state).toBe(state);
  });

  it('refuses a retry before anything was answered', () => {
    const c = Conversation.start(scenario, 's-1', deps());
    expect(() => c.retryFrom(0)).toThrow('Nothing has been answered yet, so there is no turn to retry from.');
  });

  it('resumes a saved branch to the same partner state, leaving shared turns closed to Redo', async () => {
    const { c } = await wentWrong();
    c.retryFrom(1);
    const justStarted = Conversation.resume(scenario, structuredClone(c.session), deps(), 'r1');
    expect(justStarted.state).toEqual(c.state);
    expect(justStarted.canRedo).toBe(false);
    await c.reply({ text: 'that must have hurt' });
    const again = Conversation.resume(scenario, structuredClone(c.session), deps(), 'r1');
    expect(again.state).toEqual(c.state);
    expect(again.redoFrom).toEqual(c.redoFrom);
    expect(() => Conversation.resume(scenario, c.session, deps(), 'r9')).toThrow('Session s-1 has no retry "r9".');
    // Without a branch, resume picks up the main line as before.
    expect(Conversation.resume(scenario, structuredClone(c.session), deps()).turns).toEqual(c.session.turns);
  });
});
