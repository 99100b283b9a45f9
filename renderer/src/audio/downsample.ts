/** The capture format Attune's speech pipeline expects: mono Float32 at 16 kHz. */
import { SAMPLE_RATE } from '../../../shared/audio';

/**
 * Resamples mono samples from `fromRate` to 16 kHz. Each output sample averages the input
 * samples it covers (a box low-pass), which keeps speech intelligible without aliasing hiss;
 * rates at or below 16 kHz are linearly interpolated.
 */
export function downsampleTo16k(input: Float32Array, fromRate: number): Float32Array {
  if (fromRate === SAMPLE_RATE) return input.slice();
  const ratio = fromRate / SAMPLE_RATE;
  const length = Math.floor(input.length / ratio);
  const output = new Float32Array(length);
  if (ratio < 1) {
    for (let i = 0; i < length; i++) {
      const x = i * ratio;
      const i0 = Math.floor(x);
      const i1 = Math.min(i0 + 1, input.length - 1);
      output[i] = (input[i0] ?? 0) + ((input[i1] ?? 0) - (input[i0] ?? 0)) * (x - i0);
    }
    return output;
  }
  for (let i = 0; i < length; i++) {
    const start = Math.floor(i * ratio);
    const end = Math.min(Math.floor((i + 1) * ratio), input.length);
    let sum = 0;
    for (let j = start; j < end; j++) sum += input[j] ?? 0;
    output[i] = end > start ? sum / (end - start) : 0;
  }
  return output;
}

/** Joins recorded blocks into one array. */
export function concatBlocks(blocks: Float32Array[]): Float32Array {
  const total = blocks.reduce((n, b) => n + b.length, 0);
  const out = new Float32Array(total);
  let offset = 0;
  for (const block of blocks) {
    out.set(block, offset);
    offset += block.length;
  }
  return out;
}
