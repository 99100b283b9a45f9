import { describe, expect, it } from 'vitest';
import { concatBlocks, downsampleTo16k } from '../../../renderer/src/audio/downsample';

/** A sine of `hz` at `rate` for `seconds`. */
function sine(hz: number, rate: number, seconds: number): Float32Array {
  const out = new Float32Array(Math.round(rate * seconds));
  for (let i = 0; i < out.length; i++) out[i] = Math.sin((2 * Math.PI * hz * i) / rate);
  return out;
}

function rms(x: Float32Array): number {
  return Math.sqrt(x.reduce((s, v) => s + v * v, 0) / x.length);
}

describe('renderer downsampling to 16 kHz', () => {
  it('keeps the duration and a speech-band tone at 48 and 44.1 kHz', () => {
    for (const rate of [48_000, 44_100]) {
      const out = downsampleTo16k(sine(440, rate, 1), rate);
      expect(Math.abs(out.length - 16_000)).toBeLessThanOrEqual(1);
      expect(rms(out)).toBeGreaterThan(0.69);
    }
  });

  it('damps a tone above the 8 kHz Nyquist limit instead of folding it back at full strength', () => {
    const out = downsampleTo16k(sine(15_000, 48_000, 1), 48_000);
    expect(rms(out)).toBeLessThan(0.35);
  });

  it('passes 16 kHz through and joins blocks in order', () => {
    const x = new Float32Array([0.1, 0.2, 0.3]);
    expect(Array.from(downsampleTo16k(x, 16_000))).toEqual(Array.from(x));
    expect(Array.from(concatBlocks([new Float32Array([1, 2]), new Float32Array([3])]))).toEqual([1, 2, 3]);
  });
});
