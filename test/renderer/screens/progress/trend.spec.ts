import { describe, expect, it } from 'vitest';
import { hasTrend, overTimeSentence } from '../../../../renderer/src/screens/progress/trend';
import type { SessionPoint } from '../../../../shared/types/progress';

const point = (id: string, day: string, overall: number, scenarioId = 'grief'): SessionPoint => ({
  id,
  scenarioId,
  scenarioTitle: scenarioId,
  startedAt: `${day}T09:00:00Z`,
  day,
  scores: { overall, judgmentFree: overall, openQuestions: overall, empathy: overall },
  replyCount: 1,
});

describe('trends', () => {
  it('need at least three scored sessions on at least two days', () => {
    expect(hasTrend([point('a', '2026-11-30', 50), point('b', '2026-11-30', 60), point('c', '2026-11-30', 70)])).toBe(false);
    expect(hasTrend([point('a', '2026-11-29', 50), point('b', '2026-11-30', 60)])).toBe(false);
    expect(hasTrend([point('a', '2026-11-29', 50), point('b', '2026-11-30', 60), point('c', '2026-11-30', 70)])).toBe(true);
  });

  it('compare first and latest only within one scenario, and say why not otherwise', () => {
    expect(overTimeSentence([point('a', '2026-11-30', 88)])).toBe('One scored session so far; a trend needs at least 3 sessions on 2 different days.');
    const mixed = [point('a', '2026-11-28', 88, 'gentle-one'), point('b', '2026-11-29', 60), point('c', '2026-11-30', 50, 'hard-one')];
    expect(overTimeSentence(mixed)).toBe('3 sessions in 3 scenarios. Scenarios differ in how hard they are, so compare each one under By scenario.');
    const same = [point('a', '2026-11-28', 40), point('b', '2026-11-29', 60), point('c', '2026-11-30', 75)];
    expect(overTimeSentence(same)).toBe('Overall score went from 40 in your first session to 75 in your latest, over 3 sessions.');
  });
});
