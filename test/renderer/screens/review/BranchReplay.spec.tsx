// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, calls, resetFake } from '../../support/fake-api';
import { renderWithData } from '../../support/render';
import { summaryOf, typedAttempt } from '../../support/sessions';
import { ReviewScreen } from '../../../../renderer/src/screens/review/ReviewScreen';
import { SESSION_SCHEMA_VERSION, type Session } from '../../../../shared/types/sessions';

vi.mock('../../../../renderer/src/lib/api', async () => ({ api: (await import('../../support/fake-api')).fakeApi }));

/** Three replies ended by hand (60, 61, 62), retried from turn 2 with one reply (95) that opened the partner up. */
const SESSION: Session = {
  schemaVersion: SESSION_SCHEMA_VERSION,
  id: 's1',
  scenarioId: 'grief-birthday',
  scenarioTitle: 'A hard birthday',
  startedAt: '2026-11-30T09:00:00Z',
  ending: 'ended',
  turns: [0, 1, 2].map((index) => ({ index, partnerLine: `Line ${index}`, attempts: [typedAttempt(`a${index}`, 60 + index, `First try, reply ${index + 1}.`)] })),
  branches: [{ id: 'r1', fromTurn: 1, createdAt: '2026-11-30T09:10:00Z', ending: 'success', turns: [{ index: 1, partnerLine: 'Line 1', attempts: [typedAttempt('b1', 95, 'That must have hurt so much.')] }] }],
};

beforeEach(() => {
  resetFake();
  answer({ dialogInfo: () => ({ hasDialogs: false }), listSessions: () => ({ sessions: [{ ...summaryOf(SESSION), retryCount: 1 }], problems: [] }), getSession: () => SESSION });
});
afterEach(cleanup);

describe('Review of a session with a retry', () => {
  it('lists the first try and the retry with their own scores, and replays the retry on request', async () => {
    renderWithData(<ReviewScreen />);
    const row = (await screen.findByTestId('session-list')).querySelector('tbody tr')!;
    expect(row.textContent).toContain('3 · 1 retry');
    expect(screen.getByText(/each retry has its own score in the replay/)).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: /^Open A hard birthday/ }));
    const picker = await screen.findByTestId('line-picker');
    const [first, retry] = within(picker).getAllByRole('button');
    expect(first?.textContent).toBe('First try — you ended it · score 61');
    expect(retry?.textContent).toBe('Retry from turn 2 — partner opened up · score 77.5');
    expect(first?.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('First try, reply 3.')).toBeTruthy();

    await userEvent.click(retry!);
    expect(retry?.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('That must have hurt so much.')).toBeTruthy();
    expect(screen.queryByText('First try, reply 3.')).toBeNull();
    expect(screen.getByText('First try, reply 1.')).toBeTruthy(); // the shared turn
    expect(screen.getByText('Turn 1, as in the version this retry came from')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your retry starts here, at turn 2' })).toBeTruthy();
    expect(screen.getByText(/The partner opened up\./)).toBeTruthy();
    expect(screen.getAllByTestId('replay-turn')).toHaveLength(2);
  });

  it("asks for a spoken retry's own recording when the retry is replayed", async () => {
    const spoken: Session = { ...SESSION, branches: [{ ...SESSION.branches![0]!, turns: [{ index: 1, partnerLine: 'Line 1', attempts: [{ ...typedAttempt('b1', 95, 'That must have hurt.'), source: 'voice', audioFile: 'turn-1-b1.wav' }] }] }] };
    answer({ getSession: () => spoken, getSessionAudio: () => Promise.reject(new Error('No recordings in this test.')) });
    renderWithData(<ReviewScreen />);
    await userEvent.click(await screen.findByRole('button', { name: /^Open A hard birthday/ }));
    await userEvent.click(within(await screen.findByTestId('line-picker')).getByRole('button', { name: /^Retry from turn 2/ }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'getSessionAudio').map((c) => c.request)).toEqual([{ id: 's1', file: 'turn-1-b1.wav' }]));
  });

  it('shows no picker for a session never retried', async () => {
    const plain = { ...SESSION, branches: [] };
    answer({ listSessions: () => ({ sessions: [summaryOf(plain)], problems: [] }), getSession: () => plain });
    renderWithData(<ReviewScreen />);
    await userEvent.click(await screen.findByRole('button', { name: /^Open A hard birthday/ }));
    await screen.findByTestId('replay');
    expect(screen.queryByTestId('line-picker')).toBeNull();
  });
});
