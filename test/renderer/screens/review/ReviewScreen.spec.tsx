// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, deferred, push, resetFake } from '../../support/fake-api';
import { renderWithData } from '../../support/render';
import { summaryOf, typedSession } from '../../support/sessions';
import { ReviewScreen } from '../../../../renderer/src/screens/review/ReviewScreen';
import type { SessionSummary } from '../../../../shared/types/sessions';

vi.mock('../../../../renderer/src/lib/api', async () => ({ api: (await import('../../support/fake-api')).fakeApi }));

beforeEach(() => {
  resetFake();
  answer({ dialogInfo: () => ({ hasDialogs: false }) });
});
afterEach(cleanup);

describe('Review screen', () => {
  it('says it is loading until the list arrives, then shows the sessions', async () => {
    const list = deferred<{ sessions: SessionSummary[]; problems: [] }>();
    answer({ listSessions: () => list.promise });
    renderWithData(<ReviewScreen />);
    expect(screen.getByText('Loading sessions…')).toBeTruthy();
    list.resolve({ sessions: [summaryOf(typedSession('s1', 64))], problems: [] });
    const table = await screen.findByTestId('session-list');
    expect(within(table).getByText('A hard birthday')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Refresh' })).toBeNull();
  });

  it('says so plainly when there are no sessions', async () => {
    answer({ listSessions: () => ({ sessions: [], problems: [] }) });
    renderWithData(<ReviewScreen />);
    expect((await screen.findByTestId('no-sessions')).textContent).toContain('No sessions yet');
  });

  it('shows a failed listing as one plain sentence', async () => {
    answer({ listSessions: () => Promise.reject(new Error('The sessions folder cannot be read.')) });
    renderWithData(<ReviewScreen />);
    expect((await screen.findByRole('alert')).textContent).toBe('Your sessions could not be listed: The sessions folder cannot be read.');
    expect(screen.queryByTestId('no-sessions')).toBeNull();
  });

  it('re-reads the list when Node says a session was saved, without Refresh', async () => {
    let sessions = [summaryOf(typedSession('s1'))];
    answer({ listSessions: () => ({ sessions, problems: [] }) });
    renderWithData(<ReviewScreen />);
    await screen.findByTestId('session-list');
    sessions = [summaryOf(typedSession('s2')), ...sessions];
    push('data:changed', { what: 'session-saved', ids: ['s2'] });
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Open / })).toHaveLength(2));
  });

  it('closes an open replay when its session is deleted elsewhere, and empties the list', async () => {
    const session = typedSession('s1');
    let sessions = [summaryOf(session)];
    answer({ listSessions: () => ({ sessions, problems: [] }), getSession: () => session });
    renderWithData(<ReviewScreen />);
    await userEvent.click(await screen.findByRole('button', { name: /^Open A hard birthday/ }));
    expect(await screen.findByTestId('replay')).toBeTruthy();
    sessions = [];
    push('data:changed', { what: 'all-deleted' });
    expect((await screen.findByTestId('review-note')).textContent).toContain('was deleted');
    expect(screen.queryByTestId('replay')).toBeNull();
    expect(screen.getByTestId('no-sessions')).toBeTruthy();
  });
});
