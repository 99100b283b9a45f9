/**
 * Finds when each marked span of a reply was spoken. The analyzer marks character offsets in the
 * reply text; Whisper gives timed words without offsets, so each word is located in the text in
 * order, and a span's time runs from its first overlapping word to its last.
 */
import type { TimedWord } from '../../../../shared/types/speech';

/** A timed word with the character range it covers in the reply text. */
export interface PlacedWord extends TimedWord {
  charStart: number;
  charEnd: number;
}

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');

/** Places each timed word in `text`, in order; words that cannot be found are skipped. */
export function placeWords(text: string, words: readonly TimedWord[]): PlacedWord[] {
  const lower = text.toLowerCase();
  const placed: PlacedWord[] = [];
  let cursor = 0;
  for (const word of words) {
    const needle = letters(word.text);
    if (!needle) continue;
    // Search a short way ahead only, so one unmatched word cannot drag the cursor to the end.
    const at = lower.indexOf(needle, cursor);
    if (at < 0 || at - cursor > 40) continue;
    placed.push({ ...word, charStart: at, charEnd: at + needle.length });
    cursor = at + needle.length;
  }
  return placed;
}

/** The audio time of the text range [start, end), or null when no timed word overlaps it. */
export function timeOfSpan(placed: readonly PlacedWord[], start: number, end: number): { start: number; end: number } | null {
  const inside = placed.filter((w) => w.charStart < end && start < w.charEnd);
  if (inside.length === 0) return null;
  return { start: inside[0]!.start, end: inside[inside.length - 1]!.end };
}
