import { describe, expect, it } from 'vitest';
import { CAUSES, respond, startConversation } from '../../../../electron/domain/scenarios';
import { loadScenarios } from '../../../../electron/storage/scenarios';
import type { Analysis } from '../../../../electron/domain/analysis/types';
import type { Scenario } from '../../../../electron/domain/scenarios';
import { analysis, attentive, blaming } from './analysis-builders';

const { scenarios, problems } = loadScenarios();

/** Plays one reply after another until an ending, returning the reactions. */
function run(s: Scenario, replies: Analysis[]) {
  let state = startConversation(s);
  const reactions = [];
  for (const reply of replies) {
    const r = respond(s, state, reply);
    reactions.push(r);
    state = r.state;
    if (state.ending) break;
  }
  return reactions;
}

describe('built-in scenarios', () => {
  it('load without problems, one per cause in the seeds', () => {
    expect(problems).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
    expect(new Set(scenarios.map((s) => s.cause))).toEqual(new Set(CAUSES));
  });

  describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    it('reaches success with attentive replies, in no fewer than three turns (five when hard)', () => {
      const reactions = run(s, Array.from({ length: 8 }, attentive));
      expect(reactions.at(-1)?.ending).toBe('success');
      expect(reactions.length).toBeGreaterThanOrEqual(s.difficulty === 'hard' ? 5 : 3);
      // One level per reply, then held just short of success until enough attentive replies.
      expect(reactions.map((r) => r.openness)).toEqual([...reactions.map((_, i) => (i === reactions.length - 1 ? 4 : Math.min(3, s.opening.openness + i + 1)))]);
    });

    it('withdraws after judgmental replies', () => {
      const reactions = run(s, Array.from({ length: 5 }, blaming));
      expect(reactions.at(-1)?.ending).toBe('withdrawn');
      expect(reactions.at(-1)?.line).toBe(s.endings.withdrawn.line.text);
      expect(reactions.every((r) => r.opennessDelta <= 0)).toBe(true);
    });

    it('can recover after a hurt, and shows it in trust before openness', () => {
      const hurtFirst = run(s, [blaming(), analysis({ open: 1 }), ...Array.from({ length: 8 }, attentive)]);
      expect(hurtFirst[1]!.trustDelta).toBeGreaterThan(0);
      expect(hurtFirst[1]!.opennessDelta).toBe(0);
      expect(hurtFirst.at(-1)?.ending).toBe('success');
    });

    it('has distinct lines at each level and a tip for each hurtful kind', () => {
      for (const level of [0, 1, 2, 3] as const) expect(s.levels[level].length).toBeGreaterThanOrEqual(2);
      const lines = Object.values(s.levels).flat().map((l) => l.text);
      expect(new Set(lines).size).toBe(lines.length);
      // Tips draw on several of the seeds' strategies, not one refrain.
      expect(new Set(s.tips.map((t) => t.basis)).size).toBeGreaterThanOrEqual(3);
      for (const kind of ['judgment', 'dismissal', 'fixing', 'selfFocus', 'closedQuestion'] as const) {
        expect(s.tips.some((t) => t.for.includes(kind))).toBe(true);
      }
    });
  });
});
