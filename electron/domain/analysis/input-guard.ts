/**
 * Keeps hostile text from freezing the analyzer. wink's tokenizer is quadratic in the length of
 * one token (1,000,000 × "a" ran for minutes, "http://" × 1430 for 15 s) and some rule lookbehinds
 * are quadratic in a run of spaces, so before parsing we cap the length and fold what no spoken
 * reply contains: a character repeated more than 3 times, a token over 40 characters, the same
 * word or short phrase more than 3 times in a row, a whitespace run over 3. Folding only drops characters, so
 * every span found in the folded text maps back to the same words in the original.
 */
import type { AnalysisResult } from './types';

/** The longest reply (and partner line) the analyzer takes: about 1,500 spoken words. */
export const MAX_ANALYSIS_CHARS = 10_000;
/** Longest run of one character kept ("sooo", "???", "...": 3 keeps their meaning). */
const MAX_RUN = 3;
/** Longest token kept; English words and spoken numbers are far shorter. */
const MAX_TOKEN = 40;
/** Most times the same word or phrase is kept in a row ("no no no"). */
const MAX_REPEATS = 3;
/** Longest phrase (in words) whose repeats are folded; dense repeats of longer ones stay linear. */
const MAX_PERIOD = 8;

/** Text the analyzer refuses: too long to analyze in a blink. */
export class AnalysisInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisInputError';
  }
}

/** The folded text and, for each kept piece, its start in the folded and in the original text. */
export interface FoldedText {
  text: string;
  pieces: Array<{ at: number; from: number }>;
}

/** Throws one plain sentence when `text` is over the cap. */
export function checkLength(text: string, what: string): void {
  if (text.length > MAX_ANALYSIS_CHARS) {
    throw new AnalysisInputError(
      `The ${what} is ${text.length.toLocaleString('en-US')} characters long; the analyzer takes at most ${MAX_ANALYSIS_CHARS.toLocaleString('en-US')}, so shorten it.`,
    );
  }
}

/** Folds runs, over-long tokens and repeated words and phrases out of `text` in one linear pass. */
export function fold(text: string): FoldedText {
  const kept: Array<[number, number]> = []; // [from, to) ranges of the original
  const keep = (from: number, to: number): void => {
    const last = kept[kept.length - 1];
    if (last && last[1] === from) last[1] = to;
    else if (to > from) kept.push([from, to]);
  };
  const words: string[] = [];
  // streaks[p]: how many words in a row equal the word p before them (a phrase of p words repeating).
  const streaks = new Array<number>(MAX_PERIOD + 1).fill(0);
  let space: [number, number] | null = null;
  let isDropping = false;
  let i = 0;
  while (i < text.length) {
    let j = i;
    if (isSpace(text.charCodeAt(i))) {
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      space = [i, Math.min(j, i + MAX_RUN)];
      i = j;
      continue;
    }
    while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
    const ranges = foldWord(text, i, j);
    i = j;
    const word = (ranges.length === 1 ? text.slice(ranges[0]![0], ranges[0]![1]) : ranges.map(([a, b]) => text.slice(a, b)).join('')).toLowerCase();
    words.push(word);
    let isRepeat = false;
    for (let p = 1; p <= MAX_PERIOD; p++) {
      streaks[p] = words[words.length - 1 - p] === word ? streaks[p]! + 1 : 0;
      if (streaks[p]! > (MAX_REPEATS - 1) * p) isRepeat = true;
    }
    // From the fourth time a word or phrase comes in a row, its words go, each with the space before it.
    isDropping = isRepeat;
    if (isRepeat) continue;
    if (space) keep(space[0], space[1]);
    space = null;
    for (const [a, b] of ranges) keep(a, b);
  }
  if (space && !isDropping) keep(space[0], space[1]);
  const pieces: FoldedText['pieces'] = [];
  let at = 0;
  const parts: string[] = [];
  for (const [from, to] of kept) {
    pieces.push({ at, from });
    parts.push(text.slice(from, to));
    at += to - from;
  }
  return { text: parts.join(''), pieces };
}

/** JavaScript's \s, by char code (a regex per character would cost more than the fold saves). */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The ranges kept of the word text[from, to): runs of one character cut to MAX_RUN, the whole cut to MAX_TOKEN. */
function foldWord(text: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let length = 0;
  let i = from;
  while (i < to && length < MAX_TOKEN) {
    let j = i + 1;
    while (j < to && text.charCodeAt(j) === text.charCodeAt(i)) j++;
    const take = Math.min(j - i, MAX_RUN, MAX_TOKEN - length);
    const last = ranges[ranges.length - 1];
    if (last && last[1] === i) last[1] = i + take;
    else ranges.push([i, i + take]);
    length += take;
    i = j;
  }
  return ranges;
}

/** Maps an offset in the folded text back to the original. */
function toOriginal(pieces: FoldedText['pieces'], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= offset) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  return piece ? piece.from + offset - piece.at : offset;
}

/** Moves every span of a result on folded text back onto the original text. */
export function unfold(result: AnalysisResult, folded: FoldedText, original: string): AnalysisResult {
  const span = <T extends { start: number; end: number; text: string }>(s: T): T => {
    const start = toOriginal(folded.pieces, s.start);
    // The end maps through its last character, so a span never swallows a folded-out gap after it.
    const end = s.end > s.start ? toOriginal(folded.pieces, s.end - 1) + 1 : start;
    return { ...s, start, end, text: original.slice(start, end) };
  };
  return {
    ...result,
    questions: result.questions.map(span),
    judgments: result.judgments.map(span),
    evidence: result.evidence.map(span),
  };
}

/**
 * What analyze() should run on instead of its arguments, or null when they are already safe.
 * Throws AnalysisInputError for text over the cap.
 */
export function guardInput<O extends { partner?: string }>(text: string, options: O): { folded: FoldedText; options: O } | null {
  checkLength(text, 'reply');
  if (options.partner !== undefined) checkLength(options.partner, "partner's line");
  const folded = fold(text);
  // The partner's line yields no offsets, so it is folded without a map back.
  const partner = options.partner === undefined ? undefined : fold(options.partner).text;
  if (folded.text === text && partner === options.partner) return null;
  return { folded, options: partner === undefined ? options : { ...options, partner } };
}
