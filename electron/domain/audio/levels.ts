/** Short-time loudness of 16 kHz mono audio, shared by silence trimming and delivery metrics. */

/** Frame length for loudness: 20 ms is short enough to see gaps between words. */
export const FRAME_SEC = 0.02;

/** Quietest level reported, so digital silence does not become -Infinity. */
export const FLOOR_DBFS = -100;

/** Converts an RMS amplitude (full scale = 1) to dBFS. */
export function toDbfs(rms: number): number {
  return rms > 0 ? Math.max(FLOOR_DBFS, 20 * Math.log10(rms)) : FLOOR_DBFS;
}

/** RMS level in dBFS of each consecutive 20 ms frame. */
export function frameLevels(samples: Float32Array, sampleRate: number): Float32Array {
  const size = Math.max(1, Math.round(sampleRate * FRAME_SEC));
  const count = Math.ceil(samples.length / size);
  const levels = new Float32Array(count);
  for (let f = 0; f < count; f++) {
    const end = Math.min(samples.length, (f + 1) * size);
    let sum = 0;
    for (let i = f * size; i < end; i++) sum += samples[i]! * samples[i]!;
    levels[f] = toDbfs(Math.sqrt(sum / Math.max(1, end - f * size)));
  }
  return levels;
}

/** The value below which `fraction` of the sorted values fall. */
export function percentile(values: ArrayLike<number>, fraction: number): number {
  const sorted = Array.from(values).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(fraction * sorted.length)))]!;
}
