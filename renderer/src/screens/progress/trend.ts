/** When a change over time means something: enough sessions, spread over more than one day. Pure. */
import type { SessionPoint } from '../../../../shared/types/progress';

/** Fewer sessions, or all on one day, is noise: no "went up", no "fading". */
export const TREND_MIN_SESSIONS = 3;
export const TREND_MIN_DAYS = 2;

/** True when the scored sessions are enough to speak of a trend. */
export function hasTrend(sessions: readonly SessionPoint[]): boolean {
  const scored = sessions.filter((s) => s.scores !== null);
  return scored.length >= TREND_MIN_SESSIONS && new Set(scored.map((s) => s.day)).size >= TREND_MIN_DAYS;
}

/** The sentence under the chart: a first → latest comparison only between like sessions (one scenario), and only for a real trend. */
export function overTimeSentence(sessions: readonly SessionPoint[]): string {
  const scored = sessions.filter((s) => s.scores !== null);
  if (scored.length === 0) return 'No scored sessions yet.';
  if (!hasTrend(scored)) {
    return `${scored.length === 1 ? 'One scored session' : `${scored.length} scored sessions`} so far; a trend needs at least ${TREND_MIN_SESSIONS} sessions on ${TREND_MIN_DAYS} different days.`;
  }
  const scenarios = new Set(scored.map((s) => s.scenarioId)).size;
  if (scenarios > 1) return `${scored.length} sessions in ${scenarios} scenarios. Scenarios differ in how hard they are, so compare each one under By scenario.`;
  return `Overall score went from ${scored[0]!.scores!.overall} in your first session to ${scored.at(-1)!.scores!.overall} in your latest, over ${scored.length} sessions.`;
}
