import { describe, expect, it } from 'vitest';
import { buildTranscript, toSegments } from '../../../../electron/domain/speech/transcript';
import { timeWordsFromModel, type ModelWord } from '../../../../electron/domain/speech/word-times';

const w = (text: string, start: number | null, end: number | null): ModelWord => ({ text, timestamp: [start, end] });
const chunks = [
  { timestamp: [0, 1.6] as [number, number], text: ' it sounds really hard' },
  { timestamp: [1.6, 3.2] as [number, number], text: ' tell me more' },
];
const modelWords = [w(' it', 0.1, 0.3), w(' sounds', 0.3, 0.7), w(' really', 0.7, 1.1), w(' hard', 1.1, 1.5), w(' tell', 1.7, 2), w(' me', 2, 2.2), w(' more', 2.2, 2.5)];

describe('timeWordsFromModel', () => {
  it("puts Whisper's word times on the recording's clock, shifted like the segments", () => {
    const segments = toSegments(chunks, 0.8, 4);
    expect(timeWordsFromModel(modelWords, segments, 0.8, 4)).toEqual([
      { start: 0.9, end: 1.1, text: 'it' },
      { start: 1.1, end: 1.5, text: 'sounds' },
      { start: 1.5, end: 1.9, text: 'really' },
      { start: 1.9, end: 2.3, text: 'hard' },
      { start: 2.5, end: 2.8, text: 'tell' },
      { start: 2.8, end: 3, text: 'me' },
      { start: 3, end: 3.3, text: 'more' },
    ]);
  });

  it('keeps each word inside its segment and the audio, and in order', () => {
    const segments = toSegments(chunks, 0, 3);
    // Overshooting times, as transformers.js gives at a short last window, and an overlap.
    const wild = [w(' it', -0.2, 0.3), w(' sounds', 0.2, 0.7), w(' really', 0.7, 1.1), w(' hard', 1.1, 2.9), w(' tell', 1.2, 2), w(' me', 2, 29.98), w(' more', 29.98, 29.98)];
    const timed = timeWordsFromModel(wild, segments, 0, 3)!;
    expect(timed.map((t) => t.text)).toEqual(['it', 'sounds', 'really', 'hard', 'tell', 'me', 'more']);
    let previousEnd = 0;
    for (const [i, t] of timed.entries()) {
      const segment = i < 4 ? segments[0]! : segments[1]!;
      expect(t.start).toBeGreaterThanOrEqual(Math.max(segment.start, previousEnd));
      expect(t.end).toBeGreaterThanOrEqual(t.start);
      expect(t.end).toBeLessThanOrEqual(segment.end);
      previousEnd = t.end;
    }
    expect(timed[0]!.start).toBe(0);
    expect(timed[3]).toEqual({ start: 1.1, end: 1.6, text: 'hard' });
    expect(timed.at(-1)).toEqual({ start: 3, end: 3, text: 'more' });
  });

  it('matches words letter by letter when Whisper split or joined them differently', () => {
    const segments = toSegments([{ timestamp: [0, 2], text: " it's hard, right?" }], 0, 2);
    const split = [w(' it', 0.1, 0.2), w("'s", 0.2, 0.4), w(' hard,', 0.5, 1), w(' right?', 1.2, null)];
    expect(timeWordsFromModel(split, segments, 0, 2)).toEqual([
      { start: 0.1, end: 0.4, text: "it's" },
      { start: 0.5, end: 1, text: 'hard,' },
      // No end from Whisper: the segment's end.
      { start: 1.2, end: 2, text: 'right?' },
    ]);
  });

  it('gives up (null) when the words do not spell the segments', () => {
    const segments = toSegments(chunks, 0, 4);
    expect(timeWordsFromModel(modelWords.slice(1), segments, 0, 4)).toBeNull();
    expect(timeWordsFromModel([], [], 0, 4)).toBeNull();
  });
});

describe('buildTranscript', () => {
  const opts = { model: 'm', offsetSec: 0.8, spanSec: 4, durationSec: 5 };

  it("says 'model' when Whisper's word times fit, 'estimated' otherwise", () => {
    const fromModel = buildTranscript(chunks, { ...opts, words: modelWords });
    expect(fromModel.wordTimestamps).toBe('model');
    expect(fromModel.words[0]).toEqual({ start: 0.9, end: 1.1, text: 'it' });

    const estimated = buildTranscript(chunks, opts);
    expect(estimated.wordTimestamps).toBe('estimated');
    // Spread by length: "it" gets 2/18 of the first segment.
    expect(estimated.words[0]).toEqual({ start: 0.8, end: 0.98, text: 'it' });
    expect(estimated.segments).toEqual(fromModel.segments);

    const mismatched = buildTranscript(chunks, { ...opts, words: modelWords.slice(2) });
    expect(mismatched.wordTimestamps).toBe('estimated');
    expect(mismatched.words).toEqual(estimated.words);
  });
});
