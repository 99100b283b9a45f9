import type { Analysis } from '../../../../electron/domain/analysis/types';

/** One marked stretch of the reply and why it was marked. */
export interface Mark {
  start: number;
  end: number;
  tone: 'helped' | 'hurt' | 'neutral';
  label: string;
  why: string;
  suggestion?: string;
}

const KIND_LABELS: Record<string, string> = {};

function humanize(kind: string): string {
  return KIND_LABELS[kind] ?? kind.replace(/[-_]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The analyzer's findings as marks, one per span (judgments first where spans overlap). */
export function marksFor(analysis: Analysis): Mark[] {
  const marks: Mark[] = [];
  for (const j of analysis.judgments) {
    marks.push({ start: j.start, end: j.end, tone: 'hurt', label: humanize(j.kind), why: `This can land as ${humanize(j.kind)}.`, suggestion: j.suggestion });
  }
  for (const q of analysis.questions) {
    marks.push(
      q.type === 'open'
        ? { start: q.start, end: q.end, tone: 'helped', label: 'open question', why: 'An open question invites them to say more, in their own words.' }
        : {
            start: q.start,
            end: q.end,
            tone: 'neutral',
            label: 'closed question',
            why: 'A closed question can be answered with one word, which lets a withdrawn person stay closed.',
            suggestion: 'Ask it openly, starting with "what" or "how".',
          },
    );
  }
  return removeOverlaps(marks);
}

/** Keeps the first mark of any overlapping group (judgments were pushed first, so they win). */
export function removeOverlaps(marks: Mark[]): Mark[] {
  const kept: Mark[] = [];
  for (const mark of marks) {
    if (mark.end <= mark.start) continue;
    if (kept.some((k) => mark.start < k.end && k.start < mark.end)) continue;
    kept.push(mark);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Splits `text` into plain and marked pieces in order. */
export function segment(text: string, marks: Mark[]): { text: string; mark?: Mark }[] {
  const pieces: { text: string; mark?: Mark }[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) pieces.push({ text: text.slice(at, mark.start) });
    pieces.push({ text: text.slice(mark.start, mark.end), mark });
    at = mark.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
