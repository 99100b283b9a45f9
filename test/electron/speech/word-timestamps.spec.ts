import { Tensor } from '@xenova/transformers';
import { describe, expect, it, vi } from 'vitest';
import type { RawChunk } from '../../../electron/speech/protocol';
import { tokenTimestamps } from '../../../electron/speech/token-timestamps';
import { installWordTimestamps, transcribeWindows, wordTimestampSupport } from '../../../electron/speech/word-timestamps';
import type { WhisperPipeline } from '../../../electron/speech/transformers-adapter';

const SEGMENTS: RawChunk[] = [{ timestamp: [0, 1], text: ' hello there' }];
const WORDS: RawChunk[] = [
  { timestamp: [0.1, 0.4], text: ' hello' },
  { timestamp: [0.5, 0.9], text: ' there' },
];

/**
 * A stand-in for a transformers.js Whisper pipeline with the fields these functions read. Its
 * call behaves like the real one: it hands each window to chunk_callback, and returns words or
 * segments by return_timestamps.
 */
function fakePipeline(opts: { outputs: string[]; alignmentHeads?: unknown; wordRunThrows?: boolean }) {
  const calls: Record<string, unknown>[] = [];
  const original = vi.fn();
  const model = {
    config: { decoder_layers: 1, decoder_attention_heads: 2, max_source_positions: 1500 } as WhisperPipeline['model']['config'],
    generation_config: opts.alignmentHeads === undefined ? {} : { alignment_heads: opts.alignmentHeads },
    decoder_merged_session: { outputNames: opts.outputs },
    _extract_token_timestamps: original as WhisperPipeline['model']['_extract_token_timestamps'],
  };
  const decodeAsr = vi.fn((_windows: unknown[], o: { return_timestamps: boolean }): [string, { chunks?: RawChunk[] }] => [' hello there', { chunks: o.return_timestamps ? SEGMENTS : [] }]);
  const call = async (_audio: Float32Array, options: Record<string, unknown>) => {
    calls.push(options);
    const word = options.return_timestamps === 'word';
    (options.chunk_callback as (w: unknown) => void)({ tokens: [1, 2, 3], token_timestamps: [0, 0.1, 0.5], stride: [10, 0, 0], input_features: 'big' });
    // As if the first window went through and the second one failed.
    if (word && opts.wordRunThrows) throw new Error('Model outputs must contain cross attentions to extract timestamps.');
    return { text: ' hello there', chunks: word ? WORDS : SEGMENTS };
  };
  const asr = Object.assign(call, {
    model,
    tokenizer: { _decode_asr: decodeAsr },
    processor: { feature_extractor: { config: { chunk_length: 30 } } },
  }) as unknown as WhisperPipeline;
  installWordTimestamps(asr, Tensor);
  return { asr, calls, decodeAsr, original };
}

const WITH_ATTENTIONS = ['logits', 'present.0.decoder.key', 'decoder_attentions.0', 'cross_attentions.0'];
const WITHOUT = ['logits', 'present.0.decoder.key', 'present.0.decoder.value'];

describe('wordTimestampSupport', () => {
  it.each([
    ['attention outputs and alignment heads', WITH_ATTENTIONS, [[0, 1]], null],
    ['no alignment_heads', WITH_ATTENTIONS, undefined, 'generation_config.json has no alignment_heads'],
    ['empty alignment_heads', WITH_ATTENTIONS, [], 'generation_config.json has no alignment_heads'],
    ['no attention outputs (a default export)', WITHOUT, [[0, 1]], 'the merged decoder does not output decoder_attentions (exported without output_attentions)'],
    ['cross-attentions of another layer only', ['decoder_attentions.0', 'cross_attentions.0'], [[3, 1]], 'the merged decoder does not output cross_attentions.3'],
    ['a head the decoder does not have', WITH_ATTENTIONS, [[0, 5]], 'alignment head [0,5] is not a [layer, head] of this decoder'],
  ])('%s', (_label, outputs, alignmentHeads, reason) => {
    const { asr } = fakePipeline({ outputs, alignmentHeads });
    expect(wordTimestampSupport(asr)).toEqual(reason === null ? { available: true } : { available: false, reason });
  });
});

describe('wordTimestampSupport, read defensively', () => {
  it('says no for a model object without a merged decoder session, instead of throwing while the model loads', () => {
    const { asr } = fakePipeline({ outputs: WITH_ATTENTIONS, alignmentHeads: [[0, 1]] });
    const model = { ...asr.model, decoder_merged_session: undefined };
    expect(wordTimestampSupport(Object.assign(asr, { model }))).toEqual({
      available: false,
      reason: 'the merged decoder does not output decoder_attentions (exported without output_attentions)',
    });
  });
});

describe('transcribeWindows', () => {
  const run = (asr: WhisperPipeline, onWindow = vi.fn()) => transcribeWindows(asr, new Float32Array(16000), { chunking: null, onWindow });

  it('asks for words when the model has cross-attentions, and decodes segments from the same windows (no second inference)', async () => {
    const { asr, calls, decodeAsr } = fakePipeline({ outputs: WITH_ATTENTIONS, alignmentHeads: [[0, 1]] });
    const onWindow = vi.fn();
    const result = await run(asr, onWindow);
    expect(result).toEqual({ text: ' hello there', chunks: SEGMENTS, words: WORDS, wordError: null });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.return_timestamps).toBe('word');
    expect(onWindow).toHaveBeenCalledWith(1);
    // Segment-level decode of the captured tokens with the pipeline's time precision (30 s / 1500).
    expect(decodeAsr).toHaveBeenCalledWith([{ tokens: [1, 2, 3], stride: [10, 0, 0] }], { time_precision: 0.02, return_timestamps: true, force_full_sequences: false });
  });

  it("computes token times with tokenTimestamps over the audio's encoder positions (half its feature frames), as Hugging Face's Python does", () => {
    const { asr, original } = fakePipeline({ outputs: WITH_ATTENTIONS, alignmentHeads: [[0, 1]] });
    expect(asr.model.config.median_filter_width).toBe(7);
    const steps = Array.from({ length: 6 }, (_, step) => {
      const data = new Float32Array(2 * 100).map((_, i) => (Math.abs((i % 100) - step * 18) < 5 ? 1 : 0.01));
      return [{ data, dims: [1, 2, 1, 100] }];
    });
    const outputs = { cross_attentions: [steps], sequences: [[1, 2, 3, 4, 5, 6, 7]] };
    const result = asr.model._extract_token_timestamps(outputs, [[0, 1]], 120) as { data: Float32Array; dims: number[] };
    expect(original).not.toHaveBeenCalled();
    expect(result.dims).toEqual([1, 7]);
    expect(Array.from(result.data)).toEqual(Array.from(tokenTimestamps(steps, [[0, 1]], 60, 7, 7)));
    expect(Array.from(result.data)).not.toEqual(Array.from(tokenTimestamps(steps, [[0, 1]], 120, 7, 7)));
  });

  it('keeps the plain timestamped run (estimated words) when the model cannot give word times', async () => {
    const { asr, calls, original } = fakePipeline({ outputs: WITHOUT, alignmentHeads: [[0, 1]] });
    expect(await run(asr)).toEqual({ text: ' hello there', chunks: SEGMENTS, words: null, wordError: null });
    expect(calls.map((c) => c.return_timestamps)).toEqual([true]);
    // Nothing of transformers.js was replaced for a model without word timestamps.
    expect(asr.model._extract_token_timestamps).toBe(original);
    expect(asr.model.config.median_filter_width).toBeUndefined();
  });

  it('falls back to a plain run, saying why, when a word run throws anyway (the service logs it)', async () => {
    const { asr, calls } = fakePipeline({ outputs: WITH_ATTENTIONS, alignmentHeads: [[0, 1]], wordRunThrows: true });
    const onWindow = vi.fn();
    expect(await run(asr, onWindow)).toEqual({
      text: ' hello there',
      chunks: SEGMENTS,
      words: null,
      wordError: 'Model outputs must contain cross attentions to extract timestamps.',
    });
    expect(calls.map((c) => c.return_timestamps)).toEqual(['word', true]);
    // Progress restarts with the second run instead of counting past the total.
    expect(onWindow.mock.calls).toEqual([[1], [1]]);
  });
});
