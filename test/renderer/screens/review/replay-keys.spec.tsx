// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, resetFake } from '../../support/fake-api';
import { renderWithData } from '../../support/render';
import { summaryOf, typedAttempt, typedSession } from '../../support/sessions';
import { ReviewScreen } from '../../../../renderer/src/screens/review/ReviewScreen';
import type { Session } from '../../../../shared/types/sessions';

vi.mock('../../../../renderer/src/lib/api', async () => ({ api: (await import('../../support/fake-api')).fakeApi }));

/** Two answered turns, so N and P have somewhere to go. */
const SESSION: Session = { ...typedSession('s1'), turns: [0, 1].map((index) => ({ index, partnerLine: `Line ${index}`, attempts: [typedAttempt(`a${index}`, 60 + index)] })) };

const active = (): string | null | undefined => document.querySelector('.attempt-active')?.getAttribute('data-attempt-id');

beforeEach(() => {
  resetFake();
  // jsdom lays nothing out, so it has no scrollIntoView; the replay scrolls the reply it moves to.
  Element.prototype.scrollIntoView = () => undefined;
  answer({ dialogInfo: () => ({ hasDialogs: false }), listSessions: () => ({ sessions: [summaryOf(SESSION)], problems: [] }), getSession: () => SESSION });
});
afterEach(cleanup);

describe('replay keys', () => {
  it('work with focus anywhere on the screen, and leave keys typed in a field alone', async () => {
    renderWithData(<ReviewScreen />);
    await userEvent.click(await screen.findByRole('button', { name: /^Open A hard birthday/ }));
    await screen.findByTestId('replay');
    expect(active()).toBe('a0');
    // Focus outside the replay (nothing focused): N moves to the next reply, P back.
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(active()).toBe('a1');
    fireEvent.keyDown(document.body, { key: 'p' });
    expect(active()).toBe('a0');
    // A field elsewhere in the window (a search box, a path) keeps its letters; so do browser shortcuts.
    const field = document.body.appendChild(document.createElement('input'));
    fireEvent.keyDown(field, { key: 'n' });
    expect(active()).toBe('a0');
    fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    expect(active()).toBe('a0');
    field.remove();
  });
});
