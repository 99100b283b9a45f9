import { describe, expect, it } from 'vitest';
import { placeWords, timeOfSpan } from '../../../../renderer/src/screens/review/align';

const text = 'Just get over it. What has been weighing on you?';
const words = [
  { text: ' Just', start: 0.2, end: 0.4 },
  { text: ' get', start: 0.4, end: 0.6 },
  { text: ' over', start: 0.6, end: 0.8 },
  { text: ' it.', start: 0.8, end: 1.0 },
  { text: ' What', start: 1.5, end: 1.7 },
  { text: ' has', start: 1.7, end: 1.8 },
  { text: ' been', start: 1.8, end: 1.9 },
  { text: ' weighing', start: 1.9, end: 2.3 },
  { text: ' on', start: 2.3, end: 2.4 },
  { text: ' you?', start: 2.4, end: 2.7 },
];

describe('placeWords and timeOfSpan', () => {
  it('places Whisper words on the reply text in order', () => {
    const placed = placeWords(text, words);
    expect(placed.map((w) => text.slice(w.charStart, w.charEnd))).toEqual(['Just', 'get', 'over', 'it', 'What', 'has', 'been', 'weighing', 'on', 'you']);
  });

  it('times a marked span from its first to its last word', () => {
    const placed = placeWords(text, words);
    expect(timeOfSpan(placed, text.indexOf('get over it'), text.indexOf('get over it') + 'get over it'.length)).toEqual({ start: 0.4, end: 1.0 });
    expect(timeOfSpan(placed, text.indexOf('What'), text.length)).toEqual({ start: 1.5, end: 2.7 });
  });

  it('skips words the transcript lacks and returns null for untimed spans', () => {
    const placed = placeWords('Hmm, so tired', [{ text: 'xyz', start: 0, end: 0.1 }, { text: 'tired', start: 0.5, end: 0.9 }]);
    expect(placed).toHaveLength(1);
    expect(timeOfSpan(placed, 0, 3)).toBeNull();
    expect(timeOfSpan(placed, 8, 13)).toEqual({ start: 0.5, end: 0.9 });
  });
});
