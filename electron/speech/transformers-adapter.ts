/**
 * The one file that reaches into @xenova/transformers' private internals. Three patches make
 * Whisper fast and give it word times; each relies on a detail of 2.17.2 that is not public API:
 *
 *  1. the feature extractor's `_call` (callable objects dispatch to it): replaced so Attune's
 *     log-mel runs instead (log-mel-engine.ts says why);
 *  2. the model's `_extract_token_timestamps` and `config.median_filter_width`: replaced with
 *     Attune's token timestamps (token-timestamps.ts);
 *  3. the tokenizer's `_decode_asr` and the merged decoder session's `outputNames`: read to decode
 *     a word run's windows again at segment level, and to tell whether word times can work.
 *
 * `missingInternals` lists what an installed transformers.js lacks of these; its contract test
 * (test/electron/speech/transformers-adapter.spec.ts) loads a real pipeline and fails loudly when
 * an upgrade renames or reshapes any of them.
 */
import { WhisperLogMel, type WhisperFeatureConfig } from '../domain/audio/log-mel';
import type { RawChunk } from './protocol';
import type { TensorLike } from './token-timestamps';

/** The transformers.js version these patches were written against and tested with. */
export const TRANSFORMERS_VERSION = '2.17.2';

/** Which log-mel implementation a transcription uses. */
export type LogMelEngine = 'attune' | 'transformers';

/** transformers.js's Tensor constructor, as the patches create tensors. */
export type TensorClass = new (type: 'float32', data: Float32Array, dims: number[]) => unknown;

/** The parts of a transformers.js WhisperFeatureExtractor the log-mel patch relies on. */
export interface FeatureExtractor {
  config: WhisperFeatureConfig & { chunk_length: number };
  _call(audio: Float32Array | Float64Array): Promise<{ input_features: unknown }>;
}

/** A window as the pipeline hands it to `chunk_callback` (stride already in seconds). */
export interface PipelineWindow {
  tokens: number[];
  token_timestamps?: number[];
  stride: [number, number, number];
}

/** What transformers.js hands `_extract_token_timestamps`: per batch, per decoding step, per layer. */
export interface GenerateOutputs {
  cross_attentions: TensorLike[][][];
  sequences: number[][];
}

type DecodeAsr = (
  windows: PipelineWindow[],
  options: { time_precision: number; return_timestamps: boolean; force_full_sequences: boolean },
) => [string, { chunks?: RawChunk[] }];

/** The parts of a transformers.js Whisper pipeline Attune uses. */
export interface WhisperPipeline {
  (audio: Float32Array, options: Record<string, unknown>): Promise<{ text: string; chunks?: RawChunk[] }>;
  model: {
    config: { decoder_layers: number; decoder_attention_heads: number; max_source_positions: number; median_filter_width?: number };
    generation_config?: { alignment_heads?: unknown } | null;
    decoder_merged_session?: { outputNames?: readonly string[] };
    _extract_token_timestamps(outputs: GenerateOutputs, alignmentHeads: [number, number][], numFrames: number | null, timePrecision?: number): unknown;
  };
  tokenizer: { _decode_asr: DecodeAsr };
  processor: { feature_extractor: FeatureExtractor };
}

/** What of the internals above a loaded pipeline lacks; empty when every patch can apply. */
export function missingInternals(asr: unknown): string[] {
  const a = asr as Partial<WhisperPipeline> | null;
  const missing: string[] = [];
  const need = (ok: boolean, what: string) => void (ok || missing.push(what));
  const extractor = a?.processor?.feature_extractor;
  need(typeof extractor?._call === 'function', 'processor.feature_extractor._call');
  for (const key of ['feature_size', 'nb_max_frames', 'n_fft', 'hop_length', 'chunk_length', 'mel_filters'] as const) {
    need(extractor?.config?.[key] !== undefined, `processor.feature_extractor.config.${key}`);
  }
  need(typeof a?.model?._extract_token_timestamps === 'function', 'model._extract_token_timestamps');
  need(typeof a?.model?.config?.max_source_positions === 'number', 'model.config.max_source_positions');
  need(typeof a?.model?.config?.decoder_attention_heads === 'number', 'model.config.decoder_attention_heads');
  need(Array.isArray(a?.model?.decoder_merged_session?.outputNames), 'model.decoder_merged_session.outputNames');
  need(typeof a?.tokenizer?._decode_asr === 'function', 'tokenizer._decode_asr');
  return missing;
}

/**
 * Patch 1: replaces the extractor's `_call` with one that asks `engine()` on each call which
 * log-mel to run. Attune's (electron/domain/audio/log-mel.ts) computes only the frames that touch
 * audio and gives the same numbers; transformers.js computes the STFT of all 3000 frames of every
 * window (~235 ms even for 1 s of speech). Everything around it (30 s windows, strides,
 * timestamps) stays transformers.js's own, and its log-mel stays selectable for comparison.
 */
export function installLogMel(extractor: Pick<FeatureExtractor, '_call'> & { config: WhisperFeatureConfig }, Tensor: TensorClass, engine: () => LogMelEngine): void {
  const original = extractor._call.bind(extractor);
  // Built from the extractor's own config after its constructor ran, so mel_filters are the
  // model's (from preprocessor_config.json, or the ones transformers.js computed for it).
  const ours = new WhisperLogMel(extractor.config);
  const { feature_size, nb_max_frames } = extractor.config;
  extractor._call = async (audio) => {
    if (engine() === 'transformers') return original(audio);
    if (!(audio instanceof Float32Array || audio instanceof Float64Array)) throw new TypeError(`Whisper features need a Float32Array or Float64Array, got ${typeof audio}`);
    return { input_features: new Tensor('float32', ours.compute(audio), [1, feature_size, nb_max_frames]) };
  };
}

/**
 * Patch 2: replaces the model's token-timestamp step with `compute(outputs, heads, frames,
 * medianFilterWidth, timePrecision)`, which returns one time per token of each sequence. A
 * missing `median_filter_width` becomes 7, the value transformers.js falls back to (with a
 * warning on every window).
 */
export function patchTokenTimestamps(
  asr: Pick<WhisperPipeline, 'model'>,
  Tensor: TensorClass,
  compute: (steps: GenerateOutputs['cross_attentions'][number], heads: [number, number][], numFrames: number | null, medianFilterWidth: number, length: number, timePrecision: number) => Float32Array,
): void {
  const { model } = asr;
  model.config.median_filter_width ??= 7;
  model._extract_token_timestamps = (outputs, heads, numFrames, timePrecision = 0.02) => {
    const length = outputs.sequences[0]!.length;
    const data = new Float32Array(outputs.sequences.length * length);
    outputs.cross_attentions.forEach((steps, batch) => {
      data.set(compute(steps, heads, numFrames, model.config.median_filter_width!, length, timePrecision), batch * length);
    });
    return new Tensor('float32', data, [outputs.sequences.length, length]);
  };
}

/** Patch 3a: the merged decoder's output names (empty when the session does not say). */
export function decoderOutputNames(asr: Pick<WhisperPipeline, 'model'>): readonly string[] {
  return asr.model.decoder_merged_session?.outputNames ?? [];
}

/** Patch 3b: decodes a run's windows again at segment level with the tokenizer's own ASR decode (no inference). */
export function decodeSegments(asr: Pick<WhisperPipeline, 'tokenizer' | 'processor' | 'model'>, windows: PipelineWindow[]): RawChunk[] {
  // The same constant the pipeline passes for its own decode.
  const timePrecision = asr.processor.feature_extractor.config.chunk_length / asr.model.config.max_source_positions;
  const [, segments] = asr.tokenizer._decode_asr(windows, { time_precision: timePrecision, return_timestamps: true, force_full_sequences: false });
  return segments.chunks ?? [];
}
