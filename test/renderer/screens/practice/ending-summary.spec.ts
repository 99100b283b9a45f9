import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/domain/analysis';
import { summarizeEnding } from '../../../../renderer/src/screens/practice/ending-summary';
import type { Evidence } from '../../../../shared/types/analysis';
import { SESSION_SCHEMA_VERSION, type ReplyAttempt, type Session } from '../../../../shared/types/sessions';
import { typedAttempt } from '../../support/sessions';

function attempt(id: string, overall: number, text: string, openness: [number, number], evidence: Evidence[]): ReplyAttempt {
  const a = typedAttempt(id, overall, text);
  return { ...a, analysis: { ...a.analysis, evidence } as ReplyAttempt['analysis'], reaction: { ...a.reaction, opennessBefore: openness[0], opennessAfter: openness[1] } };
}

/** A session of these turns; the rest of the file does not matter here. */
const sessionOf = (turns: Session['turns']): Session => ({ schemaVersion: SESSION_SCHEMA_VERSION, id: 's', scenarioId: 'x', scenarioTitle: 'X', startedAt: '2026-11-30T09:00:00Z', turns });

const ev = (start: number, end: number, delta: number, kind: string, dimension: Evidence['dimension'] = 'empathy'): Evidence => ({ start, end, delta, kind, dimension, text: '', note: `${kind} note` });

describe('ending summary', () => {
  it("does not repeat the label in the note: '(open question, …): Invites them…', not '…: Open question: invites them…'", () => {
    const text = 'It sounds like you feel unseen at work. What has that been like?';
    const a = attempt('a1', 80, text, [0, 2], analyze(text).evidence);
    const session = sessionOf([{ index: 0, partnerLine: 'a', attempts: [a] }]);
    const question = summarizeEnding(session, 10).telling.find((p) => p.label.includes('open question'));
    expect(question, 'the open question is among the telling phrases').toBeDefined();
    expect(question!.why).toMatch(/^Invites them/);
    expect(question!.why).not.toMatch(/open question:/i);
  });

  it('lists the kept reply of each turn, the phrases that moved scores most, and the reply that moved the partner most', () => {
    const session = sessionOf([
        { index: 0, partnerLine: 'a', attempts: [attempt('a1', 30, 'calm down', [1, 0], [ev(0, 9, -30, 'minimizing', 'judgmentFree')])] },
        {
          index: 1,
          partnerLine: 'b',
          // The worse attempt came second; the talk went on from the first.
          attempts: [
            attempt('b1', 80, 'that sounds so hard. what happened?', [0, 2], [ev(0, 20, 35, 'emotional-reaction'), ev(21, 35, 35, 'open-question', 'openQuestions'), ev(21, 35, 15, 'exploration')]),
            attempt('b2', 10, 'why', [0, 0], []),
          ],
          continuedWith: 'b1',
        },
        { index: 2, partnerLine: 'c', attempts: [] },
      ]);
    const summary = summarizeEnding(session);
    expect(summary.replies).toEqual([
      { number: 1, overall: 30, attempts: 1 },
      { number: 2, overall: 80, attempts: 2 },
    ]);
    expect(summary.turningPoint).toEqual({ reply: 2, before: 0, after: 2, reason: 'most' });
    expect(summary.telling.map((p) => [p.reply, p.text, p.tone, p.label, p.weight])).toEqual([
      [2, 'what happened?', 'helped', 'open question, asking to hear more', 50],
      [2, 'that sounds so hard.', 'helped', 'naming what they might feel', 35],
      [1, 'calm down', 'hurt', 'making it smaller than it is', 30],
    ]);
  });

  it('shows the worst thing said even when the best reply holds the three heaviest helps', () => {
    const session = sessionOf([
        { index: 0, partnerLine: 'a', attempts: [attempt('a1', 96, 'that hurt. it makes sense. what was it like?', [1, 2], [ev(0, 10, 40, 'emotional-reaction'), ev(11, 26, 30, 'validation'), ev(27, 44, 35, 'open-question', 'openQuestions')])] },
        { index: 1, partnerLine: 'b', attempts: [attempt('b1', 0, 'grow up', [2, 0], [ev(0, 7, -20, 'condescending', 'judgmentFree')])] },
      ]);
    const telling = summarizeEnding(session).telling.map((p) => [p.reply, p.text, p.tone]);
    expect(telling).toEqual([
      [1, 'that hurt.', 'helped'],
      [1, 'what was it like?', 'helped'],
      [2, 'grow up', 'hurt'],
    ]);
  });

  it('keeps to one side when nothing on the other side happened', () => {
    const session = sessionOf([{ index: 0, partnerLine: 'a', attempts: [attempt('a1', 0, 'calm down, grow up', [1, 0], [ev(0, 9, -30, 'minimizing', 'judgmentFree'), ev(11, 18, -20, 'condescending', 'judgmentFree')])] }]);
    expect(summarizeEnding(session).telling.map((p) => p.tone)).toEqual(['hurt', 'hurt']);
  });
  /** A session whose kept replies moved the partner's openness as `moves` ([before, after] per reply). */
  const moved = (moves: [number, number][]): Session => ({
    schemaVersion: SESSION_SCHEMA_VERSION,
    id: 's',
    scenarioId: 'x',
    scenarioTitle: 'X',
    startedAt: '2026-11-30T09:00:00Z',
    turns: moves.map((openness, index) => ({ index, partnerLine: `${index}`, attempts: [attempt(`a${index}`, 50, 'ok', openness, [])] })),
  });

  it('on a tie, the turning point is the reply that turned things around, not merely the first', () => {
    // Reply 1 opened them a step, reply 2 closed them a step: the turn came with reply 2.
    expect(summarizeEnding(moved([[1, 2], [2, 1]])).turningPoint).toEqual({ reply: 2, before: 2, after: 1, reason: 'reversed' });
    expect(summarizeEnding(moved([[1, 0], [0, 1], [1, 1]])).turningPoint).toEqual({ reply: 2, before: 0, after: 1, reason: 'reversed' });
  });

  it('names no single reply when the largest moves tie and none changed the direction', () => {
    const summary = summarizeEnding(moved([[1, 2], [2, 2], [2, 3], [3, 4]]));
    expect(summary.turningPoint).toBeUndefined();
    expect(summary.steady).toEqual({ before: 1, after: 4 });
    expect(summarizeEnding(moved([[1, 1]]))).not.toHaveProperty('steady');
  });
});
