import { describe, expect, it } from 'vitest';
import { mixToMono, resample } from '../../../../electron/domain/audio/resample';

const sine = (freq: number, rate: number, seconds: number) =>
  new Float32Array(Math.round(rate * seconds)).map((_, i) => Math.sin((2 * Math.PI * freq * i) / rate));
const rms = (x: Float32Array, from = 0, to = x.length) => {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i]! * x[i]!;
  return Math.sqrt(s / (to - from));
};

describe('resample', () => {
  it.each([8000, 22050, 44100, 48000])('keeps a 1 kHz tone from %i Hz at full level', (rate) => {
    const out = resample(sine(1000, rate, 1), rate, 16000);
    expect(out.length).toBe(16000);
    // Skip the edges, where samples outside the recording count as silence.
    expect(rms(out, 800, 15200)).toBeCloseTo(Math.SQRT1_2, 2);
  });

  it.each([44100, 48000])('removes a 10 kHz tone above the new Nyquist rate from %i Hz', (rate) => {
    const out = resample(sine(10000, rate, 1), rate, 16000);
    expect(20 * Math.log10(rms(out, 800, 15200) / Math.SQRT1_2)).toBeLessThan(-50);
  });

  // Accuracy against the ideal answer: the same tones sampled at 16 kHz directly. In-band tones
  // (up to 6 kHz; 3 kHz from 8 kHz) come through within 1e-4 of full scale (-80 dB).
  it.each([
    [48000, [440, 1000, 3000, 6000]],
    [44100, [440, 1000, 3000, 6000]],
    [32000, [440, 1000, 3000, 6000]],
    [22050, [440, 1000, 3000, 6000]],
    [8000, [440, 1000, 3000]],
  ])('reproduces in-band tones from %i Hz as if sampled at 16 kHz', (rate, freqs) => {
    const tones = (r: number, n: number) => Float32Array.from({ length: n }, (_, i) => freqs.reduce((s, f, j) => s + 0.2 * Math.sin((2 * Math.PI * f * i) / r + j), 0));
    const out = resample(tones(rate, rate * 2), rate, 16000);
    const ideal = tones(16000, out.length);
    let error = 0;
    for (let i = 1600; i < out.length - 1600; i++) error = Math.max(error, Math.abs(out[i]! - ideal[i]!));
    expect(error).toBeLessThan(1e-4);
  });

  it('leaves 16 kHz input untouched', () => {
    const x = sine(440, 16000, 0.1);
    expect(resample(x, 16000, 16000)).toBe(x);
  });

  it('averages channels when mixing to mono', () => {
    expect(Array.from(mixToMono([new Float32Array([1, 0.5]), new Float32Array([0, -0.5])]))).toEqual([0.5, 0]);
  });
});
