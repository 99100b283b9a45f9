/** Reading a WAV file from disk; decoding is pure and lives in domain/audio/wav.ts. */
import { readFile } from 'node:fs/promises';
import { AudioError, decodeWav, type DecodedAudio } from '../../domain/audio/wav';

/** Reads and decodes a WAV file; missing or unreadable files become an AudioError naming the file. */
export async function readWavFile(path: string): Promise<DecodedAudio> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a WAV file' : `cannot be read (${code ?? 'unknown error'})`;
    throw new AudioError(path, problem);
  }
  return decodeWav(bytes, path);
}
