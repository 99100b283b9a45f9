import { describe, expect, it } from 'vitest';
import { ComplexFft, RealFft, RealPowerSpectrum } from '../../../../electron/domain/audio/fft';

/** A deterministic pseudo-random signal in [-1, 1). */
function noise(n: number, seed: number): Float64Array {
  let s = seed;
  return Float64Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 1073741824 - 1;
  });
}

/** The textbook O(n^2) DFT, the reference every size is checked against. */
function dft(re: Float64Array, im: Float64Array): { re: Float64Array; im: Float64Array } {
  const n = re.length;
  const outRe = new Float64Array(n);
  const outIm = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    for (let t = 0; t < n; t++) {
      const a = (-2 * Math.PI * ((k * t) % n)) / n;
      outRe[k]! += re[t]! * Math.cos(a) - im[t]! * Math.sin(a);
      outIm[k]! += re[t]! * Math.sin(a) + im[t]! * Math.cos(a);
    }
  }
  return { re: outRe, im: outIm };
}

describe('ComplexFft', () => {
  // Whisper's half size (200 = 4*2*5*5), powers of two, radix 3, a prime (generic butterfly) and 1.
  it.each([200, 100, 64, 2, 4, 5, 25, 30, 12, 7, 14, 1])('matches a direct DFT for n = %i', (n) => {
    const re = noise(n, n);
    const im = noise(n, n + 1);
    const expected = dft(re, im);
    const fft = new ComplexFft(n);
    fft.transform(re, im);
    // Twice, to show reused buffers leave no trace.
    const re2 = noise(n, n);
    const im2 = noise(n, n + 1);
    fft.transform(re2, im2);
    for (let k = 0; k < n; k++) {
      expect(Math.abs(re[k]! - expected.re[k]!)).toBeLessThan(1e-10 * n);
      expect(Math.abs(im[k]! - expected.im[k]!)).toBeLessThan(1e-10 * n);
      expect(re2[k]).toBe(re[k]);
      expect(im2[k]).toBe(im[k]);
    }
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => new ComplexFft(0)).toThrow(RangeError);
    expect(() => new ComplexFft(2.5)).toThrow(RangeError);
  });
});

describe('RealFft', () => {
  it.each([1024, 400, 6])('gives X[k] of a real frame of %i samples for k = 0..n/2', (n) => {
    const x = noise(n, 3);
    const expected = dft(x, new Float64Array(n));
    const fft = new RealFft(n);
    const re = new Float64Array(fft.bins);
    const im = new Float64Array(fft.bins);
    fft.transform(x, re, im);
    for (let k = 0; k <= n / 2; k++) {
      expect(Math.abs(re[k]! - expected.re[k]!)).toBeLessThan(1e-10 * n);
      expect(Math.abs(im[k]! - expected.im[k]!)).toBeLessThan(1e-10 * n);
    }
  });
});

describe('RealPowerSpectrum', () => {
  it.each([400, 512, 30, 2])('gives |X[k]|^2 of a real frame of %i samples for k = 0..n/2', (n) => {
    const x = noise(n, 7);
    const { re, im } = dft(x, new Float64Array(n));
    const spectrum = new RealPowerSpectrum(n);
    const out = new Float64Array(spectrum.bins);
    spectrum.compute(x, out);
    expect(spectrum.bins).toBe(n / 2 + 1);
    for (let k = 0; k <= n / 2; k++) {
      const power = re[k]! ** 2 + im[k]! ** 2;
      expect(Math.abs(out[k]! - power)).toBeLessThan(1e-9 * Math.max(1, power));
    }
  });

  it('puts a pure tone in its own bin', () => {
    const n = 400;
    const x = Float64Array.from({ length: n }, (_, t) => Math.cos((2 * Math.PI * 25 * t) / n));
    const out = new Float64Array(201);
    new RealPowerSpectrum(n).compute(x, out);
    expect(out[25]).toBeCloseTo((n / 2) ** 2, 6);
    for (let k = 0; k <= 200; k++) if (k !== 25) expect(out[k]).toBeLessThan(1e-18 * n * n);
  });

  it('refuses an odd size', () => {
    expect(() => new RealPowerSpectrum(401)).toThrow(/must be even/);
  });
});
