import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AudioError, decodeWav, encodeWav16 } from '../../../../electron/domain/audio/wav';
import { readWavFile } from '../../../../electron/storage/audio/wav-file';
import { makeTempDir, silentWav, speechWav } from '../../../helpers/speech-wav';

const tmp = makeTempDir();
afterAll(tmp.cleanup);
const reference = speechWav(join(tmp.dir, 'reference.wav'), 'I hear you. What happened today?', { rate: 16000, bits: 16 });
const referenceAudio = decodeWav(readFileSync(reference), 'reference.wav');

/** Pearson correlation of the overlapping parts of two signals. */
function correlation(a: Float32Array, b: Float32Array): number {
  const n = Math.min(a.length, b.length);
  let ma = 0, mb = 0;
  for (let i = 0; i < n; i++) { ma += a[i]!; mb += b[i]!; }
  ma /= n; mb /= n;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i]! - ma, y = b[i]! - mb;
    sab += x * y; saa += x * x; sbb += y * y;
  }
  return sab / Math.sqrt(saa * sbb);
}

describe('decodeWav', () => {
  const formats = [
    { rate: 8000, channels: 1, bits: 16 },
    { rate: 16000, channels: 2, bits: 16 },
    { rate: 22050, channels: 1, bits: 8, encoding: 'unsigned-integer' as const },
    { rate: 44100, channels: 1, bits: 24 },
    { rate: 44100, channels: 2, bits: 16 },
    { rate: 48000, channels: 2, bits: 32 },
    { rate: 48000, channels: 1, bits: 32, encoding: 'floating-point' as const },
    { rate: 8000, channels: 1, bits: 8, encoding: 'u-law' as const },
  ];
  it.each(formats)('reads espeak speech at $rate Hz, $channels ch, $bits bit $encoding as 16 kHz mono', (format) => {
    const file = speechWav(join(tmp.dir, `s-${format.rate}-${format.channels}-${format.bits}-${format.encoding ?? 'int'}.wav`), 'I hear you. What happened today?', format);
    const audio = decodeWav(readFileSync(file), file);
    expect(audio.sampleRate).toBe(16000);
    expect(audio.source).toMatchObject({ sampleRate: format.rate, channels: format.channels });
    expect(audio.durationSec).toBeCloseTo(referenceAudio.durationSec, 1);
    expect(audio.samples.length).toBeCloseTo(Math.round(audio.durationSec * 16000), -2);
    let peak = 0;
    for (const s of audio.samples) peak = Math.max(peak, Math.abs(s));
    expect(peak).toBeGreaterThan(0.1);
    expect(peak).toBeLessThanOrEqual(1.05);
    // Same speech after a round trip through another format: the waveforms line up.
    // 8 kHz keeps only the band below 4 kHz, so it matches less closely.
    expect(correlation(audio.samples, referenceAudio.samples)).toBeGreaterThan(format.rate === 8000 ? 0.8 : 0.95);
  });

  it('names the file and the problem for an empty file', () => {
    expect(() => decodeWav(new Uint8Array(0), 'empty.wav')).toThrow(new AudioError('empty.wav', 'is empty (0 bytes)'));
  });

  it('names the file and the problem for a file that is not a WAV', () => {
    expect(() => decodeWav(new TextEncoder().encode('this is a text file, not audio at all'), 'notes.wav')).toThrow(/^notes\.wav is not a readable WAV file/);
  });

  it('reports a truncated file with how much audio is missing', () => {
    const bytes = readFileSync(reference);
    expect(() => decodeWav(bytes.subarray(0, 8000), 'cut.wav')).toThrow(/^cut\.wav is truncated: its header promises \d\.\d\d s of audio but only 0\.2\d s are present$/);
  });

  it('reports a header with no samples', () => {
    expect(() => decodeWav(encodeWav16(new Float32Array(0)), 'hollow.wav')).toThrow('hollow.wav holds no audio samples');
  });

  it('reports an unsupported encoding', () => {
    const bytes = Buffer.from(readFileSync(reference));
    bytes.writeUInt16LE(0x55, 20); // MPEG layer 3 inside a WAV container
    expect(() => decodeWav(bytes, 'mp3.wav')).toThrow(/^mp3\.wav uses WAV encoding 85, which Attune cannot decode/);
  });

  it('reads a missing path as a clear error', async () => {
    await expect(readWavFile(join(tmp.dir, 'nope.wav'))).rejects.toThrow(/nope\.wav does not exist$/);
  });

  it('decodes silence without error (silence is judged later)', () => {
    const file = silentWav(join(tmp.dir, 'silence.wav'), 2, { rate: 44100, channels: 2, bits: 16 });
    const audio = decodeWav(readFileSync(file), file);
    expect(audio.durationSec).toBeCloseTo(2, 2);
    expect(audio.samples.every((s) => s === 0)).toBe(true);
  });
});

describe('encodeWav16', () => {
  it('writes 16-bit PCM mono that decodes back to the same samples', () => {
    const samples = new Float32Array(1600).map((_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / 16000));
    const bytes = encodeWav16(samples);
    expect(bytes.length).toBe(44 + 2 * 1600);
    const path = join(tmp.dir, 'roundtrip.wav');
    writeFileSync(path, bytes);
    const back = decodeWav(readFileSync(path), path);
    expect(back.source).toEqual({ sampleRate: 16000, channels: 1, bitDepth: '16' });
    for (let i = 0; i < samples.length; i++) expect(Math.abs(back.samples[i]! - samples[i]!)).toBeLessThan(1 / 16000);
  });

  it('clips out-of-range samples instead of wrapping', () => {
    const back = decodeWav(encodeWav16(new Float32Array([2, -2, 0])), 'clip.wav');
    expect(Array.from(back.samples).map((s) => Math.round(s * 1000) / 1000)).toEqual([1, -1, 0]);
  });
});
