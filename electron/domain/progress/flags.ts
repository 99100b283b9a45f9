/** How often each kind of flagged language occurs, and whether it is fading. */
import type { Session } from '../../../shared/types/sessions';
import { allAttempts } from './session-scores';
import type { FlagTrend } from '../../../shared/types/progress';

/** Sessions compared at each end: up to this many, and never more than half the history. */
export const TREND_WINDOW = 3;

/** Counts flagged spans by kind in one session (every attempt counts: each was said aloud). */
export function countFlags(session: Session): Map<string, number> {
  const counts = new Map<string, number>();
  for (const attempt of allAttempts(session)) {
    for (const judgment of attempt.analysis.judgments) {
      counts.set(judgment.kind, (counts.get(judgment.kind) ?? 0) + 1);
    }
  }
  return counts;
}

/** Flag trends over sessions given oldest first; most frequent first, ties by name. */
export function flagTrends(sessionsOldestFirst: readonly Session[]): FlagTrend[] {
  const perSession = sessionsOldestFirst.map(countFlags);
  const n = perSession.length;
  const window = Math.max(1, Math.min(TREND_WINDOW, Math.floor(n / 2) || 1));
  const kinds = new Set(perSession.flatMap((m) => [...m.keys()]));
  const rate = (slice: Map<string, number>[], kind: string): number =>
    Math.round((slice.reduce((s, m) => s + (m.get(kind) ?? 0), 0) / slice.length) * 10) / 10;
  const early = perSession.slice(0, window);
  const recent = perSession.slice(n - window);
  return [...kinds]
    .map((kind) => ({
      kind,
      total: perSession.reduce((s, m) => s + (m.get(kind) ?? 0), 0),
      sessionCount: perSession.filter((m) => m.has(kind)).length,
      earlyPerSession: rate(early, kind),
      recentPerSession: rate(recent, kind),
      window,
    }))
    .sort((a, b) => b.total - a.total || a.kind.localeCompare(b.kind));
}
