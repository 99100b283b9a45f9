/**
 * Joins the analyzer's findings with Whisper's word times, giving each its place in the audio.
 * Newer analyses carry `evidence` (every span that moved a score, + helped / − hurt); older ones
 * only judgments and questions, which the practice screen's `marksFor` turns into marks.
 */
import type { Evidence } from '../../../../shared/types/analysis';
import type { ReplyAttempt } from '../../../../shared/types/sessions';
import { marksFor, removeOverlaps, type Mark } from '../practice/marks';
import { placeWords, timeOfSpan } from './align';
import { noteWithoutKind, plainEffect, plainKind } from '../../lib/plain-words';
import type { WaveRegion } from './ReplyWaveform';


/** A mark with its audio time when the words could be timed. */
export interface TimedMark extends Mark {
  id: string;
  time: { start: number; end: number } | null;
}


/** Evidence is optional in stored sessions: ones saved before the analyzer produced it have none. */
function evidenceOf(attempt: ReplyAttempt): Evidence[] | null {
  const evidence = (attempt.analysis as { evidence?: unknown }).evidence;
  return Array.isArray(evidence) && evidence.length > 0 ? (evidence as Evidence[]) : null;
}

/** Every finding of an attempt as a mark (overlaps allowed), timed when it was spoken. */
export function timedMarks(attempt: ReplyAttempt): TimedMark[] {
  const placed = attempt.transcript ? placeWords(attempt.text, attempt.transcript.words) : [];
  const evidence = evidenceOf(attempt);
  const marks: Mark[] = evidence
    ? evidence
        .filter((e) => e.delta !== 0 && e.end > e.start)
        .map((e) => ({
          start: e.start,
          end: e.end,
          tone: e.delta > 0 ? 'helped' : 'hurt',
          label: `${plainKind(e.kind)} (${plainEffect(e.dimension, e.delta)})`,
          why: noteWithoutKind(e.note, e.kind),
          suggestion: e.suggestion,
        }))
    : marksFor(attempt.analysis);
  return marks.map((mark, i) => ({ ...mark, id: `${attempt.id}-m${i}`, time: timeOfSpan(placed, mark.start, mark.end) }));
}

/** The marks that can be shown inline in the transcript (hurt first wins where spans overlap). */
export function inlineMarks(marks: TimedMark[]): TimedMark[] {
  const ordered = [...marks].sort((a, b) => (a.tone === 'hurt' ? 0 : 1) - (b.tone === 'hurt' ? 0 : 1));
  return removeOverlaps(ordered) as TimedMark[];
}

/** The waveform regions: one per timed finding. */
export function regionsFor(attempt: ReplyAttempt, marks: TimedMark[]): WaveRegion[] {
  return marks.flatMap((m) => (m.time ? [{ id: m.id, start: m.time.start, end: m.time.end, tone: m.tone, label: `${m.label}: “${attempt.text.slice(m.start, m.end)}”` }] : []));
}
