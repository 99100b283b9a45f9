/**
 * Finding speech in a recording: trims leading and trailing silence and recognises
 * recordings with no speech at all, which must never reach Whisper (it invents text such
 * as "Thank you." on silence).
 */
import { FRAME_SEC, frameLevels, percentile } from './levels';

/** Frames quieter than this are silence whatever the background (a quiet room is about -60 dBFS). */
const ABSOLUTE_FLOOR_DBFS = -45;
/** Speech must stand this far above the background noise (the 10th-percentile frame). */
const ABOVE_NOISE_DB = 12;
/** Speech rises and falls; a signal whose loud and quiet frames differ by less than this is steady noise or hum. */
const MIN_DYNAMIC_RANGE_DB = 6;
/** Less voiced time than this is a click or a breath, not speech. */
const MIN_SPEECH_SEC = 0.2;
/** Margins kept around the speech so soft word onsets and endings are not clipped. */
const LEAD_SEC = 0.2;
const TAIL_SEC = 0.3;

/** Where the speech is in a recording. */
export interface SpeechSpan {
  /** False when nothing above the background was heard ("no speech heard"). */
  hasSpeech: boolean;
  /** Start and end of the kept audio in seconds (with margins); 0 and 0 when there is no speech. */
  startSec: number;
  endSec: number;
  /** Total time of frames judged to be speech, in seconds. */
  voicedSec: number;
  /** The level (dBFS) a frame had to exceed to count as speech. */
  thresholdDbfs: number;
}

/** Which 20 ms frames are voiced, with the threshold used. */
export function voicedFrames(samples: Float32Array, sampleRate: number): { voiced: boolean[]; thresholdDbfs: number; levels: Float32Array } {
  const levels = frameLevels(samples, sampleRate);
  if (levels.length === 0) return { voiced: [], thresholdDbfs: ABSOLUTE_FLOOR_DBFS, levels };
  const noise = percentile(levels, 0.1);
  const loud = percentile(levels, 0.9);
  if (loud - noise < MIN_DYNAMIC_RANGE_DB) return { voiced: Array.from(levels, () => false), thresholdDbfs: loud, levels };
  // A clip that is speech from end to end has no background to measure, so the threshold
  // never rises above the louder frames themselves.
  const thresholdDbfs = Math.max(ABSOLUTE_FLOOR_DBFS, Math.min(noise + ABOVE_NOISE_DB, loud - MIN_DYNAMIC_RANGE_DB));
  return { voiced: Array.from(levels, (db) => db > thresholdDbfs), thresholdDbfs, levels };
}

/** Locates the speech in mono audio. */
export function findSpeech(samples: Float32Array, sampleRate: number): SpeechSpan {
  const { voiced, thresholdDbfs } = voicedFrames(samples, sampleRate);
  const first = voiced.indexOf(true);
  const last = voiced.lastIndexOf(true);
  const voicedSec = voiced.filter(Boolean).length * FRAME_SEC;
  const duration = samples.length / sampleRate;
  if (first < 0 || voicedSec < MIN_SPEECH_SEC) return { hasSpeech: false, startSec: 0, endSec: 0, voicedSec, thresholdDbfs };
  return {
    hasSpeech: true,
    startSec: Math.max(0, first * FRAME_SEC - LEAD_SEC),
    endSec: Math.min(duration, (last + 1) * FRAME_SEC + TAIL_SEC),
    voicedSec,
    thresholdDbfs,
  };
}

/** Trims leading and trailing silence; `offsetSec` maps times in the trimmed audio back to the original. */
export function trimSilence(samples: Float32Array, sampleRate: number): { samples: Float32Array; offsetSec: number; span: SpeechSpan } {
  const span = findSpeech(samples, sampleRate);
  if (!span.hasSpeech) return { samples: new Float32Array(0), offsetSec: 0, span };
  const start = Math.floor(span.startSec * sampleRate);
  const end = Math.ceil(span.endSec * sampleRate);
  return { samples: samples.subarray(start, end), offsetSec: start / sampleRate, span };
}
