/**
 * Plain-language readings of delivery measures, written for someone practising with a withdrawn
 * partner. A reading names no unit to decode (dBFS, semitones) and no model: the measured value and
 * its unit travel beside it in the note (the CLI prints them, the session file keeps them).
 */
import type { Delivery, DeliveryNote } from '../../../shared/types/speech';

const fmt = (n: number, digits = 0) => n.toFixed(digits);

/** One note per measure that could be taken. */
export function deliveryNotes(d: Omit<Delivery, 'notes'>): DeliveryNote[] {
  const notes: DeliveryNote[] = [];
  const wpm = d.wordsPerMinute;
  if (wpm !== null) {
    const reading =
      wpm > 170
        ? `fast: about ${fmt(wpm)} words a minute; a calmer pace helps a withdrawn partner feel safe`
        : wpm < 100
          ? `slow: about ${fmt(wpm)} words a minute; unhurried is good, as long as the thread of what you say stays easy to follow`
          : `calm: about ${fmt(wpm)} words a minute; an easy pace that leaves your partner room`;
    notes.push({ id: 'pace', label: 'Pace', value: Math.round(wpm), unit: 'wpm', reading });
  }
  notes.push({
    id: 'pauses',
    label: 'Pauses',
    value: d.pauseCount,
    unit: 'pauses',
    reading:
      d.pauseCount === 0
        ? 'no pauses: a breath between thoughts gives your words time to land'
        : d.longestPauseSec > 3
          ? `${d.pauseCount} pause${d.pauseCount === 1 ? '' : 's'}, the longest ${fmt(d.longestPauseSec, 1)} s: a long gap mid-reply can sound unsure; short pauses are enough`
          : `${d.pauseCount} pause${d.pauseCount === 1 ? '' : 's'}, the longest ${fmt(d.longestPauseSec, 1)} s: unhurried, which gives your partner room`,
  });
  if (d.timeToFirstWordSec !== null) {
    const t = d.timeToFirstWordSec;
    notes.push({
      id: 'start',
      label: 'Time before speaking',
      value: Math.round(t * 10) / 10,
      unit: 's',
      reading:
        t > 4
          ? `${fmt(t, 1)} s before your first word: taking a moment is fine, but a long silence can feel like distance`
          : t < 0.3
            ? 'you started right away: a brief pause first shows you took in what they said'
            : `${fmt(t, 1)} s before your first word: a thoughtful beat`,
    });
  }
  if (d.loudnessDbfs !== null) {
    const db = d.loudnessDbfs;
    notes.push({
      id: 'loudness',
      label: 'Loudness',
      value: Math.round(db),
      unit: 'dBFS',
      reading:
        db < -35
          ? 'quiet: you may be hard to hear; move closer to the microphone'
          : db > -12
            ? 'loud: a softer voice feels less confronting'
            : 'comfortable',
    });
  }
  if (d.loudnessVariationDb !== null) {
    const v = d.loudnessVariationDb;
    notes.push({
      id: 'loudness-variation',
      label: 'Loudness variation',
      value: Math.round(v * 10) / 10,
      unit: 'dB',
      reading: v < 3 ? 'flat: a little rise and fall sounds more engaged' : v > 12 ? 'uneven: some words came out much louder than others' : 'natural',
    });
  }
  if (d.pitchVariationSemitones !== null) {
    const p = d.pitchVariationSemitones;
    notes.push({
      id: 'pitch-variation',
      label: 'Pitch variation',
      value: Math.round(p * 10) / 10,
      unit: 'semitones',
      reading: p < 1.5 ? 'monotone: a little more melody sounds warmer' : p > 6 ? 'very animated: a steadier voice can feel calmer' : 'warm, natural melody',
    });
  }
  notes.push({
    id: 'fillers',
    label: 'Filler words',
    value: d.fillerWords.length,
    unit: 'words',
    reading:
      (d.fillerWords.length === 0 ? 'none heard' : `${d.fillerWords.length} heard (${[...new Set(d.fillerWords)].join(', ')})`) +
      '; the transcription leaves out many fillers, so the real count may be higher',
  });
  return notes;
}
