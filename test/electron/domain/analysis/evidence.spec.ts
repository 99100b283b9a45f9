import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/domain/analysis';
import { LONG_TURN } from '../../../../electron/domain/analysis/evidence';
import { adviceLean } from '../../../../electron/domain/analysis/learned/fuse';
import { loadSuite } from '../../../fixtures/replies/suite';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i + 1}`).join(' ');
const longTurn = (text: string) => analyze(text).evidence.filter((e) => e.kind === 'long-turn');

describe('a long turn', () => {
  it('costs nothing up to the limit, then points per word past it, up to the limit on openQuestions', () => {
    expect(longTurn(`${words(LONG_TURN.words)}.`)).toEqual([]);
    const [over] = longTurn(`${words(LONG_TURN.words + 5)}.`);
    expect(over).toMatchObject({ dimension: 'openQuestions', delta: -5 * LONG_TURN.perWord, text: 'word31 word32 word33 word34 word35.' });
    expect(longTurn(words(LONG_TURN.words + 200))[0]!.delta).toBe(-LONG_TURN.max);
  });

  it('counts words as spoken: no sounds, no punctuation, a contraction as one word', () => {
    const sounds = `um ${words(LONG_TURN.words - 2)}, uh, mm, don't stop.`;
    expect(longTurn(sounds)).toEqual([]);
    expect(longTurn(`${sounds} now`)).toHaveLength(1);
  });

  it('lowers the score of a lecture below the same advice said short', () => {
    const short = 'Try going to bed at the same time every night.';
    const lecture = `${short} No screens for an hour before, no coffee after lunch, and if you wake up in the night you get up and read until you feel sleepy again, then go back.`;
    expect(analyze(lecture).scores.openQuestions).toBeLessThan(analyze(short).scores.openQuestions);
  });
});

describe('advice the model leans toward', () => {
  it('costs nothing below the floor or at the threshold (the flag costs there), and grows in between', () => {
    expect(adviceLean(0.1, 0.3)).toBe(0);
    expect(adviceLean(0.3, 0.3)).toBe(0);
    const costs = [0.16, 0.2, 0.25, 0.29].map((p) => adviceLean(p, 0.3));
    expect(costs.every((c, i) => c < 0 && (i === 0 || c <= costs[i - 1]!))).toBe(true);
    expect(adviceLean(0.2999, 0.3)).toBe(-20);
  });

  it('marks words of the reply with a light note, and never a reply already flagged as advice', () => {
    const replies = ['suite.yaml', 'holdout.yaml', 'holdout-2.yaml'].flatMap((f) => loadSuite(f).flatMap((g) => g.replies.map((r) => ({ text: r.text, partner: g.partner }))));
    const marked = replies.flatMap(({ text, partner }) => {
      const result = analyze(text, { partner });
      return result.evidence.filter((e) => e.kind === 'leaning-advice').map((e) => ({ e, result, text }));
    });
    // Not vacuous: the suite's fixing replies include some the model leans on without flagging.
    expect(marked.length).toBeGreaterThan(0);
    for (const { e, result, text } of marked) {
      expect(result.advice, text).toBe(false);
      expect(e.note).toMatch(/could read as a little/);
      expect(e.delta).toBeGreaterThanOrEqual(-20);
      expect(e.delta).toBeLessThan(0);
      expect(text.slice(e.start, e.end).trim().length).toBeGreaterThan(0);
    }
  });
});
