// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { answer, resetFake } from '../support/fake-api';
import { renderWithData } from '../support/render';
import { StoreProblems } from '../../../renderer/src/app/StoreProblems';
import type { SessionProblem } from '../../../shared/types/sessions';

vi.mock('../../../renderer/src/lib/api', async () => ({ api: (await import('../support/fake-api')).fakeApi }));

const problem = (id: string): SessionProblem => ({ id, message: `Session ${id} could not be read: session.json is not valid JSON.` });

beforeEach(resetFake);
afterEach(cleanup);

async function bannerFor(problems: SessionProblem[]): Promise<string> {
  answer({ listSessions: () => ({ sessions: [], problems }) });
  renderWithData(<StoreProblems />);
  return (await screen.findByTestId('store-problems')).querySelector('strong')?.textContent ?? '';
}

describe('the banner for saved sessions that could not be read', () => {
  it('counts one with the singular', async () => {
    expect(await bannerFor([problem('a')])).toBe('1 saved session could not be read and was skipped.');
  });
  it('counts several with the plural, and lists each', async () => {
    expect(await bannerFor([problem('a'), problem('b')])).toBe('2 saved sessions could not be read and were skipped.');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([problem('a').message, problem('b').message]);
  });
});
