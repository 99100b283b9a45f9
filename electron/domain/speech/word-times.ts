/** Whisper's own word timestamps put onto the transcript's words, on the recording's clock. */
import type { Segment, TimedWord } from '../../../shared/types/speech';

/** A word as transformers.js returns it: text with its leading space, times on the transcribed audio's clock. */
export interface ModelWord {
  timestamp: [number | null, number | null];
  text: string;
}

const round = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Times each of the transcript's words (each segment's text split on spaces, as for estimated
 * words) from Whisper's words. Whisper's words are matched letter by letter, so a word it split
 * or joined differently still gets the span of the pieces it covers. Times are clamped to the
 * audio (`spanSec`), shifted by `offsetSec` like the segments, then kept inside their segment and
 * in order. Returns null when the two texts do not spell the same letters (nothing to match).
 */
export function timeWordsFromModel(words: ModelWord[], segments: Segment[], offsetSec: number, spanSec: number): TimedWord[] | null {
  const owner: number[] = [];
  let modelLetters = '';
  words.forEach((word, i) => {
    const letters = word.text.replace(/\s+/g, '');
    modelLetters += letters;
    for (let k = 0; k < letters.length; k++) owner.push(i);
  });
  const transcriptLetters = segments.map((s) => s.text.replace(/\s+/g, '')).join('');
  if (modelLetters !== transcriptLetters || words.length === 0) return null;

  // Whisper's times on the recording's clock; a missing end becomes the next word's start.
  const toClock = (t: number) => round(clamp(t, 0, spanSec) + offsetSec);
  const starts = words.map((w) => (w.timestamp[0] === null ? null : toClock(w.timestamp[0])));
  const ends = words.map((w, i) => {
    const end = w.timestamp[1] ?? words[i + 1]?.timestamp[0] ?? null;
    return end === null ? null : toClock(end);
  });

  const timed: TimedWord[] = [];
  let pos = 0;
  let previousEnd = -Infinity;
  for (const segment of segments) {
    for (const text of segment.text.split(/\s+/).filter(Boolean)) {
      const covered = owner.slice(pos, pos + text.length);
      pos += text.length;
      const first = covered[0]!;
      const last = covered.at(-1)!;
      const start = clamp(Math.max(starts[first] ?? previousEnd, previousEnd), segment.start, segment.end);
      const end = clamp(ends[last] ?? segment.end, start, segment.end);
      timed.push({ start: round(start), end: round(end), text });
      previousEnd = end;
    }
  }
  return timed;
}
