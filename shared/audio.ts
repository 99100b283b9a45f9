/** Audio facts both processes share. */

/** The one sample rate of Attune's audio: Whisper's input, the app's capture and every stored WAV. */
export const SAMPLE_RATE = 16_000;
