import { describe, expect, it } from 'vitest';
import { marksFor, segment } from '../../../../renderer/src/screens/practice/marks';
import type { Analysis } from '../../../../shared/types/analysis';

const base: Analysis = {
  scores: { judgmentFree: 50, openQuestions: 50, empathy: 50, overall: 50 },
  questions: [],
  judgments: [],
  empathy: { emotionalReactions: 0, interpretations: 0, explorations: 0 },
  reflection: false,
  advice: false,
};

describe('transcript marks', () => {
  it('merges evidence on the same span and marks it by the sign of its summed delta', () => {
    const text = 'that sounds hard. what happened?';
    const analysis = {
      ...base,
      evidence: [
        { dimension: 'empathy', delta: 12, start: 0, end: 16, text: 'that sounds hard', kind: 'emotional-reaction', note: 'Warmth.' },
        { dimension: 'openQuestions', delta: 20, start: 18, end: 32, text: 'what happened?', kind: 'open-question', note: 'Invites more.' },
        { dimension: 'empathy', delta: 5, start: 18, end: 32, text: 'what happened?', kind: 'exploration', note: 'Asks about them.' },
      ],
    };
    const marks = marksFor(analysis);
    expect(marks.map((m) => [m.start, m.end, m.tone])).toEqual([
      [0, 16, 'helped'],
      [18, 32, 'helped'],
    ]);
    expect(marks[1]?.label).toBe('open question, asking to hear more');
    expect(segment(text, marks).map((p) => p.text)).toEqual(['that sounds hard', '. ', 'what happened?']);
  });

  it('gives one reason per kind when a finding moved two scores (no sentence said twice)', () => {
    const analysis = {
      ...base,
      evidence: [
        { dimension: 'judgmentFree', delta: -30, start: 0, end: 22, text: '', kind: 'accusatory-why', note: 'An accusing "why" asks them to defend themselves.' },
        { dimension: 'openQuestions', delta: -45, start: 0, end: 22, text: '', kind: 'accusatory-why', note: 'An accusing "why" asks them to justify themselves, not to open up.' },
      ],
    };
    expect(marksFor(analysis)).toMatchObject([{ label: 'a "why" that sounds like blame', why: 'An accusing "why" asks them to defend themselves.' }]);
  });

  it('shows what hurt over an overlapping span that helped, with its suggestion', () => {
    const analysis = {
      ...base,
      evidence: [
        { dimension: 'openQuestions', delta: 5, start: 0, end: 20, text: '', kind: 'question', note: 'A question.' },
        { dimension: 'judgmentFree', delta: -25, start: 4, end: 12, text: '', kind: 'label', note: 'A label.', suggestion: 'It sounds like…' },
      ],
    };
    const marks = marksFor(analysis);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ start: 4, end: 12, tone: 'hurt', suggestion: 'It sounds like…' });
  });

  it('falls back to judgments and questions for results without evidence', () => {
    const analysis: Analysis = {
      ...base,
      judgments: [{ text: 'calm down', start: 0, end: 9, kind: 'dismissing', suggestion: 'Take your time.' }],
      questions: [{ text: 'are you ok', start: 11, end: 21, type: 'closed' }],
    };
    expect(marksFor(analysis).map((m) => m.tone)).toEqual(['hurt', 'neutral']);
  });
});
