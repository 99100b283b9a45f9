import { describe, expect, it } from 'vitest';
import { deliveryNotes } from '../../../../electron/domain/speech/readings';
import type { Delivery } from '../../../../shared/types/speech';

type Measures = Omit<Delivery, 'notes'>;

const CALM: Measures = { speakingTimeSec: 4, wordsPerMinute: 140, pauseCount: 1, longestPauseSec: 0.8, timeToFirstWordSec: 1.2, loudnessDbfs: -22, loudnessVariationDb: 6, pitchVariationSemitones: 3, fillerWords: [] };

/** Every reading band: fast/slow/calm pace, quiet/loud/comfortable, flat/uneven/natural, monotone/animated/natural, fillers or none. */
const CASES: Measures[] = [
  CALM,
  { ...CALM, wordsPerMinute: 200, loudnessDbfs: -40, loudnessVariationDb: 1, pitchVariationSemitones: 0.5, fillerWords: ['um', 'uh'], pauseCount: 0, timeToFirstWordSec: 0.1 },
  { ...CALM, wordsPerMinute: 80, loudnessDbfs: -8, loudnessVariationDb: 15, pitchVariationSemitones: 8, pauseCount: 3, longestPauseSec: 4.2, timeToFirstWordSec: 6 },
];

// Units and model names a person practising listening should not have to decode.
const JARGON = /\b(wpm|dBFS|dB|semitones?|Hz|Whisper|RMS)\b/;

describe('delivery readings', () => {
  it('say each measure in plain words: no units to decode, no model names', () => {
    for (const measures of CASES) {
      for (const note of deliveryNotes(measures)) expect(note.reading, `${note.id}: ${note.reading}`).not.toMatch(JARGON);
    }
  });

  it('keep the measured value and its unit beside the reading (the CLI and the session file have them)', () => {
    const notes = deliveryNotes(CASES[1]!);
    expect(notes.find((n) => n.id === 'pace')).toMatchObject({ value: 200, unit: 'wpm', reading: 'fast: about 200 words a minute; a calmer pace helps a withdrawn partner feel safe' });
    expect(notes.find((n) => n.id === 'loudness')).toMatchObject({ value: -40, unit: 'dBFS', reading: 'quiet: you may be hard to hear; move closer to the microphone' });
    expect(notes.find((n) => n.id === 'pitch-variation')).toMatchObject({ value: 0.5, unit: 'semitones', reading: 'monotone: a little more melody sounds warmer' });
    expect(notes.find((n) => n.id === 'fillers')?.reading).toBe('2 heard (um, uh); the transcription leaves out many fillers, so the real count may be higher');
  });
});
