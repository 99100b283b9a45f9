/** A WAV that cannot be used, with the file and the problem in one plain sentence. */
export class AudioError extends Error {
  constructor(
    /** The file name (or label) the audio came from. */
    readonly file: string,
    /** What is wrong, phrased to follow the file name: "is empty", "is truncated …". */
    readonly problem: string,
  ) {
    super(`${file} ${problem}`);
    this.name = 'AudioError';
  }
}
