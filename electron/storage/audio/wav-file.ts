/** Reading a WAV file from disk; decoding is pure and lives in domain/audio/wav.ts. */
import { AudioError, decodeWav, type DecodedAudio } from '../../domain/audio/wav';
import { readBounded, UnsafeFileError } from '../files/read-bounded';

/** Largest WAV file read: an hour of 48 kHz 16-bit stereo is about 660 MB. */
const MAX_WAV_FILE_BYTES = 700 * 1024 * 1024;

/** Reads and decodes a WAV file; missing or unreadable files become an AudioError naming the file. */
export async function readWavFile(path: string): Promise<DecodedAudio> {
  let bytes: Uint8Array;
  try {
    // A device or FIFO named *.wav must not hang or fill memory; a link the user named is followed.
    bytes = await readBounded(path, { maxBytes: MAX_WAV_FILE_BYTES, what: path, followLinks: true });
  } catch (error) {
    const code = error instanceof UnsafeFileError ? error.reason : (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'missing' || code === 'ENOENT'
        ? 'does not exist'
        : code === 'folder' || code === 'EISDIR'
          ? 'is a folder, not a WAV file'
          : error instanceof UnsafeFileError
            ? error.message.slice(path.length + 1).replace(/\.$/, '')
            : `cannot be read (${code ?? 'unknown error'})`;
    throw new AudioError(path, problem);
  }
  return decodeWav(bytes, path);
}
