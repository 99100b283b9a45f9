/**
 * A mixed-radix FFT for the sizes speech features need (Whisper's n_fft is 400 = 2^4 * 5^2).
 *
 * Why hand-written: the well-kept JavaScript FFTs (fft.js, PFFFT) handle powers of two or
 * multiples of 32 only, and transformers.js reaches 400 through a chirp-z transform over 1024
 * points, several times the work. This is a self-sorting (Stockham) complex FFT with radix 4,
 * 2, 5 and a generic radix for other primes, precomputed twiddles and reused buffers; a real
 * input of even length n runs as one complex FFT of n/2.
 */
import { radix2, radix4, radix5 } from './fft-butterflies';

/** One radix stage: combines `span`-point DFTs into `span * radix`-point ones. */
interface Stage {
  radix: number;
  span: number;
  /** Twiddles w_{span*radix}^{u*k} for k < span, u < radix, as [re, im] pairs, k-major. */
  twiddles: Float64Array;
}

/** Radices in the order they are tried; any other prime factor gets the generic butterfly. */
function factorize(n: number): number[] {
  const factors: number[] = [];
  let rest = n;
  for (const p of [4, 2, 3, 5]) {
    while (rest % p === 0) {
      factors.push(p);
      rest /= p;
    }
  }
  for (let p = 7; rest > 1; p += 2) {
    while (rest % p === 0) {
      factors.push(p);
      rest /= p;
    }
  }
  return factors;
}

/** Complex FFT of a fixed size (forward, unnormalised), on split re/im arrays. */
export class ComplexFft {
  readonly size: number;
  private readonly stages: Stage[] = [];
  private readonly bufRe: Float64Array;
  private readonly bufIm: Float64Array;
  /** cos/sin of 2*pi*j/p for the generic butterflies, keyed by radix. */
  private readonly roots = new Map<number, { cos: Float64Array; sin: Float64Array }>();
  private readonly scratchRe: Float64Array;
  private readonly scratchIm: Float64Array;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`FFT size must be a positive integer, got ${size}`);
    this.size = size;
    this.bufRe = new Float64Array(size);
    this.bufIm = new Float64Array(size);
    let span = 1;
    for (const radix of factorize(size)) {
      const full = span * radix;
      const twiddles = new Float64Array(2 * span * radix);
      for (let k = 0; k < span; k++) {
        for (let u = 0; u < radix; u++) {
          const angle = (-2 * Math.PI * u * k) / full;
          twiddles[2 * (k * radix + u)] = Math.cos(angle);
          twiddles[2 * (k * radix + u) + 1] = Math.sin(angle);
        }
      }
      this.stages.push({ radix, span, twiddles });
      if (radix !== 2 && radix !== 4 && radix !== 5 && !this.roots.has(radix)) {
        const cos = new Float64Array(radix);
        const sin = new Float64Array(radix);
        for (let j = 0; j < radix; j++) {
          cos[j] = Math.cos((2 * Math.PI * j) / radix);
          sin[j] = Math.sin((2 * Math.PI * j) / radix);
        }
        this.roots.set(radix, { cos, sin });
      }
      span = full;
    }
    const widest = Math.max(1, ...this.stages.map((s) => s.radix));
    this.scratchRe = new Float64Array(widest);
    this.scratchIm = new Float64Array(widest);
  }

  /** Transforms re/im in place. */
  transform(re: Float64Array, im: Float64Array): void {
    let srcRe = re;
    let srcIm = im;
    let dstRe = this.bufRe;
    let dstIm = this.bufIm;
    for (const stage of this.stages) {
      this.stage(stage, srcRe, srcIm, dstRe, dstIm);
      [srcRe, dstRe] = [dstRe, srcRe];
      [srcIm, dstIm] = [dstIm, srcIm];
    }
    if (srcRe !== re) {
      re.set(srcRe);
      im.set(srcIm);
    }
  }

  /**
   * X'[k + span*q, r] = sum_u w_radix^{uq} * (w^{uk} X[k, r + u*rest]), where X[k, r] lives at
   * k*(size/span) + r: natural order at both ends, so no bit reversal.
   */
  private stage({ radix, span, twiddles }: Stage, xr: Float64Array, xi: Float64Array, yr: Float64Array, yi: Float64Array): void {
    const rest = this.size / (span * radix);
    if (radix === 4) radix4(span, rest, twiddles, xr, xi, yr, yi);
    else if (radix === 2) radix2(span, rest, twiddles, xr, xi, yr, yi);
    else if (radix === 5) radix5(span, rest, twiddles, xr, xi, yr, yi);
    else this.generic(radix, span, rest, twiddles, xr, xi, yr, yi);
  }

  /** Any other radix: twiddle the inputs, then a direct radix-point DFT. */
  private generic(radix: number, span: number, rest: number, twiddles: Float64Array, xr: Float64Array, xi: Float64Array, yr: Float64Array, yi: Float64Array): void {
    const { cos, sin } = this.roots.get(radix)!;
    const ar = this.scratchRe;
    const ai = this.scratchIm;
    for (let k = 0; k < span; k++) {
      const tw = 2 * k * radix;
      const inBase = k * rest * radix;
      for (let r = 0; r < rest; r++) {
        for (let u = 0; u < radix; u++) {
          const tr = xr[inBase + r + u * rest]!, ti = xi[inBase + r + u * rest]!;
          const wr = twiddles[tw + 2 * u]!, wi = twiddles[tw + 2 * u + 1]!;
          ar[u] = tr * wr - ti * wi;
          ai[u] = tr * wi + ti * wr;
        }
        for (let q = 0; q < radix; q++) {
          let sr = 0;
          let si = 0;
          for (let u = 0, j = 0; u < radix; u++, j = (j + q) % radix) {
            // w_radix^{uq} = cos(2 pi j / radix) - i sin(2 pi j / radix), j = uq mod radix.
            sr += ar[u]! * cos[j]! + ai[u]! * sin[j]!;
            si += ai[u]! * cos[j]! - ar[u]! * sin[j]!;
          }
          const o = (k + span * q) * rest + r;
          yr[o] = sr;
          yi[o] = si;
        }
      }
    }
  }
}

/** Forward FFT of real frames of a fixed even length n: bins k = 0..n/2 (the rest mirror them). */
export class RealFft {
  readonly size: number;
  readonly bins: number;
  private readonly half: ComplexFft;
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  /** cos/sin of -2*pi*k/n, the twiddles that split the half-size result into even and odd parts. */
  private readonly wr: Float64Array;
  private readonly wi: Float64Array;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 2 || size % 2 !== 0) throw new RangeError(`real FFT size must be even, got ${size}`);
    this.size = size;
    this.bins = size / 2 + 1;
    const m = size / 2;
    this.half = new ComplexFft(m);
    this.re = new Float64Array(m);
    this.im = new Float64Array(m);
    this.wr = new Float64Array(m + 1);
    this.wi = new Float64Array(m + 1);
    for (let k = 0; k <= m; k++) {
      this.wr[k] = Math.cos((-2 * Math.PI * k) / size);
      this.wi[k] = Math.sin((-2 * Math.PI * k) / size);
    }
  }

  /** Writes X[k] for k = 0..n/2 of the real frame `input` (length n) into `outRe` and `outIm` (length n/2 + 1 each). */
  transform(input: Float64Array, outRe: Float64Array, outIm: Float64Array): void {
    const m = this.size / 2;
    const { re, im, wr, wi } = this;
    // Even samples as the real part, odd as the imaginary part: one half-size complex FFT.
    for (let j = 0; j < m; j++) {
      re[j] = input[2 * j]!;
      im[j] = input[2 * j + 1]!;
    }
    this.half.transform(re, im);
    for (let k = 0; k <= m; k++) {
      const a = k % m;
      const b = (m - k) % m;
      const zr = re[a]!, zi = im[a]!;
      const cr = re[b]!, ci = -im[b]!;
      // Even part E = (Z[k] + conj Z[m-k]) / 2, odd part O = (Z[k] - conj Z[m-k]) / 2i.
      const er = 0.5 * (zr + cr), ei = 0.5 * (zi + ci);
      const or = 0.5 * (zi - ci), oi = -0.5 * (zr - cr);
      outRe[k] = er + wr[k]! * or - wi[k]! * oi;
      outIm[k] = ei + wr[k]! * oi + wi[k]! * or;
    }
  }
}

/** Power spectrum |X[k]|^2, k = 0..n/2, of real frames of a fixed even length n. */
export class RealPowerSpectrum {
  readonly size: number;
  readonly bins: number;
  private readonly fft: RealFft;
  private readonly re: Float64Array;
  private readonly im: Float64Array;

  constructor(size: number) {
    this.fft = new RealFft(size);
    this.size = size;
    this.bins = this.fft.bins;
    this.re = new Float64Array(this.bins);
    this.im = new Float64Array(this.bins);
  }

  /** Writes |X[k]|^2 for k = 0..n/2 of the real frame `input` (length n) into `out` (length n/2 + 1). */
  compute(input: Float64Array, out: Float64Array): void {
    const { re, im } = this;
    this.fft.transform(input, re, im);
    for (let k = 0; k < this.bins; k++) out[k] = re[k]! * re[k]! + im[k]! * im[k]!;
  }
}
