/** The Conversation on its own: a stand-in analyzer, fixed ids and a fixed clock, no files written. */
import { describe, expect, it } from 'vitest';
import { Conversation, ScenarioChangedError, type ConversationDeps } from '../../../../electron/domain/sessions/conversation';
import { respond, startConversation } from '../../../../electron/domain/scenarios';
import { loadScenarios } from '../../../../electron/storage/scenarios';
import { sessionSchema } from '../../../../shared/types/sessions';
import { SESSION_LIMITS } from '../../../../shared/types/session-parts';
import type { Transcript } from '../../../../shared/types/speech';
import { analysis, attentive, blaming } from '../scenarios/analysis-builders';

const scenario = loadScenarios().scenarios.find((s) => s.id === 'grief-birthday')!;

/** Keyed on words in the reply: this spec tests the conversation, not scoring. */
function deps(): ConversationDeps & { asked: { text: string; partner: string }[] } {
  let n = 0;
  const asked: { text: string; partner: string }[] = [];
  return {
    asked,
    analyze: (text, { partner }) => {
      asked.push({ text, partner });
      return text.includes('always') ? blaming() : text.startsWith('are') ? analysis({ closed: 1 }) : attentive();
    },
    newAttemptId: () => `a${++n}`,
    now: () => `2026-11-30T10:00:0${n}.000Z`,
  };
}

describe('Conversation', () => {
  it('starts with the opening line in a new, valid session record', async () => {
    const c = Conversation.start(scenario, 's-1', deps());
    expect(c.state).toEqual(startConversation(scenario));
    expect(c.session).toMatchObject({ id: 's-1', scenarioId: 'grief-birthday', startedAt: '2026-11-30T10:00:00.000Z', turns: [{ index: 0, partnerLine: scenario.opening.line.text, attempts: [] }] });
    expect(sessionSchema.safeParse(c.session).success).toBe(true);
    expect(c.canRedo).toBe(false);
  });

  it('scores a reply against the line answered, records it, and lets the partner say the next line', async () => {
    const d = deps();
    const c = Conversation.start(scenario, 's-1', d);
    const opening = c.state;
    const out = await c.reply({ text: '  that sounds hard  ' });
    expect(d.asked).toEqual([{ text: 'that sounds hard', partner: opening.line }]);
    expect(out.reaction).toEqual(respond(scenario, opening, attentive()));
    expect(out.attempt).toMatchObject({ id: 'a1', source: 'typed', text: 'that sounds hard', reaction: { opennessBefore: 1, opennessAfter: out.reaction.openness, line: out.reaction.line } });
    expect(c.session.turns.map((t) => t.partnerLine)).toEqual([opening.line, out.reaction.line]);
    expect(c.state).toEqual(out.reaction.state);
    expect(c.canRedo).toBe(true);
    await expect(c.reply({ text: '   ' })).rejects.toThrow('The reply is empty');
  });

  it('refuses a try beyond what a session file keeps, before scoring it, and stays saveable', async () => {
    // A clock that stays a valid time past ten tries.
    const d = { ...deps(), now: () => '2026-11-30T10:00:00.000Z' };
    const c = Conversation.start(scenario, 's-1', d);
    await c.reply({ text: 'that sounds hard' });
    for (let i = 1; i < SESSION_LIMITS.attemptsPerTurn; i++) await c.reply({ text: 'tell me more', redo: true });
    const scored = d.asked.length;
    await expect(c.reply({ text: 'one more', redo: true })).rejects.toThrow(`This line already has ${SESSION_LIMITS.attemptsPerTurn} tries, the most a session keeps`);
    expect(d.asked).toHaveLength(scored);
    expect(c.session.turns[0]!.attempts).toHaveLength(SESSION_LIMITS.attemptsPerTurn);
    expect(sessionSchema.safeParse(c.session).error?.issues.map((i) => i.path.join('.'))).toBeUndefined();
  });

  it('names the WAV of a spoken reply after its turn and attempt, and keeps the transcript', async () => {
    const c = Conversation.start(scenario, 's-1', deps());
    const transcript = { text: 'that sounds hard' } as Transcript;
    const { attempt } = await c.reply({ text: 'that sounds hard', voice: { transcript, delivery: { notes: [] } as never }, selfRating: 60 });
    expect(attempt).toMatchObject({ source: 'voice', audioFile: 'turn-0-a1.wav', transcript, selfRating: 60 });
  });

  it('a redo answers the same line again and goes on from the best attempt, which can be changed', async () => {
    const c = Conversation.start(scenario, 's-1', deps());
    const opening = c.state;
    const good = await c.reply({ text: 'that sounds hard' });
    const worse = await c.reply({ text: 'you always do this', redo: true });
    expect(worse.turnIndex).toBe(0);
    expect(worse.previousAttempts.map((a) => a.id)).toEqual([good.attempt.id]);
    expect(worse.continuedWith.id).toBe(good.attempt.id);
    expect(c.state).toEqual(good.reaction.state);
    expect(c.session.turns).toHaveLength(2);
    expect(c.session.turns[0]).toMatchObject({ continuedWith: good.attempt.id });
    expect(c.redoFrom).toEqual(opening);

    expect(c.choose(worse.attempt.id).id).toBe(worse.attempt.id);
    expect(c.state).toEqual(respond(scenario, opening, blaming()).state);
    expect(c.session.turns[0]?.continuedWith).toBe(worse.attempt.id);
    expect(c.session.turns[1]?.partnerLine).toBe(worse.reaction.line);
    expect(() => c.choose('nope')).toThrow('not one of the answers');
  });

  it('ends when the partner opens up, at the time of the reply that did it', async () => {
    const c = Conversation.start(scenario, 's-1', deps());
    for (const text of ['that sounds hard', 'tell me more', 'it sounds heavy']) await c.reply({ text });
    expect(c.ending).toBe('success');
    expect(c.session.endedAt).toBe(c.session.turns.at(-1)?.attempts.at(-1)?.createdAt);
    await expect(c.reply({ text: 'more?' })).rejects.toThrow('has ended');
    expect(c.canRedo).toBe(true); // the last reply can still be tried again
  });

  it('refuses a reply scored while another one moved the conversation on (callers serialise replies)', async () => {
    const c = Conversation.start(scenario, 's-1', deps());
    const [first, second] = await Promise.allSettled([c.reply({ text: 'that sounds hard' }), c.reply({ text: 'tell me more' })]);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({ status: 'rejected', reason: { message: 'The conversation moved on while this reply was being scored; send it again.' } });
    expect(c.session.turns[0]?.attempts).toHaveLength(1);
  });

  it('ending by hand keeps the unanswered line and closes Redo', async () => {
    const c = Conversation.start(scenario, 's-1', deps());
    await c.reply({ text: 'that sounds hard' });
    c.end();
    expect(c.session).toMatchObject({ ending: 'ended' });
    expect(c.session.turns.at(-1)?.attempts).toEqual([]);
    expect(c.canRedo).toBe(false);
    await expect(c.reply({ text: 'again', redo: true })).rejects.toThrow('no reply to redo');
  });

  it('resumes from its session record to the same partner state, and refuses a changed scenario', async () => {
    const c = Conversation.start(scenario, 's-1', deps());
    await c.reply({ text: 'that sounds hard' });
    await c.reply({ text: 'you always do this' });
    await c.reply({ text: 'tell me more', redo: true });
    const saved = structuredClone(c.session);
    const again = Conversation.resume(scenario, saved, deps());
    expect(again.state).toEqual(c.state);
    expect(again.redoFrom).toEqual(c.redoFrom);

    const edited = { ...scenario, opening: { ...scenario.opening, line: { ...scenario.opening.line, text: 'A different first line.' } } };
    expect(() => Conversation.resume(edited, saved, deps())).toThrow(ScenarioChangedError);
    const ended = structuredClone(saved);
    ended.ending = 'ended';
    expect(Conversation.resume(scenario, ended, deps()).canRedo).toBe(false);
  });
});
