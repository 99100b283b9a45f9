import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { respond, startConversation, TRUST_GATES } from '../../../../electron/domain/scenarios';
import { loadScenarioFile } from '../../../../electron/storage/scenarios';
import type { ConversationState, Scenario } from '../../../../electron/domain/scenarios';
import { analysis, attentive, blaming } from './analysis-builders';

function scenario(): Scenario {
  const { scenario } = loadScenarioFile(join('electron/domain/scenarios/builtin/grief-birthday.yaml'), { builtin: true });
  if (!scenario) throw new Error('grief-birthday did not load');
  return scenario;
}

describe('startConversation', () => {
  it('begins at the scenario opening line, openness and trust', () => {
    const s = scenario();
    const state = startConversation(s);
    expect(state).toMatchObject({ scenarioId: s.id, turn: 0, openness: 1, trust: 30, hurts: 0, line: s.opening.line.text, thought: s.opening.thought });
  });
});

describe('respond: openness transitions', () => {
  it('opens one level per attentive reply and reaches success on the third', () => {
    const s = scenario();
    let state = startConversation(s);
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = respond(s, state, attentive());
      expect(r.opennessDelta).toBe(1);
      expect(r.trustDelta).toBeGreaterThan(0);
      seen.push(r.openness);
      state = r.state;
    }
    expect(seen).toEqual([2, 3, 4]);
    expect(state.ending).toBe('success');
    expect(state.line).toBe(s.endings.success.line.text);
  });

  it('walks the level lines as the partner opens up', () => {
    const s = scenario();
    const r1 = respond(s, startConversation(s), attentive());
    expect(r1.line).toBe(s.levels[2][0]!.text);
    const r2 = respond(s, r1.state, attentive());
    expect(r2.line).toBe(s.levels[3][0]!.text);
  });

  it('closes one level on a first judgment, two on a repeated one, then withdraws', () => {
    const s = scenario();
    const start = startConversation(s);
    const up = respond(s, respond(s, start, attentive()).state, attentive()); // openness 3
    expect(up.openness).toBe(3);
    const first = respond(s, up.state, blaming());
    expect(first.opennessDelta).toBe(-1);
    expect(first.kind).toBe('judgment');
    const second = respond(s, first.state, blaming());
    expect(second.opennessDelta).toBe(-2);
    expect(second.openness).toBe(0);
    const third = respond(s, second.state, blaming());
    expect(third.ending).toBe('withdrawn');
    expect(third.line).toBe(s.endings.withdrawn.line.text);
  });

  it('withdraws after two judgmental replies from the start', () => {
    const s = scenario();
    const r1 = respond(s, startConversation(s), blaming());
    expect(r1.openness).toBe(0);
    expect(r1.ending).toBeUndefined();
    expect(s.levels[0].map((l) => l.text)).toContain(r1.line);
    const r2 = respond(s, r1.state, blaming());
    expect(r2.ending).toBe('withdrawn');
    expect(r2.openness).toBe(0);
  });

  it('gives a closed question a short answer and no movement', () => {
    const s = scenario();
    const r = respond(s, startConversation(s), analysis({ closed: 1 }));
    expect(r.kind).toBe('closedQuestion');
    expect(r.opennessDelta).toBe(0);
    expect(s.reactions.closedQuestion.filter((l) => l.level === 1).map((l) => l.text)).toContain(r.line);
    expect(r.line.length).toBeLessThan(30);
    expect(r.tip?.basis).toBe('open-questions');
  });

  it('reads dismissal, fixing and self-focus as hurtful, each with its own reaction and tip', () => {
    const s = scenario();
    const start = respond(s, startConversation(s), attentive()).state; // openness 2: hurt lands on 1, not shut down
    for (const [a, kind] of [
      [analysis({ judgments: ['minimizing'] }), 'dismissal'],
      [analysis({ judgments: ['advice'], advice: true }), 'fixing'],
      [analysis({ advice: true }), 'fixing'],
      [analysis({ judgments: ['self-focus'] }), 'selfFocus'],
    ] as const) {
      const r = respond(s, start, a);
      expect(r.kind).toBe(kind);
      expect(r.opennessDelta).toBe(-1);
      expect(r.trustDelta).toBeLessThan(0);
      expect(s.reactions[kind]!.map((l) => l.text)).toContain(r.line);
      expect(s.thoughts[kind].map((l) => l.text)).toContain(r.thought);
      expect(r.tip).toBeDefined();
    }
  });

  it('lets warmth soften a hurt in the same breath but never turn it into progress', () => {
    const s = scenario();
    const start = startConversation(s);
    const bare = respond(s, start, analysis({ advice: true }));
    const cushioned = respond(s, start, analysis({ advice: true, emotional: 1 }));
    expect(cushioned.kind).toBe('fixing');
    expect(cushioned.opennessDelta).toBeLessThanOrEqual(0);
    expect(cushioned.trustDelta).toBeGreaterThan(bare.trustDelta);
  });

  it('does not end the talk over a warm reply that drifts to oneself', () => {
    const s = scenario();
    const shut = respond(s, startConversation(s), blaming()).state;
    const r = respond(s, shut, analysis({ judgments: ['self-focus'], emotional: 1 }));
    expect(r.kind).toBe('selfFocus');
    expect(r.ending).toBeUndefined();
    expect(r.opennessDelta).toBe(0);
  });

  it('leaves a neutral reply where it was', () => {
    const s = scenario();
    const r = respond(s, startConversation(s), analysis());
    expect(r.kind).toBe('neutral');
    expect(r.opennessDelta).toBe(0);
    expect(r.trustDelta).toBe(0);
  });
});

describe('respond: memory and trust', () => {
  it('makes repeated judgment cost trust faster', () => {
    const s = scenario();
    let state: ConversationState = { ...startConversation(s), trust: 100, openness: 3 };
    const costs: number[] = [];
    for (let i = 0; i < 2; i++) {
      const r = respond(s, state, blaming());
      costs.push(-r.trustDelta);
      state = r.state;
    }
    expect(costs[1]).toBeGreaterThan(costs[0]!);
  });

  it('shows trust recovering before openness does after a hurt', () => {
    const s = scenario();
    const hurt = respond(s, startConversation(s), blaming());
    expect(hurt.state.trust).toBeLessThan(TRUST_GATES[1] + 1);
    // A single helpful element is not enough to move a hurt partner back up at once…
    const small = respond(s, hurt.state, analysis({ open: 1 }));
    expect(small.trustDelta).toBeGreaterThan(0);
    expect(small.opennessDelta).toBe(0);
    // …and the partner says so: the repair line and thought.
    expect(s.reactions.repair!.map((l) => l.text)).toContain(small.line);
    expect(s.thoughts.repair!.map((l) => l.text)).toContain(small.thought);
    const more = respond(s, small.state, attentive());
    expect(more.opennessDelta).toBe(1);
  });

  it('needs more replies to succeed after a hurt than without one', () => {
    const s = scenario();
    const turnsToSuccess = (first: ReturnType<typeof analysis>) => {
      let state = respond(s, startConversation(s), first).state;
      while (!state.ending) state = respond(s, state, attentive()).state;
      return state.turn;
    };
    expect(turnsToSuccess(blaming())).toBeGreaterThan(turnsToSuccess(attentive()));
  });

  it('moves slower with one helpful element than with several', () => {
    const s = scenario();
    const turns = (a: () => ReturnType<typeof analysis>) => {
      let state = startConversation(s);
      while (!state.ending) state = respond(s, state, a()).state;
      return state.turn;
    };
    expect(turns(attentive)).toBe(3);
    expect(turns(() => analysis({ open: 1 }))).toBeGreaterThan(3);
  });
});

describe('respond: purity', () => {
  it('never mutates the state, so a redo from the same state gives the same reaction', () => {
    const s = scenario();
    const state = startConversation(s);
    const frozen = structuredClone(state);
    const a = respond(s, state, blaming());
    const b = respond(s, state, blaming());
    expect(state).toEqual(frozen);
    expect(a).toEqual(b);
    const redo = respond(s, state, attentive());
    expect(redo.opennessDelta).toBe(1);
  });

  it('varies lines when the same kind of reply repeats', () => {
    const s = scenario();
    let state = startConversation(s);
    const lines = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const r = respond(s, state, analysis());
      lines.add(r.line);
      state = r.state;
    }
    expect(lines.size).toBeGreaterThan(1);
  });

  it('refuses to go on after an ending, or with another scenario\'s state', () => {
    const s = scenario();
    let state = startConversation(s);
    while (!state.ending) state = respond(s, state, blaming()).state;
    expect(() => respond(s, state, attentive())).toThrow(/already ended/);
    expect(() => respond(s, { ...startConversation(s), scenarioId: 'other' }, attentive())).toThrow(/belongs to/);
  });
});
