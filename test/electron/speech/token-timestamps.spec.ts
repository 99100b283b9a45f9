import { Tensor, WhisperForConditionalGeneration } from '@xenova/transformers';
import { describe, expect, it } from 'vitest';
import { tokenTimestamps, type TensorLike } from '../../../electron/speech/token-timestamps';

/** A deterministic pseudo-random source (the same draws on every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/** Cross-attentions of one batch as transformers.js collects them: per step, per layer, [1, heads, rows, positions], rows summing to one. */
function attentions(opts: { steps: number; firstRows: number; layers: number; heads: number; positions: number; seed: number }) {
  const next = random(opts.seed);
  return Array.from({ length: opts.steps }, (_, step) =>
    Array.from({ length: opts.layers }, () => {
      const rows = step === 0 ? opts.firstRows : 1;
      const data = new Float32Array(opts.heads * rows * opts.positions);
      for (let r = 0; r < opts.heads * rows; r++) {
        // A peaked, softmax-like row that drifts with the step, like a real alignment.
        const centre = ((step + next()) / opts.steps) * opts.positions;
        let sum = 0;
        for (let p = 0; p < opts.positions; p++) sum += data[r * opts.positions + p] = Math.exp(-((p - centre) ** 2) / 200) + next() * 0.05;
        for (let p = 0; p < opts.positions; p++) data[r * opts.positions + p]! /= sum;
      }
      return new Tensor('float32', data, [1, opts.heads, rows, opts.positions]);
    }),
  );
}

// transformers.js types a Tensor's data as any typed array; attention outputs are float32.
type Extract = (outputs: unknown, heads: number[][], numFrames: number | null) => { data: Float32Array };
const theirs = (WhisperForConditionalGeneration.prototype as unknown as { _extract_token_timestamps: Extract })._extract_token_timestamps;

describe('tokenTimestamps', () => {
  it.each([
    { name: "tiny.en's shape, 10 s of audio", steps: 40, firstRows: 1, layers: 4, heads: 6, positions: 1500, alignment: [[1, 0], [2, 0], [2, 5], [3, 0], [3, 1], [3, 2], [3, 3], [3, 4]], numFrames: 500, seed: 1 },
    { name: 'a prompt of several tokens in the first step', steps: 12, firstRows: 4, layers: 2, heads: 3, positions: 300, alignment: [[0, 2], [1, 1]], numFrames: 200, seed: 2 },
    { name: 'one alignment head, no frame limit', steps: 9, firstRows: 1, layers: 1, heads: 2, positions: 120, alignment: [[0, 1]], numFrames: null, seed: 3 },
    { name: 'a frame limit past the end', steps: 6, firstRows: 1, layers: 1, heads: 2, positions: 80, alignment: [[0, 0]], numFrames: 5000, seed: 4 },
  ])('gives exactly what transformers.js 2.17.2 gives: $name', ({ steps, firstRows, layers, heads, positions, alignment, numFrames, seed }) => {
    const crossAttentions = attentions({ steps, firstRows, layers, heads, positions, seed });
    const sequenceLength = steps + firstRows;
    const outputs = { cross_attentions: [crossAttentions], sequences: [Array.from({ length: sequenceLength }, () => 0)] };
    const expected = theirs.call({ config: { decoder_layers: layers, median_filter_width: 7 } }, outputs, alignment, numFrames);
    const actual = tokenTimestamps(crossAttentions as unknown as TensorLike[][], alignment as [number, number][], numFrames, 7, sequenceLength);
    expect(Array.from(actual)).toEqual(Array.from(expected.data));
    // Not trivially equal: times rise through the audio.
    expect(actual.at(-1)).toBeGreaterThan(actual[2]!);
  });

  it('refuses an even median filter width, as transformers.js does', () => {
    const crossAttentions = attentions({ steps: 4, firstRows: 1, layers: 1, heads: 1, positions: 50, seed: 5 });
    expect(() => tokenTimestamps(crossAttentions as unknown as TensorLike[][], [[0, 0]], null, 4, 5)).toThrow('Window size must be a positive odd number');
  });
});
