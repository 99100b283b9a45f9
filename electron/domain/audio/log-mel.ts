/**
 * Whisper's log-mel features, equal to transformers.js 2.17.2's WhisperFeatureExtractor but
 * computing only the frames that touch real audio.
 *
 * transformers.js pads every clip to 30 s with zeros, centres it with `n_fft/2` samples of
 * reflect padding on each side and takes the STFT of all 3000 frames. A frame whose 400
 * samples are all padding zeros has power 0 in every bin, so its mel value is the floor:
 * log10(float32(1e-10)). After the global clamp (every value is raised to at least
 * max - 8, where max is taken over all frames, padding included) and the (x + 4) / 4 scaling,
 * each such frame is the constant (max(floor, max - 8) + 4) / 4. Only frames whose window
 * reaches an index below the clip's length (directly, or through the reflection at the start;
 * the reflection at the end mirrors samples 479959..479998, which only a clip of nearly 30 s
 * has) need an FFT: ceil((length + 200) / 160) frames instead of 3000.
 */
import { RealPowerSpectrum } from './fft';

/** The preprocessor_config.json values the features depend on (mel_filters as the extractor holds them). */
export interface WhisperFeatureConfig {
  feature_size: number;
  n_fft: number;
  hop_length: number;
  /** Samples in one window (chunk_length * sampling_rate, 480000). */
  n_samples: number;
  /** Frames in one window (3000). */
  nb_max_frames: number;
  /** feature_size rows of n_fft/2 + 1 weights: the model's own filters, or the ones transformers.js computed for it. */
  mel_filters: ArrayLike<number>[];
}

/** transformers.js's `mel_floor`: mel energies are raised to this before the log. */
const MEL_FLOOR = 1e-10;
/** Whisper keeps 8 decades (80 dB) below the loudest value. */
const DYNAMIC_RANGE = 8;

/** The periodic Hann window exactly as transformers.js builds it (hanning(n + 1) without its last point). */
function hannWindow(n: number): Float64Array {
  const denom = n;
  const factor = Math.PI / denom;
  const window = new Float64Array(n);
  for (let i = 0; i < n; i++) window[i] = 0.5 + 0.5 * Math.cos(factor * (2 * i - denom));
  return window;
}

/** Each filter's nonzero stretch; skipping zero weights leaves every sum bit-identical. */
interface SparseFilter {
  start: number;
  weights: Float64Array;
}

function sparseFilters(filters: ArrayLike<number>[], bins: number): SparseFilter[] {
  return filters.map((row, i) => {
    if (row.length !== bins) throw new RangeError(`mel filter ${i} has ${row.length} weights; expected ${bins} (n_fft / 2 + 1)`);
    let start = 0;
    while (start < bins && row[start] === 0) start++;
    let end = bins;
    while (end > start && row[end - 1] === 0) end--;
    return { start, weights: Float64Array.from({ length: end - start }, (_, k) => row[start + k]!) };
  });
}

/** A reusable Whisper log-mel extractor for one preprocessor config. */
export class WhisperLogMel {
  readonly config: WhisperFeatureConfig;
  private readonly window: Float64Array;
  private readonly spectrum: RealPowerSpectrum;
  private readonly filters: SparseFilter[];
  private readonly frame: Float64Array;
  private readonly power: Float64Array;
  /** Reflect padding on each side: floor((n_fft - 1) / 2) + 1, as transformers.js computes it. */
  private readonly pad: number;
  /** The log10 mel value of a frame of zeros, before the clamp and scaling. */
  readonly silentLogMel: number;

  constructor(config: WhisperFeatureConfig) {
    const { n_fft, hop_length, n_samples, nb_max_frames, feature_size, mel_filters } = config;
    this.pad = Math.floor((n_fft - 1) / 2) + 1;
    const frames = Math.floor(1 + Math.floor((n_samples + 2 * this.pad - n_fft) / hop_length));
    // transformers.js truncates to nb_max_frames; with fewer frames its own layout breaks, so refuse.
    if (frames < nb_max_frames) throw new RangeError(`a ${n_samples}-sample window gives ${frames} frames, fewer than nb_max_frames (${nb_max_frames})`);
    if (mel_filters.length !== feature_size) throw new RangeError(`expected ${feature_size} mel filters, got ${mel_filters.length}`);
    this.config = config;
    this.window = hannWindow(n_fft);
    this.spectrum = new RealPowerSpectrum(n_fft);
    this.filters = sparseFilters(mel_filters, this.spectrum.bins);
    this.frame = new Float64Array(n_fft);
    this.power = new Float64Array(this.spectrum.bins);
    this.silentLogMel = Math.fround(Math.log10(Math.fround(MEL_FLOOR)));
  }

  /** How many leading frames touch the first `length` samples; every later frame is all padding zeros. */
  framesWithAudio(length: number): number {
    const { hop_length, n_fft, n_samples, nb_max_frames } = this.config;
    const n = Math.min(length, n_samples);
    if (n === 0) return 0;
    let count = Math.min(nb_max_frames, Math.ceil((n + this.pad) / hop_length));
    // Near 30 s the reflection at the end brings audio back into the last frames.
    for (let f = count; f < nb_max_frames; f++) {
      const lastIndex = f * hop_length - this.pad + n_fft - 1;
      const mirrored = lastIndex > n_samples - 1 ? 2 * (n_samples - 1) - lastIndex : Infinity;
      if (mirrored < n) count = f + 1;
    }
    return count;
  }

  /** Features of one clip (the first n_samples are used), laid out [feature_size][nb_max_frames] like transformers.js. */
  compute(audio: Float32Array | Float64Array): Float32Array {
    const { feature_size, hop_length, n_fft, n_samples, nb_max_frames } = this.config;
    const n = Math.min(audio.length, n_samples);
    const computed = this.framesWithAudio(n);
    const signal = this.paddedPrefix(audio, n, computed);
    const out = new Float32Array(feature_size * nb_max_frames);
    const { frame, power, window, filters } = this;
    let max = -Infinity;
    for (let f = 0; f < computed; f++) {
      const offset = f * hop_length;
      for (let j = 0; j < n_fft; j++) frame[j] = signal[offset + j]! * window[j]!;
      this.spectrum.compute(frame, power);
      for (let m = 0; m < feature_size; m++) {
        const { start, weights } = filters[m]!;
        let sum = 0;
        for (let k = 0; k < weights.length; k++) sum += weights[k]! * power[start + k]!;
        // Rounded to float32 twice, where transformers.js stores into its Float32Array.
        const value = Math.fround(Math.log10(Math.fround(Math.max(MEL_FLOOR, sum))));
        out[m * nb_max_frames + f] = value;
        if (value > max) max = value;
      }
    }
    if (computed < nb_max_frames && this.silentLogMel > max) max = this.silentLogMel;
    const floor = max - DYNAMIC_RANGE;
    const silent = (Math.max(this.silentLogMel, floor) + 4) / 4;
    for (let m = 0; m < feature_size; m++) {
      const row = m * nb_max_frames;
      for (let f = 0; f < computed; f++) out[row + f] = (Math.max(out[row + f]!, floor) + 4) / 4;
      out.fill(silent, row + computed, row + nb_max_frames);
    }
    return out;
  }

  /**
   * The zero-padded, reflect-padded signal as far as the computed frames read it:
   * padded[pad + t] = x[t], padded[pad - i] = x[i], padded[pad + N - 1 + i] = x[N - 1 - i],
   * with x the clip padded with zeros to N = n_samples.
   */
  private paddedPrefix(audio: Float32Array | Float64Array, n: number, frames: number): Float32Array | Float64Array {
    const { hop_length, n_fft, n_samples } = this.config;
    const length = frames === 0 ? 0 : (frames - 1) * hop_length + n_fft;
    // Float32 as transformers.js holds it (it copies into a Float32Array), except a longer
    // Float64 clip, which it slices and so keeps in double precision.
    const padded = audio.length > n_samples && audio instanceof Float64Array ? new Float64Array(length) : new Float32Array(length);
    const pad = this.pad;
    if (length === 0) return padded;
    // The clip itself, then the reflections at the start and (for a clip of nearly 30 s) the end.
    padded.set(audio.subarray(0, Math.max(0, Math.min(n, length - pad))), pad);
    const x = (t: number) => (t < n ? audio[t]! : 0);
    for (let i = 1; i <= pad && pad - i < length; i++) padded[pad - i] = x(i);
    for (let i = pad + n_samples; i < length; i++) padded[i] = x(2 * (n_samples - 1) - (i - pad));
    return padded;
  }
}
