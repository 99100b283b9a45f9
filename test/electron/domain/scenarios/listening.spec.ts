import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/domain/analysis';
import { analyzeOptions, respond, startConversation } from '../../../../electron/domain/scenarios';
import { loadScenarios } from '../../../../electron/storage/scenarios';
import type { ConversationState, PartnerReaction, Scenario } from '../../../../electron/domain/scenarios';
import { aboutForAnalysis } from '../../../../electron/domain/scenarios/listening';
import { answerableLines } from './lines';

const { scenarios } = loadScenarios();
const TEMPLATE = (x: string): string => `It sounds like ${x}. What's that been like for you?`;
const OFF_TOPIC = ['the weather has been really something lately', 'the garden is looking lovely this spring', 'the football was a great match'];

/** One reply through the same path as the app and `attune play`: analyze with the line's options, then respond. */
function reply(s: Scenario, state: ConversationState, text: string): PartnerReaction {
  return respond(s, state, analyze(text, analyzeOptions(state)));
}

describe.each(scenarios.map((s) => [s.id, s] as const))('%s: lines say what they are about', (_id, s) => {
  it('every line a user answers carries an `about` with feelings and topics', () => {
    for (const { where, line } of answerableLines(s)) {
      expect(line.about, where).toBeDefined();
      expect(line.about!.feelings.length, where).toBeGreaterThan(0);
      expect(line.about!.topics.length, where).toBeGreaterThan(0);
    }
  });

  it('an off-topic "It sounds like…" scores below 50 on the opening line; the same template with their feeling above 70', () => {
    const state = startConversation(s);
    for (const x of OFF_TOPIC) expect(analyze(TEMPLATE(x), analyzeOptions(state)).scores.overall, x).toBeLessThan(50);
    const feeling = s.opening.line.about!.feelings[0]!;
    expect(analyze(TEMPLATE(`you're feeling ${feeling}`), analyzeOptions(state)).scores.overall).toBeGreaterThan(70);
  });

  it('on every line: off-topic templates score below 50, and the template with each of the line\'s feelings above 70', () => {
    for (const { where, line } of answerableLines(s)) {
      const options = { partner: line.text, about: aboutForAnalysis(s, line) };
      for (const x of OFF_TOPIC) expect(analyze(TEMPLATE(x), options).scores.overall, `${where}: ${x}`).toBeLessThan(50);
      for (const feeling of line.about!.feelings) {
        expect(analyze(TEMPLATE(`you're feeling ${feeling}`), options).scores.overall, `${where}: ${feeling}`).toBeGreaterThan(70);
      }
    }
  });

  it('an off-topic reply gets an answer in their own voice that says so, and earns nothing', () => {
    const state = startConversation(s);
    const r = reply(s, state, TEMPLATE(OFF_TOPIC[0]!));
    expect(r.kind).toBe('offTopic');
    expect(s.reactions.offTopic?.map((l) => l.text)).toContain(r.line);
    expect(r.trustDelta).toBe(0);
    expect(r.opennessDelta).toBe(0);
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('%s: the partner follows the lead', (_id, s) => {
  const opening = s.opening.line.about!.topics.filter((id) => !s.topics[id]?.requires);

  it('two attentive replies on different topics get different answers, each about its topic', () => {
    expect(opening.length, 'the opening line is about at least two open topics').toBeGreaterThanOrEqual(2);
    const feeling = s.opening.line.about!.feelings[0]!;
    const answers = opening.slice(0, 2).map((id) => {
      const word = s.topics[id]!.words[0]!;
      const r = reply(s, startConversation(s), `It sounds like you're feeling ${feeling} about the ${word}. What's that been like for you?`);
      expect(r.topic, `${id}: ${r.kind}`).toBe(id);
      expect(s.topics[id]!.lines!.map((l) => l.text)).toContain(r.line);
      expect(r.state.about?.topics, 'the next line is about the topic').toEqual(expect.arrayContaining(s.topics[id]!.words));
      return r.line;
    });
    expect(answers[0]).not.toBe(answers[1]);
  });

  it('a repeated reply earns less each time, and the partner notices', () => {
    const text = `It sounds like you're feeling ${s.opening.line.about!.feelings[0]}. What's that been like for you?`;
    const first = reply(s, startConversation(s), text);
    const second = reply(s, first.state, text);
    const third = reply(s, second.state, text);
    expect(first.repeated).toBeUndefined();
    expect(second.repeated).toBe(true);
    expect(s.reactions.repeat?.map((l) => l.text)).toContain(second.line);
    expect(second.trustDelta).toBeLessThan(first.trustDelta);
    expect(third.trustDelta).toBeLessThan(second.trustDelta);
    expect(second.opennessDelta).toBeLessThanOrEqual(0);
  });
});

describe('branches and hard scenarios', () => {
  it('a topic with `requires` answers only after an attentive reply on the topic it names', () => {
    const s = scenarios.find((x) => x.id === 'work-stress-late-nights')!;
    expect(s.topics.team?.requires).toBe('restructuring');
    const ask = "It sounds like you're overwhelmed, with decisions about your team. What's that been like for you?";
    const early = reply(s, startConversation(s), ask);
    expect(early.topic).not.toBe('team');
    const opened = reply(s, startConversation(s), "It sounds like you're feeling stressed about the restructuring. What's that been like for you?");
    expect(opened.topic).toBe('restructuring');
    const later = reply(s, opened.state, ask);
    expect(later.topic).toBe('team');
    expect(s.topics.team!.lines!.map((l) => l.text)).toContain(later.line);
  });

  it('asking for what they already told you earns less, and they say so', () => {
    const s = scenarios.find((x) => x.id === 'work-stress-late-nights')!;
    const told = s.topics.restructuring!.lines!.find((l) => l.level === 2)!;
    const index = s.topics.restructuring!.lines!.indexOf(told);
    // They have told the restructuring at this level already; trust is short of the next gate.
    const state = { ...startConversation(s), openness: 2, trust: 30, line: told.text, about: aboutForAnalysis(s, told), used: { [`topicline:restructuring:${index}`]: 1 }, topics: { restructuring: 1 } };
    const again = reply(s, state, "What's happening with the restructuring?");
    expect(again.repeated).toBe(true);
    expect(s.reactions.askedAgain!.map((l) => l.text)).toContain(again.line);
    const fresh = reply(s, { ...state, used: {} }, "What's happening with the restructuring?");
    expect(fresh.repeated).toBeUndefined();
    expect(fresh.topic).toBe('restructuring');
    expect(again.trustDelta).toBeLessThan(fresh.trustDelta);
  });

  it('a hard scenario needs at least five attentive replies to succeed', () => {
    // Different words each time (the same reply again would be a repeat), each naming the line's feeling.
    const frames = [
      (f: string) => `It sounds like you're feeling ${f}. What's that been like for you?`,
      (f: string) => `That must be so hard. I can tell you feel ${f}. Tell me more about it.`,
      (f: string) => `I'm here with you. It makes sense to feel ${f}. What has been the hardest part?`,
      (f: string) => `You seem really ${f}, and I want to understand. How has it been for you?`,
      (f: string) => `Thank you for telling me. Of course you'd feel ${f}. What else is on your mind?`,
      (f: string) => `I'm glad you said it. Feeling ${f} makes sense to me. What do you need right now?`,
    ];
    for (const s of scenarios.filter((x) => x.difficulty === 'hard')) {
      let state = startConversation(s);
      let n = 0;
      while (!state.ending && n < frames.length) {
        const r = reply(s, state, frames[n]!(state.about!.feelings![0]!));
        expect(r.repeated, `${s.id} reply ${n + 1}`).toBeUndefined();
        n++;
        state = r.state;
      }
      expect(state.ending, s.id).toBe('success');
      expect(n, s.id).toBeGreaterThanOrEqual(5);
    }
  });
});
