/**
 * Voice pitch by normalised autocorrelation, one estimate per 40 ms frame of voiced audio. Frames
 * without a clear period (breath, noise, consonants) give no estimate, so the result reflects
 * only confidently pitched speech.
 */
import { RealFft } from './fft';

const MIN_HZ = 70;
const MAX_HZ = 400;
/** A period must explain at least this much of the frame's energy to count. */
const MIN_CLARITY = 0.6;
const FRAME_SEC = 0.04;
/** Correlations closer than this are a tie, won by the shorter lag. */
const TIE = 1e-9;
/** One estimate every 80 ms: plenty for a variation statistic, at half the cost of every frame. */
const HOP_SEC = 0.08;

/**
 * Autocorrelation of one frame at every lag at once: the inverse FFT of its power spectrum,
 * with zero padding to at least size + maxLag so no lag wraps around. Delivery spent most of
 * its time on the direct sums (size x 190 lags per frame); two FFTs do it ~4x faster.
 */
class FrameAutocorrelation {
  private readonly fft: RealFft;
  private readonly buffer: Float64Array;
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  /** Running sum of squares over the frame, for each lag's two energies. */
  readonly energy: Float64Array;

  constructor(
    readonly size: number,
    maxLag: number,
  ) {
    let n = 2;
    while (n < size + maxLag + 1) n *= 2;
    this.fft = new RealFft(n);
    this.buffer = new Float64Array(n);
    this.re = new Float64Array(this.fft.bins);
    this.im = new Float64Array(this.fft.bins);
    this.energy = new Float64Array(size + 1);
  }

  /** Fills `lags` with sum_i x[i] x[i + lag] over the frame, lag = 0..lags.length - 1 (below n / 2). */
  compute(x: Float32Array, start: number, lags: Float64Array): void {
    const { buffer, re, im, energy, size } = this;
    const n = buffer.length;
    energy[0] = 0;
    for (let i = 0; i < size; i++) {
      buffer[i] = x[start + i]!;
      energy[i + 1] = energy[i]! + buffer[i]! * buffer[i]!;
    }
    buffer.fill(0, size);
    this.fft.transform(buffer, re, im);
    // The power spectrum is real and even, so its inverse DFT is its forward DFT over n.
    for (let k = 0; k <= n / 2; k++) {
      const power = re[k]! * re[k]! + im[k]! * im[k]!;
      buffer[k] = power;
      if (k > 0 && k < n / 2) buffer[n - k] = power;
    }
    this.fft.transform(buffer, re, im);
    for (let lag = 0; lag < lags.length; lag++) lags[lag] = re[lag]! / n;
  }
}

/** Estimated pitch (Hz) of one frame, or null if no clear period. */
function framePitch(x: Float32Array, start: number, sampleRate: number, auto: FrameAutocorrelation, lags: Float64Array): number | null {
  const size = auto.size;
  const minLag = Math.floor(sampleRate / MAX_HZ);
  const maxLag = lags.length - 1;
  auto.compute(x, start, lags);
  const energy = auto.energy;
  let best = -1;
  let bestLag = 0;
  for (let lag = minLag; lag <= maxLag; lag++) {
    // Energy of the frame's first size - lag samples, and of its last size - lag.
    const e0 = energy[size - lag]!;
    const e1 = energy[size]! - energy[lag]!;
    const r = e0 > 0 && e1 > 0 ? lags[lag]! / Math.sqrt(e0 * e1) : 0;
    // A steady tone correlates equally at one and two periods; rounding must not pick the octave below.
    if (r > best + TIE) {
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
  const maxLag = Math.min(Math.ceil(sampleRate / MIN_HZ), size - 1);
  const auto = new FrameAutocorrelation(size, maxLag);
  const lags = new Float64Array(maxLag + 1);
  for (let start = 0; start + size <= samples.length; start += hop) {
    const f = Math.floor(start / (sampleRate * 0.02));
    if (!voiced20ms[f] || !voiced20ms[f + 1]) continue;
    const hz = framePitch(samples, start, sampleRate, auto, lags);
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
