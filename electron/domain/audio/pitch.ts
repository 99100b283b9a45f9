/**
 * Voice pitch by normalised autocorrelation, one estimate per 40 ms of voiced audio. Frames
 * without a clear period (breath, noise, consonants) give no estimate, so the result reflects
 * only confidently pitched speech.
 */

const MIN_HZ = 70;
const MAX_HZ = 400;
/** A period must explain at least this much of the frame's energy to count. */
const MIN_CLARITY = 0.6;
const FRAME_SEC = 0.04;
/** One estimate every 80 ms: plenty for a variation statistic, at half the cost of every frame. */
const HOP_SEC = 0.08;

/** Estimated pitch (Hz) of one frame, or null if no clear period. */
function framePitch(x: Float32Array, start: number, size: number, sampleRate: number): number | null {
  const minLag = Math.floor(sampleRate / MAX_HZ);
  const maxLag = Math.min(Math.ceil(sampleRate / MIN_HZ), size - 1);
  let best = -1;
  let bestLag = 0;
  for (let lag = minLag; lag <= maxLag; lag++) {
    let cross = 0;
    let e0 = 0;
    let e1 = 0;
    for (let i = start; i < start + size - lag; i++) {
      const a = x[i]!;
      const b = x[i + lag]!;
      cross += a * b;
      e0 += a * a;
      e1 += b * b;
    }
    const r = e0 > 0 && e1 > 0 ? cross / Math.sqrt(e0 * e1) : 0;
    if (r > best) {
      best = r;
      bestLag = lag;
    }
  }
  return best >= MIN_CLARITY && bestLag > 0 ? sampleRate / bestLag : null;
}

/** Pitch estimates (Hz) for 40 ms frames, every 80 ms, whose `voiced` flag (per 20 ms frame) is set. */
export function pitchTrack(samples: Float32Array, sampleRate: number, voiced20ms: boolean[]): number[] {
  const size = Math.round(FRAME_SEC * sampleRate);
  const pitches: number[] = [];
  const hop = Math.round(HOP_SEC * sampleRate);
  for (let start = 0; start + size <= samples.length; start += hop) {
    const f = Math.floor(start / (sampleRate * 0.02));
    if (!voiced20ms[f] || !voiced20ms[f + 1]) continue;
    const hz = framePitch(samples, start, size, sampleRate);
    if (hz !== null) pitches.push(hz);
  }
  return pitches;
}

/** Standard deviation of pitch in semitones around its median; null with too few pitched frames. */
export function pitchVariationSemitones(pitches: number[]): number | null {
  if (pitches.length < 5) return null;
  const sorted = [...pitches].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const semis = pitches.map((hz) => 12 * Math.log2(hz / median));
  const mean = semis.reduce((s, v) => s + v, 0) / semis.length;
  return Math.sqrt(semis.reduce((s, v) => s + (v - mean) ** 2, 0) / semis.length);
}
