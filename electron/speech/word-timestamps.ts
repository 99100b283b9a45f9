/**
 * Word timestamps from Whisper's cross-attentions, when the loaded model can give them.
 *
 * transformers.js 2.17.2 computes them with `return_timestamps: 'word'`, which needs a merged
 * decoder exported with attention outputs (`decoder_attentions.*`, `cross_attentions.*`) and
 * `alignment_heads` in generation_config.json; without them it throws mid-run. So support is read
 * from the loaded model (no trial run), and a word run that throws anyway falls back to a plain
 * timestamped run: the transcript then gets word times estimated from its segments.
 */
import type { RawChunk } from './protocol';
import { tokenTimestamps } from './token-timestamps';
import { decodeSegments, decoderOutputNames, patchTokenTimestamps, type PipelineWindow, type TensorClass, type WhisperPipeline } from './transformers-adapter';

/** Whether a loaded model gives word timestamps, and if not, why. */
export type WordSupport = { available: true } | { available: false; reason: string };

/** What one transcription produced: segment chunks always, word chunks when the model gave them. */
export interface AsrResult {
  text: string;
  chunks: RawChunk[];
  words: RawChunk[] | null;
  /** Why a word run failed and the plain run was used instead (null when it did not fail). */
  wordError: string | null;
}

/** Reads from the loaded model whether `return_timestamps: 'word'` can work, without running it. */
export function wordTimestampSupport(asr: WhisperPipeline): WordSupport {
  const { config, generation_config } = asr.model;
  const heads = generation_config?.alignment_heads;
  if (!Array.isArray(heads) || heads.length === 0) return { available: false, reason: 'generation_config.json has no alignment_heads' };
  // Read defensively: this runs while the model loads, and must never stop a transcription.
  const outputs = new Set<string>(decoderOutputNames(asr));
  // transformers.js collects both kinds once output_attentions is on, and throws if either is missing.
  if (![...outputs].some((name) => name.startsWith('decoder_attentions.'))) {
    return { available: false, reason: 'the merged decoder does not output decoder_attentions (exported without output_attentions)' };
  }
  for (const head of heads) {
    const [layer, index] = Array.isArray(head) ? (head as unknown[]) : [];
    if (!Number.isInteger(layer) || !Number.isInteger(index) || (index as number) < 0 || (index as number) >= config.decoder_attention_heads) {
      return { available: false, reason: `alignment head ${JSON.stringify(head)} is not a [layer, head] of this decoder` };
    }
    if (!outputs.has(`cross_attentions.${layer as number}`)) {
      return { available: false, reason: `the merged decoder does not output cross_attentions.${layer as number}` };
    }
  }
  return { available: true };
}

const installed = new WeakMap<WhisperPipeline, WordSupport>();

/**
 * Checks once whether this pipeline gives word timestamps and, when it does, replaces
 * transformers.js's token-timestamp step with `tokenTimestamps` (same numbers, a fraction of the
 * time; see token-timestamps.ts). One difference is deliberate: transformers.js 2.17.2 keeps
 * `num_frames` encoder positions, but an encoder position spans two feature frames (Hugging
 * Face's Python and openai/whisper keep num_frames // 2), so its time warping would also stretch
 * over as much silent padding as there is audio. A missing `median_filter_width` becomes 7, the
 * value transformers.js falls back to (with a warning on every window).
 */
export function installWordTimestamps(asr: WhisperPipeline, Tensor: TensorClass): WordSupport {
  let support = installed.get(asr);
  if (support) return support;
  support = wordTimestampSupport(asr);
  if (support.available) {
    patchTokenTimestamps(asr, Tensor, (steps, heads, numFrames, medianFilterWidth, length, timePrecision) =>
      tokenTimestamps(steps, heads, numFrames ? Math.floor(numFrames / 2) : null, medianFilterWidth, length, timePrecision),
    );
  }
  installed.set(asr, support);
  return support;
}

/** Options for one transcription. */
export interface RunOptions {
  /** Window and stride for audio over 30 s; null for one window. */
  chunking: { chunk_length_s: number; stride_length_s: number } | null;
  /** Called after each window with the number of windows done in this run. */
  onWindow(done: number): void;
}

/**
 * Transcribes with segment timestamps, and word timestamps from the model when it supports them
 * (as found by `installWordTimestamps`, which must have run on this pipeline for word times).
 * One word run gives both: its windows' tokens (timestamp tokens included) are decoded a second
 * time at segment level, which costs a tokenizer pass, not another inference.
 */
export async function transcribeWindows(asr: WhisperPipeline, samples: Float32Array, options: RunOptions): Promise<AsrResult> {
  let wordError: string | null = null;
  if (installed.get(asr)?.available) {
    try {
      return await wordRun(asr, samples, options);
    } catch (error) {
      wordError = error instanceof Error ? error.message : String(error);
    }
  }
  let done = 0;
  const output = await asr(samples, { ...options.chunking, return_timestamps: true, chunk_callback: () => options.onWindow(++done) });
  return { text: output.text, chunks: output.chunks ?? [], words: null, wordError };
}

async function wordRun(asr: WhisperPipeline, samples: Float32Array, options: RunOptions): Promise<AsrResult> {
  const windows: PipelineWindow[] = [];
  const output = await asr(samples, {
    ...options.chunking,
    return_timestamps: 'word',
    chunk_callback: (window: PipelineWindow) => {
      // Only what the segment decode reads (the window also holds its log-mel features).
      windows.push({ tokens: window.tokens, stride: window.stride });
      options.onWindow(windows.length);
    },
  });
  return { text: output.text, chunks: decodeSegments(asr, windows), words: output.chunks ?? [], wordError: null };
}
