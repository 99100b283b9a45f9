// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, calls, resetFake } from '../../support/fake-api';
import { renderWithData } from '../../support/render';
import { practiceView } from '../../support/practice';
import { typedAttempt } from '../../support/sessions';
import { PracticeScreen } from '../../../../renderer/src/screens/practice/PracticeScreen';
import type { ScenarioCard } from '../../../../shared/ipc/contract';
import { SESSION_SCHEMA_VERSION, type Session } from '../../../../shared/types/sessions';

vi.mock('../../../../renderer/src/lib/api', async () => ({ api: (await import('../../support/fake-api')).fakeApi }));

const CARD: ScenarioCard = { id: 'grief-birthday', title: 'A hard birthday', cause: 'grief', difficulty: 'gentle', partnerName: 'Sam', summary: 'Sam lost his brother.', lastScore: null };

/** Three answered turns and the partner's unanswered fourth line, ended by hand. */
const SESSION: Session = {
  schemaVersion: SESSION_SCHEMA_VERSION,
  id: 'live-1',
  scenarioId: 'grief-birthday',
  scenarioTitle: 'A hard birthday',
  startedAt: '2026-11-30T09:00:00Z',
  ending: 'ended',
  turns: [0, 1, 2, 3].map((index) => ({ index, partnerLine: `Line ${index}`, attempts: index < 3 ? [typedAttempt(`a${index}`, 60 + index)] : [] })),
};

beforeEach(() => {
  resetFake();
  answer({
    speechStatus: () => ({ present: false, model: 'tiny.en', modelsDir: '/m', message: 'No speech model is installed.' }),
    getSettings: () => ({ microphoneId: null, model: 'tiny.en', retentionDays: null, predictScores: false }),
    listScenarios: () => ({ scenarios: [CARD], problems: [] }),
    startPractice: () => practiceView(3),
    endPractice: () => practiceView(3, { ending: 'ended' }),
    getSession: () => SESSION,
  });
});
afterEach(cleanup);

async function endSession() {
  renderWithData(<PracticeScreen />);
  await userEvent.click(await screen.findByRole('button', { name: 'Start: A hard birthday' }));
  await userEvent.click(await screen.findByRole('button', { name: 'End session' }));
  return screen.findByTestId('retry');
}

describe('the ending screen', () => {
  it('offers a retry from each answered turn, and Review', async () => {
    const retry = await endSession();
    expect(within(retry).getAllByRole('button').map((b) => b.textContent)).toEqual(['Retry from turn 1', 'Retry from turn 2', 'Retry from turn 3']);
    expect(screen.getByRole('button', { name: 'Review this session' })).toBeTruthy();
  });

  it('retries from turn 2 by keyboard: the same session goes on in the retry, and replies name it', async () => {
    answer({
      retryFrom: () => practiceView(1, { branchId: 'r1', fromTurn: 1, canRedo: false }),
      reply: () => ({ attempt: typedAttempt('b1', 90), answeredLine: 'Line 1', previousAttempts: [], continuedWith: 'b1', view: practiceView(2, { branchId: 'r1', fromTurn: 1 }) }),
    });
    const retry = await endSession();
    within(retry).getByRole('button', { name: 'Retry from turn 2' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Send reply' })).toBeTruthy();
    expect(calls.find((c) => c.method === 'retryFrom')?.request).toEqual({ sessionId: 'live-1', turnIndex: 1 });
    expect(screen.getByText('Line 1')).toBeTruthy();
    expect(screen.getByText(/^Retry from turn 2 · Reply 2$/)).toBeTruthy();
    // The partner's line takes focus, as on any new line, so the keyboard user is not left on a vanished button.
    expect(document.activeElement?.textContent).toContain('Line 1');
    await userEvent.type(screen.getByLabelText('Or type your reply'), 'That must have hurt.');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    await screen.findByTestId('reaction-line');
    expect(calls.find((c) => c.method === 'reply')?.request).toMatchObject({ sessionId: 'live-1', branchId: 'r1', text: 'That must have hurt.' });
  });

  it('shows a refused retry as one plain sentence and stays on the ending', async () => {
    answer({ retryFrom: () => Promise.reject(new Error('There is no answered turn 2 to retry from; choose a turn from 1 to 1.')) });
    const retry = await endSession();
    await userEvent.click(within(retry).getByRole('button', { name: 'Retry from turn 2' }));
    expect((await screen.findByRole('alert')).textContent).toContain('There is no answered turn 2 to retry from');
    expect(screen.getByTestId('ending')).toBeTruthy();
  });

  it("summarises a retry's own line when it ends", async () => {
    const retried: Session = { ...SESSION, branches: [{ id: 'r1', fromTurn: 1, createdAt: '2026-11-30T09:10:00Z', ending: 'success', turns: [{ index: 1, partnerLine: 'Line 1', attempts: [typedAttempt('b1', 95)] }] }] };
    answer({ getSession: () => retried, endPractice: () => practiceView(1, { branchId: 'r1', ending: 'success' }) });
    const retry = await endSession();
    expect(screen.getByText('This was your retry from turn 2; the session keeps the first try too.')).toBeTruthy();
    expect(within(screen.getByTestId('ending-summary')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Reply 1: 60', 'Reply 2: 95']);
    expect(within(retry).getAllByRole('button')).toHaveLength(2);
  });
  it('names the reply that turned things around, or says that none stood out', async () => {
    const withOpenness = (moves: [number, number][]): Session => ({
      ...SESSION,
      turns: SESSION.turns.map((turn, i) => ({ ...turn, attempts: turn.attempts.map((a) => ({ ...a, reaction: { ...a.reaction, opennessBefore: moves[i]![0], opennessAfter: moves[i]![1] } })) })),
    });
    answer({ getSession: () => withOpenness([[1, 2], [2, 1], [1, 1]]) });
    await endSession();
    expect(screen.getByTestId('turning-point').textContent).toBe('Turning point: reply 2 changed the direction, openness 2 → 1.');
    cleanup();
    answer({ getSession: () => withOpenness([[1, 2], [2, 3], [3, 4]]) });
    await endSession();
    expect(screen.getByTestId('turning-point').textContent).toBe('No single reply stood out: Sam’s openness went 1 → 4 across your replies.');
  });
});
