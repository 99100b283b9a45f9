/** Turning Whisper's timed chunks into Attune's Transcript: times on the original recording, words from the model or estimated. */
import type { Segment, TimedWord, Transcript } from '../../../shared/types/speech';
import { timeWordsFromModel, type ModelWord } from './word-times';

/** A chunk as transformers.js returns it. */
export interface TimedChunk {
  timestamp: [number | null, number | null];
  text: string;
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Segments on the original recording's clock: `offsetSec` is where the trimmed audio began,
 * `spanSec` how long it was. A missing end (Whisper gives none at a window edge) becomes the
 * next segment's start or the end of the audio.
 */
export function toSegments(chunks: TimedChunk[], offsetSec: number, spanSec: number): Segment[] {
  const segments: Segment[] = [];
  chunks.forEach((chunk, i) => {
    const text = chunk.text.trim();
    if (!text) return;
    const start = Math.min(spanSec, Math.max(0, chunk.timestamp[0] ?? segments.at(-1)?.end ?? 0));
    const next = chunks[i + 1]?.timestamp[0] ?? null;
    const rawEnd = chunk.timestamp[1] ?? next ?? spanSec;
    const end = Math.min(spanSec, Math.max(start, rawEnd));
    segments.push({ start: round(start + offsetSec), end: round(end + offsetSec), text });
  });
  return segments;
}

/** Spreads each segment's words over its time in proportion to their length (Whisper gave no word times). */
export function estimateWords(segments: Segment[]): TimedWord[] {
  const words: TimedWord[] = [];
  for (const segment of segments) {
    const parts = segment.text.split(/\s+/).filter(Boolean);
    const letters = parts.reduce((n, w) => n + w.length, 0);
    let t = segment.start;
    for (const part of parts) {
      const share = letters === 0 ? 0 : ((segment.end - segment.start) * part.length) / letters;
      words.push({ start: round(t), end: round(t + share), text: part });
      t += share;
    }
  }
  return words;
}

/** The transcript of a recording in which no speech was heard (Whisper is not run on it). */
export function noSpeechTranscript(model: string, durationSec: number): Transcript {
  return { text: '', segments: [], words: [], wordTimestamps: 'estimated', model, noSpeech: true, durationSec: round(durationSec) };
}

/**
 * Assembles a Transcript from Whisper's output. `words` are Whisper's word timestamps when the
 * model gave them; without them, or when they do not match the segments' text, words are estimated.
 */
export function buildTranscript(
  chunks: TimedChunk[],
  opts: { model: string; offsetSec: number; spanSec: number; durationSec: number; words?: ModelWord[] | null },
): Transcript {
  const segments = toSegments(chunks, opts.offsetSec, opts.spanSec);
  const text = segments.map((s) => s.text).join(' ');
  const fromModel = opts.words ? timeWordsFromModel(opts.words, segments, opts.offsetSec, opts.spanSec) : null;
  return {
    text,
    segments,
    words: fromModel ?? estimateWords(segments),
    wordTimestamps: fromModel ? 'model' : 'estimated',
    model: opts.model,
    noSpeech: text === '',
    durationSec: round(opts.durationSec),
  };
}
