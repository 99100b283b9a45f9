/** Makes real speech WAVs for tests with espeak-ng and sox (installed by .ci/run), in a temp folder. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Output format of a generated WAV. */
export interface WavFormat {
  rate?: number;
  channels?: number;
  /** Bits per sample; with `encoding: 'floating-point'` use 32. */
  bits?: number;
  encoding?: 'signed-integer' | 'unsigned-integer' | 'floating-point' | 'a-law' | 'u-law';
  /** espeak-ng speaking rate in words per minute (default 160). */
  wpm?: number;
  /** Silence added before and after the speech, in seconds. */
  padSec?: [number, number];
}

/** A temp folder removed by `cleanup()`, or at the latest when the process exits. */
export function makeTempDir(prefix = 'attune-speech-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  // Playwright also loads spec files in its main process just to list tests, where afterAll never runs.
  process.once('exit', cleanup);
  return { dir, cleanup };
}

function soxArgs(format: WavFormat): string[] {
  const args = ['-r', String(format.rate ?? 16000), '-c', String(format.channels ?? 1)];
  if (format.bits) args.push('-b', String(format.bits));
  if (format.encoding) args.push('-e', format.encoding);
  return args;
}

/** Speaks `text` with espeak-ng into `path` in the given format. */
export function speechWav(path: string, text: string, format: WavFormat = {}): string {
  const raw = `${path}.espeak.wav`;
  execFileSync('espeak-ng', ['-v', 'en-us', '-s', String(format.wpm ?? 160), '-w', raw, text]);
  const pad = format.padSec ? ['pad', String(format.padSec[0]), String(format.padSec[1])] : [];
  execFileSync('sox', ['-D', raw, ...soxArgs(format), path, ...pad]);
  rmSync(raw);
  return path;
}

/** Writes `seconds` of silence (or of steady noise at `noiseAmplitude`) into `path`. */
export function silentWav(path: string, seconds: number, format: WavFormat = {}, noiseAmplitude = 0): string {
  const synth = noiseAmplitude > 0 ? ['synth', String(seconds), 'whitenoise', 'vol', String(noiseAmplitude)] : ['trim', '0', String(seconds)];
  const input = noiseAmplitude > 0 ? ['-n'] : ['-n', '-r', String(format.rate ?? 16000)];
  execFileSync('sox', ['-D', ...input, ...soxArgs(format), path, ...synth]);
  return path;
}

/** Joins WAVs end to end (all converted to `format`). */
export function concatWavs(path: string, parts: string[], format: WavFormat = {}): string {
  execFileSync('sox', ['-D', ...parts, ...soxArgs(format), path]);
  return path;
}

/** Sentences long enough that a few of them pass Whisper's 30 s window. */
export const LONG_REPLY = [
  'It sounds like this week has been really heavy for you.',
  'I am here, and I would like to understand what has been going on.',
  'What has been the hardest part of it so far?',
  'You mentioned work has been piling up and nobody seems to notice how much you carry.',
  'That sounds exhausting, and a little lonely too.',
  'How are you feeling about it right now, as we talk?',
  'Take your time. I am not going anywhere, and there is no right answer here.',
].join(' ');

/** A synthetic tone (or a glide from `hz` to `toHz`) at `amplitude`, for measures that need a known answer. */
export function toneWav(path: string, seconds: number, hz: number, amplitude: number, toHz = hz): string {
  execFileSync('sox', ['-D', '-n', '-r', '16000', '-c', '1', '-b', '16', path, 'synth', String(seconds), 'sine', hz === toHz ? String(hz) : `${hz}-${toHz}`, 'vol', String(amplitude)]);
  return path;
}
