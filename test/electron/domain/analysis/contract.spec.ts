import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/domain/analysis';

describe('analyze() contract', () => {
  it('returns every contract field with offsets that index the input text', () => {
    const text = "um so like you're not overreacting but calm down what happened are you ok";
    const result = analyze(text, { partner: "I feel like I'm overreacting about work" });
    for (const key of ['judgmentFree', 'openQuestions', 'empathy', 'overall'] as const) {
      expect(result.scores[key]).toBeGreaterThanOrEqual(0);
      expect(result.scores[key]).toBeLessThanOrEqual(100);
    }
    for (const span of [...result.questions, ...result.judgments, ...result.evidence]) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(result.questions.map((q) => [q.text, q.type])).toEqual([
      ['what happened', 'open'],
      ['are you ok', 'closed'],
    ]);
    expect(result.judgments.map((j) => j.kind)).toEqual(['minimizing']);
    // "not overreacting but calm down": the "but" takes the reassurance back.
    expect(result.validation).toBe(false);
    expect(analyze("you're not overreacting").validation).toBe(true);
    expect(typeof result.reflection).toBe('boolean');
    expect(typeof result.advice).toBe('boolean');
  });

  it('explains each score as its baseline plus the deltas of its evidence', () => {
    const result = analyze("I'm so sorry. That sounds really hard. What's been weighing on you most?");
    const sum = (d: string, base: number): number =>
      result.evidence.filter((e) => e.dimension === d).reduce((a, e) => a + e.delta, base);
    expect(result.scores.judgmentFree).toBe(Math.max(0, Math.min(100, sum('judgmentFree', 100))));
    expect(result.scores.openQuestions).toBe(Math.max(0, Math.min(100, sum('openQuestions', 50))));
    expect(result.scores.empathy).toBe(Math.max(0, Math.min(100, sum('empathy', 0))));
  });

  it('gives flagged spans a speakable suggestion', () => {
    const result = analyze('why did you say that to her? calm down, you should just go to bed');
    expect(result.questions[0]?.flags).toContain('accusatory-why');
    expect(result.questions[0]?.suggestion).toBe('What led you to say that to her?');
    for (const j of result.judgments) expect(j.suggestion.length).toBeGreaterThan(5);
    expect(result.advice).toBe(true);
  });

  it('handles empty and punctuation-only text', () => {
    expect(analyze('').scores).toEqual({ judgmentFree: 100, openQuestions: 50, empathy: 0, overall: 53 });
    expect(analyze('?!').questions).toEqual([]);
  });
});
