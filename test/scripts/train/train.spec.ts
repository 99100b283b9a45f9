import { describe, expect, it } from 'vitest';
import { fit, probabilities, Vocabulary, type Row } from '../../../scripts/train/fit';
import { loadSuite } from '../../../scripts/train/corpora';
import { buildWeights, goodReplyFloor } from '../../../scripts/train/pipeline';
import { speechForm } from '../../../scripts/train/tasks';
import { modelSetFrom } from '../../../electron/domain/analysis/learned';
import { analyzeWith } from '../../../electron/domain/analysis';
import type { WeightFile } from '../../../electron/domain/analysis/learned/model';

const row = (ids: number[], label: number): Row => ({ ids: Int32Array.from(ids), values: Float64Array.from(ids.map(() => 1)), label, weight: 1 });

describe('goodReplyFloor (the tone floor)', () => {
  const scored = (source: string, tier: string | undefined, p: number) => ({ p: { example: { source, tier } }, probs: [1 - p, p] }) as unknown as Parameters<typeof goodReplyFloor>[0][number];
  it('is the probability under which 9 in 10 of the good replies fall, on the 0.025 grid, reading only good replies', () => {
    const good = Array.from({ length: 20 }, (_, i) => scored('suite', 'good', i / 40));
    // 0.35 is on the grid: it must not round up a step (0.35 * 40 = 14.000000000000002).
    const low = Array.from({ length: 18 }, () => scored('suite', 'good', 0.1));
    expect(goodReplyFloor([...low, scored('suite', 'good', 0.35), scored('suite', 'good', 0.9)])).toBe(0.35);
    expect(goodReplyFloor(good)).toBe(0.45);
    // Poor replies and the public corpora do not move it.
    expect(goodReplyFloor([...good, scored('suite', 'poor', 0.99), scored('ucc', undefined, 0.99)])).toBe(0.45);
    expect(goodReplyFloor([scored('suite', 'good', 0.101)])).toBe(0.125);
  });
  it('falls back to 0.5 with no good replies to read', () => {
    expect(goodReplyFloor([scored('ucc', undefined, 0.2)])).toBe(0.5);
  });
});

describe('fit (L-BFGS logistic regression)', () => {
  it('learns which feature marks which class, and the same data gives the same weights', () => {
    // Feature 0 marks class 1, feature 1 marks class 0, feature 2 is noise on both.
    const rows = [row([0, 2], 1), row([0], 1), row([1, 2], 0), row([1], 0), row([0, 2], 1), row([1, 2], 0)];
    const a = fit(rows, 3, { classes: 2, l2: 1e-2, iterations: 100 });
    const b = fit(rows, 3, { classes: 2, l2: 1e-2, iterations: 100 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(probabilities(a, row([0], 0))[1]).toBeGreaterThan(0.8);
    expect(probabilities(a, row([1], 0))[1]).toBeLessThan(0.2);
    expect(Math.abs(probabilities(a, row([2], 0))[1]! - 0.5)).toBeLessThan(0.2);
  });

  it('matches the closed form when one feature decides: the L2 penalty keeps the logit finite', () => {
    // Separable data: without a penalty the weight would grow without bound.
    const rows = [row([0], 1), row([], 0)];
    const m = fit(rows, 1, { classes: 2, l2: 0.01, iterations: 200 });
    const logit = m.weights[1]! - m.weights[0]! + m.bias[1]! - m.bias[0]!;
    expect(Number.isFinite(logit)).toBe(true);
    expect(logit).toBeGreaterThan(1);
    expect(logit).toBeLessThan(10);
  });

  it('assigns vocabulary ids in first-seen order', () => {
    const v = new Vocabulary();
    expect([v.id('b'), v.id('a'), v.id('b')]).toEqual([0, 1, 0]);
  });
});

describe('npm run train on a small slice', () => {
  const slice = loadSuite().slice(0, 60);
  const thresholds = { reflection: 0.5, complex: 0.5, advice: 0.5, judgment: 0.5, tone: 0.5, hasQuestion: 0.5, openQuestion: 0.5 };

  it('writes the same bytes twice, and the file loads into a working analyzer', () => {
    const first = buildWeights(slice, () => {}, thresholds);
    const second = buildWeights(slice, () => {}, thresholds);
    expect(second).toBe(first);
    const file = JSON.parse(first) as WeightFile;
    expect(file.features.length).toBe(file.idf.length);
    expect(Object.keys(file.models)).toEqual(expect.arrayContaining(['reflection', 'advice', 'judgment', 'openQuestion', 'emotionalReactions']));
    const set = modelSetFrom(file);
    const result = analyzeWith(set, 'You should just talk to HR.', { partner: slice[0]!.partner });
    expect(result.advice).toBe(true);
  });

  it('makes speech-recognizer text: lowercase, no punctuation, the same seed the same fillers', () => {
    const text = 'That sounds hard. What happened?';
    expect(speechForm(text, 1)).toBe(speechForm(text, 1));
    expect(speechForm(text, 1)).toMatch(/^[a-z' ]+$/);
    expect(speechForm(text, 1).replace(/\b(?:um|uh|like|you know) /g, '')).toContain('that sounds hard what happened');
  });
});
