import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pitchTrack } from '../../../../electron/domain/audio/pitch';
import { voicedFrames } from '../../../../electron/domain/audio/silence';
import { decodeWav } from '../../../../electron/domain/audio/wav';
import { LONG_REPLY, makeTempDir, speechWav, toneWav } from '../../../helpers/speech-wav';

const tmp = makeTempDir('attune-pitch-');
afterAll(tmp.cleanup);
const load = (path: string) => decodeWav(readFileSync(path), path).samples;

/** The textbook normalised autocorrelation (three direct sums per lag), the reference for the FFT version. */
function referenceTrack(x: Float32Array, rate: number, voiced: boolean[]): number[] {
  const size = Math.round(0.04 * rate);
  const hop = Math.round(0.08 * rate);
  const pitches: number[] = [];
  for (let start = 0; start + size <= x.length; start += hop) {
    const f = Math.floor(start / (rate * 0.02));
    if (!voiced[f] || !voiced[f + 1]) continue;
    let best = -1;
    let bestLag = 0;
    for (let lag = Math.floor(rate / 400); lag <= Math.min(Math.ceil(rate / 70), size - 1); lag++) {
      let cross = 0, e0 = 0, e1 = 0;
      for (let i = start; i < start + size - lag; i++) {
        cross += x[i]! * x[i + lag]!;
        e0 += x[i]! * x[i]!;
        e1 += x[i + lag]! * x[i + lag]!;
      }
      const r = e0 > 0 && e1 > 0 ? cross / Math.sqrt(e0 * e1) : 0;
      if (r > best + 1e-9) [best, bestLag] = [r, lag]; // ties go to the shorter lag
    }
    if (best >= 0.6 && bestLag > 0) pitches.push(rate / bestLag);
  }
  return pitches;
}

describe('pitchTrack', () => {
  /** Voiced frames of speech as delivery finds them; a steady tone has no background to measure, so all of it. */
  const allVoiced = (samples: Float32Array) => Array.from({ length: Math.ceil(samples.length / 320) }, () => true);
  it.each([
    ['espeak speech', () => load(speechWav(join(tmp.dir, 'speech.wav'), LONG_REPLY)), (s: Float32Array) => voicedFrames(s, 16000).voiced],
    ['a glide from 120 to 240 Hz', () => load(toneWav(join(tmp.dir, 'glide.wav'), 2, 120, 0.5, 240)), allVoiced],
  ])('finds the same pitches as the direct sums on %s', (_, make, voicedOf) => {
    const samples = make();
    const voiced = voicedOf(samples);
    const pitches = pitchTrack(samples, 16000, voiced);
    expect(pitches.length).toBeGreaterThan(10);
    expect(pitches).toEqual(referenceTrack(samples, 16000, voiced));
  });

  it('hears a 200 Hz tone as 200 Hz', () => {
    const samples = load(toneWav(join(tmp.dir, 'tone.wav'), 1, 200, 0.5));
    const pitches = pitchTrack(samples, 16000, allVoiced(samples));
    expect(pitches.length).toBeGreaterThan(5);
    for (const hz of pitches) expect(hz).toBeCloseTo(200, 0);
  });
});
