/** Hostile WAV headers (issue #14): one sentence naming the file, never a raw RangeError. */
import { describe, expect, it } from 'vitest';
import { AudioError } from '../../electron/domain/audio/errors';
import { decodeWav, encodeWav16 } from '../../electron/domain/audio/wav';
import { readWavFile } from '../../electron/storage/audio/wav-file';

const wav = Buffer.from(encodeWav16(new Float32Array(1600).fill(0.1)));

describe('decoding a WAV with a broken header', () => {
  it.each([
    [1, 0],
    [3, 0],
    [65534, 0],
  ])('format %i with %i bits per sample', (format, bits) => {
    const bytes = Buffer.from(wav);
    bytes.writeUInt16LE(format, 20);
    bytes.writeUInt16LE(bits, 34);
    expect(() => decodeWav(new Uint8Array(bytes), 'reply.wav')).toThrow(new AudioError('reply.wav', 'has an invalid header (0 bits per sample); export it again as 16-bit PCM WAV'));
  });

  it.runIf(process.platform !== 'win32')('refuses /dev/zero named as a WAV at once', async () => {
    await expect(readWavFile('/dev/zero')).rejects.toThrow('/dev/zero is not a plain file (it is a device, pipe or socket), so it was not read');
  });
});
