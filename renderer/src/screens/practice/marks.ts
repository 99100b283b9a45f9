import type { Analysis, Evidence } from '../../../../shared/types/analysis';
import { noteWithoutKind, plainKind } from '../../lib/plain-words';

/** One marked stretch of the reply and why it was marked. */
export interface Mark {
  start: number;
  end: number;
  tone: 'helped' | 'hurt' | 'neutral';
  label: string;
  why: string;
  suggestion?: string;
}

const humanize = plainKind;

/** One sentence per kind: a finding that moved two scores carries two wordings of the same reason. */
function reasons(group: Evidence[]): string {
  const byKind = new Map<string, string>();
  for (const e of group) if (!byKind.has(e.kind)) byKind.set(e.kind, noteWithoutKind(e.note, e.kind));
  return [...new Set(byKind.values())].join(' ');
}

/** Marks from the analyzer's evidence: spans that share a place are merged, and their deltas summed. */
function marksFromEvidence(evidence: Evidence[]): Mark[] {
  const bySpan = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const key = `${e.start}:${e.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), e]);
  }
  const marks = [...bySpan.values()].map((group): Mark & { weight: number } => {
    const total = group.reduce((n, e) => n + e.delta, 0);
    const first = group[0] as Evidence;
    return {
      start: first.start,
      end: first.end,
      tone: total > 0 ? 'helped' : total < 0 ? 'hurt' : 'neutral',
      label: [...new Set(group.map((e) => humanize(e.kind)))].join(', '),
      why: reasons(group),
      suggestion: group.find((e) => e.suggestion)?.suggestion,
      weight: Math.abs(total),
    };
  });
  // Where spans overlap, what hurt is shown first, then what moved the score most.
  marks.sort((a, b) => Number(b.tone === 'hurt') - Number(a.tone === 'hurt') || b.weight - a.weight);
  return removeOverlaps(marks.map(({ weight: _weight, ...mark }) => mark));
}

/** The analyzer's findings as marks, one per span: from its evidence when present, else from its flags. */
export function marksFor(analysis: Analysis): Mark[] {
  const evidence = (analysis as Analysis & { evidence?: Evidence[] }).evidence;
  if (evidence && evidence.length > 0) return marksFromEvidence(evidence);
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
            label: 'yes-or-no question',
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
