/** What an ended session taught, from its saved file: scores per reply, the most telling phrases, the turning point. Pure. */
import type { Evidence } from '../../../../shared/types/analysis';
import type { Session } from '../../../../shared/types/sessions';
import { continuingAttempt } from '../../../../shared/sessions/scores';
import { noteWithoutKind, plainKind } from '../../lib/plain-words';

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

/** The reply that moved the partner most, or (on a tie) the one that turned things around. */
export interface TurningPoint {
  reply: number;
  before: number;
  after: number;
  /** `most`: no other reply moved them as far; `reversed`: tied, but this one changed the direction. */
  reason: 'most' | 'reversed';
}

/** The ending screen's summary. */
export interface EndingSummary {
  replies: ReplyLine[];
  telling: TellingPhrase[];
  turningPoint?: TurningPoint;
  /** Instead of a turning point, when no reply moved the partner further than the rest and none changed the direction: openness from the first move to the last. */
  steady?: { before: number; after: number };
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
        why: noteWithoutKind(first.note, first.kind),
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
  const moves: Move[] = [];
  for (const turn of session.turns) {
    const kept = continuingAttempt(turn);
    if (!kept) continue;
    const number = replies.length + 1;
    replies.push({ number, overall: kept.analysis.scores.overall, attempts: turn.attempts.length });
    const evidence = (kept.analysis as { evidence?: Evidence[] }).evidence ?? [];
    phrases.push(...phrasesOf(number, kept.text, evidence));
    const { opennessBefore: before, opennessAfter: after } = kept.reaction;
    if (before !== after) moves.push({ reply: number, before, after });
  }
  return { replies, telling: mostTelling(phrases, telling), ...turnOf(moves) };
}

type Move = Omit<TurningPoint, 'reason'>;

/**
 * The reply that moved the partner furthest. Openness mostly moves one step at a time, so ties are
 * common; "the first of them" would then be arbitrary (and wrong when a later reply undid it), so a
 * tie goes to the last tied reply that changed the direction, and a session whose tied moves
 * never changed the direction has no turning point.
 */
function turnOf(moves: readonly Move[]): Pick<EndingSummary, 'turningPoint' | 'steady'> {
  if (moves.length === 0) return {};
  const size = (m: Move): number => Math.abs(m.after - m.before);
  const largest = Math.max(...moves.map(size));
  const tied = moves.filter((m) => size(m) === largest);
  if (tied.length === 1) return { turningPoint: { ...tied[0]!, reason: 'most' } };
  const sign = (m: Move): number => Math.sign(m.after - m.before);
  const reversal = tied.filter((m) => {
    const previous = moves[moves.indexOf(m) - 1];
    return previous !== undefined && sign(previous) !== sign(m);
  });
  const turn = reversal.at(-1);
  if (turn) return { turningPoint: { ...turn, reason: 'reversed' } };
  return { steady: { before: moves[0]!.before, after: moves.at(-1)!.after } };
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
