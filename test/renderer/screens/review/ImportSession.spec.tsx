// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, resetFake } from '../../support/fake-api';
import { renderWithData } from '../../support/render';
import { ImportSession } from '../../../../renderer/src/screens/review/ImportSession';
import { formatWhen } from '../../../../renderer/src/screens/review/SessionList';
import type { ImportResult } from '../../../../shared/types/archive';

vi.mock('../../../../renderer/src/lib/api', async () => ({ api: (await import('../../support/fake-api')).fakeApi }));

const ID = '20260301-090000-abc123';
const STARTED = '2026-03-01T09:00:00.000Z';
const result = (status: ImportResult['status'], id = ID): ImportResult => ({ id, status, files: ['session.json'], scenarioTitle: 'A birthday without him', startedAt: STARTED });

beforeEach(() => {
  resetFake();
  answer({ dialogInfo: () => ({ hasDialogs: false }) });
});
afterEach(cleanup);

async function importAnswering(answerWith: ImportResult): Promise<string> {
  answer({ importSession: () => answerWith });
  renderWithData(<ImportSession />);
  await userEvent.type(await screen.findByLabelText('Path of an exported .zip file or folder'), '/tmp/a.zip');
  await userEvent.click(screen.getByRole('button', { name: 'Import' }));
  return (await screen.findByTestId('import-message')).textContent ?? '';
}

describe('the import message', () => {
  const when = formatWhen(STARTED);
  it('names the imported session by its scenario and date, not its id', async () => {
    const text = await importAnswering(result('imported'));
    expect(text).toBe(`Imported the session “A birthday without him” from ${when}.`);
    expect(text).not.toContain('abc123');
  });
  it('says so plainly when the same session is already here', async () => {
    expect(await importAnswering(result('already-present'))).toBe(`The session “A birthday without him” from ${when} is already here, unchanged.`);
  });
  it('says both are kept when a different session had the same name, without showing the new id', async () => {
    const text = await importAnswering(result('renamed', `${ID}-2`));
    expect(text).toBe(`Imported the session “A birthday without him” from ${when}. A different session here had the same file name, so both are kept.`);
    expect(text).not.toContain('abc123');
  });
});
