/** What an ended session taught, from its saved file: scores per reply, the most telling phrases, the turning point. Pure. */
import type { Evidence } from '../../../../shared/types/analysis';
import type { Session } from '../../../../shared/types/sessions';
import { continuingAttempt } from '../../../../shared/sessions/scores';
import { plainKind } from '../../lib/plain-words';

/** One reply of the session as the summary lists it. */
export interface ReplyLine {
  number: number;
  overall: number;
  attempts: number;
}

/** A phrase that moved the scores a lot, either way. */
export interface TellingPhrase {
  reply: number;
  text: string;
  tone: 'helped' | 'hurt';
  label: string;
  why: string;
  suggestion?: string;
  weight: number;
}

/** The reply that moved the partner most. */
export interface TurningPoint {
  reply: number;
  before: number;
  after: number;
}

/** The ending screen's summary. */
export interface EndingSummary {
  replies: ReplyLine[];
  telling: TellingPhrase[];
  turningPoint?: TurningPoint;
}

/** Each span's findings merged (one phrase can move two scores), weighted by how far they moved them. */
function phrasesOf(reply: number, text: string, evidence: readonly Evidence[]): TellingPhrase[] {
  const bySpan = new Map<string, Evidence[]>();
  for (const e of evidence) bySpan.set(`${e.start}:${e.end}`, [...(bySpan.get(`${e.start}:${e.end}`) ?? []), e]);
  return [...bySpan.values()].flatMap((group) => {
    const total = group.reduce((n, e) => n + e.delta, 0);
    const first = group[0]!;
    if (total === 0 || first.end <= first.start) return [];
    return [
      {
        reply,
        text: text.slice(first.start, first.end),
        tone: total > 0 ? ('helped' as const) : ('hurt' as const),
        label: [...new Set(group.map((e) => plainKind(e.kind)))].join(', '),
        why: first.note,
        // A better wording belongs to what hurt; a phrase that helped overall needs none.
        suggestion: total < 0 ? group.find((e) => e.suggestion)?.suggestion : undefined,
        weight: Math.abs(total),
      },
    ];
  });
}

/** Summarises the replies the talk went on from (the kept attempt of each turn) on one line of a session (see shared/sessions/branches.ts). */
export function summarizeEnding(session: Pick<Session, 'turns'>, telling = 3): EndingSummary {
  const replies: ReplyLine[] = [];
  const phrases: TellingPhrase[] = [];
  let turningPoint: TurningPoint | undefined;
  for (const turn of session.turns) {
    const kept = continuingAttempt(turn);
    if (!kept) continue;
    const number = replies.length + 1;
    replies.push({ number, overall: kept.analysis.scores.overall, attempts: turn.attempts.length });
    const evidence = (kept.analysis as { evidence?: Evidence[] }).evidence ?? [];
    phrases.push(...phrasesOf(number, kept.text, evidence));
    const { opennessBefore: before, opennessAfter: after } = kept.reaction;
    if (before !== after && (!turningPoint || Math.abs(after - before) > Math.abs(turningPoint.after - turningPoint.before))) turningPoint = { reply: number, before, after };
  }
  return { replies, telling: mostTelling(phrases, telling), ...(turningPoint ? { turningPoint } : {}) };
}

/**
 * The heaviest phrases, but never only one side when both happened: a session whose best reply
 * had three strong helps still shows the worst thing said, and the other way round.
 */
function mostTelling(phrases: TellingPhrase[], count: number): TellingPhrase[] {
  const byWeight = [...phrases].sort((a, b) => b.weight - a.weight || a.reply - b.reply);
  const top = byWeight.slice(0, count);
  for (const tone of ['helped', 'hurt'] as const) {
    const best = byWeight.find((p) => p.tone === tone);
    if (!best || top.includes(best) || count < 2) continue;
    // Replace the lightest phrase of the side that holds the rest.
    const others = top.filter((p) => p.tone !== tone);
    top.splice(top.indexOf(others[others.length - 1]!), 1);
    top.push(best);
  }
  return top.sort((a, b) => b.weight - a.weight || a.reply - b.reply);
}
