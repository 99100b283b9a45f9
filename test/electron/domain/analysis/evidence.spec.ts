import { describe, expect, it } from 'vitest';
import { analyze, analyzeWith } from '../../../../electron/domain/analysis';
import { shippedModels } from '../../../../electron/domain/analysis/learned';
import { LONG_TURN } from '../../../../electron/domain/analysis/evidence';
import { adviceLean } from '../../../../electron/domain/analysis/learned/fuse';

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
  it('costs nothing below the floor, at the threshold (the flag costs there) or under 5 points, and grows in between', () => {
    expect(adviceLean(0.1, 0.3)).toBe(0);
    expect(adviceLean(0.3, 0.3)).toBe(0);
    expect(adviceLean(0.16, 0.3)).toBe(0);
    expect(adviceLean(0.19, 0.3)).toBe(-5);
    const costs = [0.2, 0.25, 0.29].map((p) => adviceLean(p, 0.3));
    expect(costs.every((c, i) => c < 0 && (i === 0 || c <= costs[i - 1]!))).toBe(true);
    expect(adviceLean(0.2999, 0.3)).toBe(-20);
  });

  it('marks words of the reply with a light note, in a reply to someone, and never a reply flagged as advice', () => {
    // With the advice threshold raised, soft advice the model is sure of sits between the floor and
    // the threshold: this reads the lean itself, whatever the shipped threshold is.
    const shipped = shippedModels();
    const set = { ...shipped, models: { ...shipped.models, advice: { ...shipped.models.advice!, threshold: 0.95 } } };
    const partner = "I can't sleep, and I keep fighting with my sister about mum.";
    const replies = [
      'Maybe try talking to her about it tonight.',
      'Going for a walk could help clear your head.',
      'It might be worth talking to a doctor about the sleep.',
      'A warm bath before bed always works for me.',
      'Writing it all down before bed could take some of it off your mind.',
      'Perhaps a calm chat with your sister this weekend would help.',
    ].map((text) => ({ text, partner }));
    const marked = replies.flatMap(({ text, partner }) => {
      const result = analyzeWith(set, text, { partner });
      return result.evidence.filter((e) => e.kind === 'leaning-advice').map((e) => ({ e, result, text, alone: analyzeWith(set, text) }));
    });
    expect(marked.length).toBeGreaterThanOrEqual(3);
    for (const { e, result, text, alone } of marked) {
      expect(result.advice, text).toBe(false);
      expect(e.note).toMatch(/could read as a little/);
      expect(e.delta).toBeGreaterThanOrEqual(-20);
      expect(e.delta).toBeLessThanOrEqual(-5);
      expect(text.slice(e.start, e.end).trim().length).toBeGreaterThan(0);
      // With no line answered there is no one being told what to do.
      expect(alone.evidence.some((x) => x.kind === 'leaning-advice'), text).toBe(false);
    }
  });
});
