/**
 * Score and reaction agree: one analysis drives both, so across every line of every built-in
 * scenario and the labelled replies, the partner never contradicts the score.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/domain/analysis';
import { analyzeOptions, respond, startConversation, TRUST_GATES } from '../../../../electron/domain/scenarios';
import type { ConversationState, Scenario } from '../../../../electron/domain/scenarios';
import { aboutForAnalysis } from '../../../../electron/domain/scenarios/listening';
import { loadScenarios } from '../../../../electron/storage/scenarios';
import { loadSuite } from '../../../fixtures/replies/suite';
import { answerableLines, type PlacedLine } from './lines';

const { scenarios } = loadScenarios();
const replies = [...loadSuite('suite.yaml'), ...loadSuite('holdout.yaml'), ...loadSuite('holdout-2.yaml'), ...loadSuite('relevance.yaml')].flatMap((g) =>
  g.replies.map((r) => r.text),
);

/** Replies tried on each line: a rotating slice, so every reply meets lines of every scenario and the run stays short. */
const PER_LINE = 12;

/** The partner's state as they say `placed`: the openness the line belongs to, with trust at that level's gate. */
function stateAt(s: Scenario, { where, line }: PlacedLine): ConversationState {
  const level = where.startsWith('levels.') ? Number(where[7]) : (line.level ?? (where.startsWith('topics.') ? 2 : s.opening.openness));
  const openness = Math.min(3, level);
  return { ...startConversation(s), line: line.text, about: aboutForAnalysis(s, line), openness, trust: TRUST_GATES[openness] ?? 0 };
}

describe.each(scenarios.map((s) => [s.id, s] as const))('%s: score and reaction agree', (_id, s) => {
  it(`on every line, for ${PER_LINE} labelled replies each (rotating through all of them)`, () => {
    const violations: string[] = [];
    const lines = answerableLines(s);
    const offset = scenarios.indexOf(s) * 37;
    lines.forEach((placed, i) => {
      const state = stateAt(s, placed);
      for (let k = 0; k < PER_LINE; k++) {
        const text = replies[(offset + i * PER_LINE + k) % replies.length]!;
        const a = analyze(text, analyzeOptions(state));
        const r = respond(s, state, a);
        const withdrew = r.opennessDelta < 0 || r.ending === 'withdrawn';
        const where = `${placed.where} ← "${text}" (overall ${a.scores.overall}, ${r.kind}, openness ${r.opennessDelta})`;
        if (a.judgments.length > 0 && r.opennessDelta > 0) violations.push(`a judgment opened them up: ${where}`);
        if (a.scores.overall >= 70 && withdrew) violations.push(`70+ and they withdrew: ${where}`);
        if (withdrew && a.scores.overall > 60) violations.push(`they withdrew from a reply above 60: ${where}`);
      }
    });
    expect(violations).toEqual([]);
  });
});

describe('coverage of the agreement test', () => {
  it('tries every labelled reply somewhere', () => {
    const tried = new Set<number>();
    for (const s of scenarios) {
      const offset = scenarios.indexOf(s) * 37;
      answerableLines(s).forEach((_, i) => {
        for (let k = 0; k < PER_LINE; k++) tried.add((offset + i * PER_LINE + k) % replies.length);
      });
    }
    expect(tried.size).toBe(replies.length);
  });
});
