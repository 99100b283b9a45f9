import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/domain/analysis';
import { analyzeOptions, respond, startConversation } from '../../../../electron/domain/scenarios';
import { loadScenarios } from '../../../../electron/storage/scenarios';
import type { PartnerReaction, Scenario } from '../../../../electron/domain/scenarios';
import { asSpoken, scripts } from './scripts';

const { scenarios } = loadScenarios();

/** Plays scripted replies through the real analyze() → respond() path until an ending. */
function play(s: Scenario, replies: string[]): PartnerReaction[] {
  let state = startConversation(s);
  const reactions: PartnerReaction[] = [];
  for (const text of replies) {
    const r = respond(s, state, analyze(text, analyzeOptions(state)));
    reactions.push(r);
    state = r.state;
    if (state.ending) break;
  }
  return reactions;
}

const trace = (rs: PartnerReaction[]) => rs.map((r) => `${r.kind} ${r.openness} (trust ${r.trust})`).join(' → ');

describe('scripted runs with the real analyzer', () => {
  it('has a script for every built-in scenario', () => {
    expect(Object.keys(scripts).sort()).toEqual(scenarios.map((s) => s.id).sort());
  });

  describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (id, s) => {
    const script = scripts[id]!;

    it('an attentive run reaches success, opening up without a single step back', () => {
      const rs = play(s, script.attentive);
      expect(rs.at(-1)?.ending, trace(rs)).toBe('success');
      expect(rs.length).toBeGreaterThanOrEqual(3);
      expect(rs.every((r) => r.opennessDelta >= 0), trace(rs)).toBe(true);
    });

    it('the same runs, spoken (lowercase, unpunctuated, with a filler), end the same way', () => {
      expect(play(s, script.attentive.map(asSpoken)).at(-1)?.ending).toBe('success');
      expect(play(s, script.judgmental.map(asSpoken)).at(-1)?.ending).toBe('withdrawn');
    });

    it('a judgmental run reaches withdrawal, closing down every time', () => {
      const rs = play(s, script.judgmental);
      expect(rs.at(-1)?.ending, trace(rs)).toBe('withdrawn');
      expect(rs.every((r) => r.opennessDelta < 0 || r.ending === 'withdrawn'), trace(rs)).toBe(true);
      expect(rs.every((r) => r.trustDelta < 0), trace(rs)).toBe(true);
    });
  });
});

describe('typed replies read by the real analyzer', () => {
  const s = scenarios.find((x) => x.id === 'grief-birthday')!;
  const first = (text: string) => respond(s, startConversation(s), analyze(text, { partner: s.opening.line.text }));

  it.each([
    ["you're being dramatic", 'judgment'],
    ["at least he isn't suffering anymore", 'dismissal'],
    ['you should talk to someone about it', 'fixing'],
    ['are you okay?', 'closedQuestion'],
    ['what has today been like for you?', 'openQuestion'],
    ["it sounds like you're feeling really heavy today", 'reflection'],
  ])('"%s" → %s', (text, kind) => {
    const r = first(text);
    expect(r.kind).toBe(kind);
  });

  it('answers a closed question briefly and without moving', () => {
    const r = first('are you okay?');
    expect(r.opennessDelta).toBe(0);
    expect(r.line.split(' ').length).toBeLessThanOrEqual(6);
  });
});
