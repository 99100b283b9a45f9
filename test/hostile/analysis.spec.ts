/** Hostile input to the analyzer (issue #14): each case answers fast, and spans still point into the original text. */
import { beforeAll, describe, expect, it } from 'vitest';
import { AnalysisInputError, MAX_ANALYSIS_CHARS, analyze } from '../../electron/domain/analysis';
import { fold } from '../../electron/domain/analysis/input-guard';
import { HOSTILE_CASES } from '../fixtures/hostile/replies';
import { loadSuite } from '../fixtures/replies/suite';

// Generous for a loaded CI machine; the bench measures the real figure (target < 50 ms).
const LIMIT_MS = 1000;

describe('analyze() on hostile input', () => {
  // The first analysis in a process compiles the tagger and the rules; that one-off cost is not the input's.
  beforeAll(() => {
    analyze('that sounds so hard, what happened?', { partner: 'work was awful' });
    analyze('aaa');
  });

  it.each(HOSTILE_CASES)('$name: answers within a second, or refuses in one sentence', ({ text, partner }) => {
    const t0 = performance.now();
    let result: ReturnType<typeof analyze> | null = null;
    try {
      result = analyze(text, partner === undefined ? {} : { partner });
    } catch (error) {
      expect(error).toBeInstanceOf(AnalysisInputError);
      expect(text.length).toBeGreaterThan(MAX_ANALYSIS_CHARS);
      expect((error as Error).message).toMatch(/^The reply is [\d,]+ characters long; the analyzer takes at most 10,000, so shorten it\.$/);
    }
    expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
    if (!result) return;
    for (const span of [...result.evidence, ...result.questions, ...result.judgments]) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.text).toBe(text.slice(span.start, span.end));
    }
  });

  it("refuses a partner's line over the cap", () => {
    expect(() => analyze('how was it?', { partner: 'x '.repeat(MAX_ANALYSIS_CHARS) })).toThrow(/partner's line is 20,000 characters long/);
  });

  it('leaves every labeled suite reply untouched (folding only removes what no spoken reply has)', () => {
    const texts = loadSuite().flatMap((g) => g.replies.map((r) => r.text));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => fold(t).text !== t)).toEqual([]);
  });

  it('folds runs, long tokens, repeated words and phrases, and maps spans back onto the original', () => {
    expect(fold('sooooo sad!!!!!!').text).toBe('sooo sad!!!');
    expect(fold('no no no no no, fine').text).toBe('no no no no, fine');
    expect(fold('why? why? why? why? why?').text).toBe('why? why? why?');
    expect(fold('I know you. I know you. I know you. I know you. ok').text).toBe('I know you. I know you. I know you. ok');
    expect(fold('x'.repeat(100)).text).toHaveLength(3);
    expect(fold('ab'.repeat(100)).text).toBe('ab'.repeat(20));
    expect(fold('a    \n\n\n\n b').text).toBe('a    b'.replace('    ', '   '));

    const text = `that sounds sooooooo hard.${' '.repeat(500)}Why did you just give up?`;
    const result = analyze(text);
    const why = result.questions.find((q) => q.text.startsWith('Why'));
    expect(why).toBeDefined();
    expect(why!.start).toBe(text.indexOf('Why'));
    expect(why!.text).toBe('Why did you just give up?');
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
  });
});
