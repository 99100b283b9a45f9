/**
 * How a reply was said: pace, pauses, time before speaking, loudness and its variation, pitch
 * variation and filler words, measured from the audio (16 kHz mono) and the transcript.
 * Times come from the audio's own loudness, not from Whisper's timestamps, which are coarse.
 */
import { FRAME_SEC, toDbfs } from '../audio/levels';
import { SAMPLE_RATE } from '../../../shared/audio';
import { pitchTrack, pitchVariationSemitones } from '../audio/pitch';
import { voicedFrames } from '../audio/silence';
import { deliveryNotes } from './readings';
import type { Delivery, Transcript } from '../../../shared/types/speech';

/** Silences shorter than this are gaps between words, not pauses. */
const MIN_PAUSE_SEC = 0.5;
/** Voiced blips shorter than this inside a pause (a click, a breath) do not end it. */
const MIN_VOICED_RUN_SEC = 0.1;

/** Hesitation words; "like" and "you know" are left out because they are ordinary words too often. */
const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'er', 'erm', 'ah', 'hmm', 'mm']);

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Voiced runs (start, end in seconds), with tiny blips dropped. */
function voicedRuns(voiced: boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= voiced.length; i++) {
    if (i < voiced.length && voiced[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if ((i - start) * FRAME_SEC >= MIN_VOICED_RUN_SEC) runs.push([start * FRAME_SEC, i * FRAME_SEC]);
      start = -1;
    }
  }
  return runs;
}

/** Measures delivery; a transcript with no speech gives zeros, nulls and a single note. */
export function computeDelivery(samples: Float32Array, transcript: Transcript, sampleRate = SAMPLE_RATE): Delivery {
  const { voiced, levels } = voicedFrames(samples, sampleRate);
  const runs = transcript.noSpeech ? [] : voicedRuns(voiced);
  const first = runs[0];
  const last = runs.at(-1);
  const speakingTimeSec = first && last ? last[1] - first[0] : 0;

  const gaps = runs.slice(1).map((run, i) => run[0] - runs[i]![1]).filter((gap) => gap >= MIN_PAUSE_SEC);
  const wordCount = transcript.words.length || transcript.text.split(/\s+/).filter(Boolean).length;

  let loudnessDbfs: number | null = null;
  let loudnessVariationDb: number | null = null;
  const voicedLevels = Array.from(levels).filter((_, i) => voiced[i]);
  if (runs.length > 0 && voicedLevels.length > 0) {
    // Mean power, not mean dB: loud syllables dominate perceived loudness.
    const meanPower = voicedLevels.reduce((s, db) => s + 10 ** (db / 10), 0) / voicedLevels.length;
    loudnessDbfs = round(toDbfs(Math.sqrt(meanPower)), 1);
    const meanDb = voicedLevels.reduce((s, v) => s + v, 0) / voicedLevels.length;
    loudnessVariationDb = round(Math.sqrt(voicedLevels.reduce((s, v) => s + (v - meanDb) ** 2, 0) / voicedLevels.length), 1);
  }
  const pitch = runs.length > 0 ? pitchVariationSemitones(pitchTrack(samples, sampleRate, voiced)) : null;
  const fillerWords = transcript.words.map((w) => w.text.toLowerCase().replace(/[^a-z]/g, '')).filter((w) => FILLERS.has(w));

  const measures = {
    speakingTimeSec: round(speakingTimeSec),
    wordsPerMinute: speakingTimeSec >= 1 && wordCount > 0 ? round((wordCount / speakingTimeSec) * 60, 0) : null,
    pauseCount: gaps.length,
    longestPauseSec: round(gaps.length ? Math.max(...gaps) : 0),
    timeToFirstWordSec: first ? round(first[0]) : null,
    loudnessDbfs,
    loudnessVariationDb,
    pitchVariationSemitones: pitch === null ? null : round(pitch, 1),
    fillerWords,
  };
  if (transcript.noSpeech) {
    return { ...measures, notes: [{ id: 'no-speech', label: 'No speech', value: null, unit: '', reading: 'no speech heard: check that the right microphone is selected and try again' }] };
  }
  return { ...measures, notes: deliveryNotes(measures) };
}
