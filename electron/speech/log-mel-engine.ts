/**
 * Puts Attune's log-mel (electron/domain/audio/log-mel.ts) in place of transformers.js's
 * WhisperFeatureExtractor inside a loaded pipeline, so everything the pipeline does around it
 * (30 s windows, strides, timestamps) stays transformers.js's own. transformers.js computes the
 * STFT of all 3000 frames of every window (~235 ms even for 1 s of speech); ours computes only
 * the frames that touch audio and gives the same numbers. Its path stays selectable for comparison.
 */
import { WhisperLogMel, type WhisperFeatureConfig } from '../domain/audio/log-mel';

/** Which log-mel implementation a transcription uses. */
export type LogMelEngine = 'attune' | 'transformers';

/** The parts of a transformers.js WhisperFeatureExtractor this relies on. */
interface FeatureExtractor {
  config: WhisperFeatureConfig;
  _call(audio: Float32Array | Float64Array): Promise<{ input_features: unknown }>;
}

type TensorClass = new (type: 'float32', data: Float32Array, dims: number[]) => unknown;

/**
 * Replaces the extractor's `_call` (transformers.js's callable objects dispatch to it) with one
 * that asks `engine()` on each call which implementation to run.
 */
export function installLogMel(extractor: FeatureExtractor, Tensor: TensorClass, engine: () => LogMelEngine): void {
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
