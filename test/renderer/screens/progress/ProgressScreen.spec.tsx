// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { answer, deferred, push, resetFake } from '../../support/fake-api';
import { renderWithData } from '../../support/render';
import { ProgressScreen } from '../../../../renderer/src/screens/progress/ProgressScreen';
import type { ProgressSummary } from '../../../../shared/types/progress';

vi.mock('../../../../renderer/src/lib/api', async () => ({ api: (await import('../../support/fake-api')).fakeApi }));
// jsdom has no canvas: the chart itself is drawn in the browser tests; here only its text matters.
vi.mock('react-chartjs-2', () => ({ Line: () => null, Bar: () => null }));

type Summary = ProgressSummary & { unreadable: number };

const EMPTY: Summary = {
  sessions: [],
  scenarios: [],
  flags: [],
  streaks: { current: 0, longest: 0, practiceDays: 0, lastPracticeDay: null },
  bestReply: {},
  bestSession: {},
  calibration: [],
  timeZone: 'UTC',
  unreadable: 0,
};

const point = (id: string, overall: number, day: string) => ({
  id,
  scenarioId: 'grief-birthday',
  scenarioTitle: 'A hard birthday',
  startedAt: `${day}T09:00:00Z`,
  day,
  scores: { overall, judgmentFree: overall, openQuestions: overall, empathy: overall },
  replyCount: 1,
});

beforeEach(() => {
  resetFake();
  answer({ listScenarios: () => ({ scenarios: [], problems: [] }) });
});
afterEach(cleanup);

describe('Progress screen', () => {
  it('says it is working until the summary arrives', async () => {
    const summary = deferred<Summary>();
    answer({ progressSummary: () => summary.promise });
    renderWithData(<ProgressScreen />);
    expect(screen.getByText('Working out your progress…')).toBeTruthy();
    summary.resolve(EMPTY);
    expect(await screen.findByText(/No scored sessions yet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Refresh' })).toBeNull();
  });

  it('counts unreadable session folders with the right verb', async () => {
    answer({ progressSummary: () => ({ ...EMPTY, unreadable: 1 }) });
    renderWithData(<ProgressScreen />);
    expect(await screen.findByText('1 session folder could not be read and is left out.')).toBeTruthy();
    cleanup();
    answer({ progressSummary: () => ({ ...EMPTY, unreadable: 3 }) });
    renderWithData(<ProgressScreen />);
    expect(await screen.findByText('3 session folders could not be read and are left out.')).toBeTruthy();
  });

  it('shows a failure as one plain sentence', async () => {
    answer({ progressSummary: () => Promise.reject(new Error('The time zone "Mars/Base" is not known.')) });
    renderWithData(<ProgressScreen />);
    expect((await screen.findByRole('alert')).textContent).toBe('Progress could not be worked out: The time zone "Mars/Base" is not known.');
  });

  it('adds a finished session when Node says one was saved, and empties when all are deleted', async () => {
    let summary: Summary = EMPTY;
    answer({ progressSummary: () => summary });
    renderWithData(<ProgressScreen />);
    await screen.findByText(/No scored sessions yet/);
    summary = { ...EMPTY, sessions: [point('a', 60, '2026-11-29'), point('b', 80, '2026-11-30')] };
    push('data:changed', { what: 'session-saved', ids: ['b'] });
    expect(await screen.findByTestId('chart-over-time')).toBeTruthy();
    summary = EMPTY;
    push('data:changed', { what: 'all-deleted' });
    expect(await screen.findByText(/No scored sessions yet/)).toBeTruthy();
  });
  it('calls a habit fading only after three sessions on two days; before that it is too early to tell', async () => {
    const advice = { kind: 'advice', total: 3, sessionCount: 2, earlyPerSession: 2, recentPerSession: 1, window: 1 };
    let summary: Summary = { ...EMPTY, sessions: [point('a', 40, '2026-11-30'), point('b', 50, '2026-11-30'), point('c', 60, '2026-11-30')], flags: [advice] };
    answer({ progressSummary: () => summary });
    renderWithData(<ProgressScreen />);
    const row = async () => (await screen.findByTestId('flag-trends')).querySelector('tbody tr')?.textContent;
    // Three sessions, but all on one day.
    expect(await row()).toBe('jumping to advice2 → 1too early to tell3');
    summary = { ...summary, sessions: [point('a', 40, '2026-11-29'), ...summary.sessions.slice(1)] };
    push('data:changed', { what: 'session-saved', ids: ['c'] });
    await screen.findByText('fading');
    expect(await row()).toBe('jumping to advice2 → 1fading3');
  });
});
