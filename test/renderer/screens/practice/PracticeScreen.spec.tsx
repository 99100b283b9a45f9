// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, calls, deferred, push, resetFake } from '../../support/fake-api';
import { renderWithData } from '../../support/render';
import { practiceView, replyResult } from '../../support/practice';
import { PracticeScreen } from '../../../../renderer/src/screens/practice/PracticeScreen';
import type { ScenarioCard, ScenarioProblem } from '../../../../shared/ipc/contract';
import type { AnalysisResult } from '../../../../shared/types/analysis';

vi.mock('../../../../renderer/src/lib/api', async () => ({ api: (await import('../../support/fake-api')).fakeApi }));

const CARD: ScenarioCard = { id: 'grief-birthday', title: 'A hard birthday', cause: 'grief', difficulty: 'gentle', partnerName: 'Sam', summary: 'Sam lost his brother.', lastScore: null };
type Cards = { scenarios: ScenarioCard[]; problems: ScenarioProblem[] };

beforeEach(() => {
  resetFake();
  answer({
    speechStatus: () => ({ present: false, model: 'tiny.en', modelsDir: '/m', message: 'No speech model is installed.' }),
    getSettings: () => ({ microphoneId: null, model: 'tiny.en', retentionDays: null, predictScores: false }),
    listScenarios: () => ({ scenarios: [CARD], problems: [] }),
    startPractice: () => practiceView(0),
  });
});
afterEach(cleanup);

async function startSession() {
  renderWithData(<PracticeScreen />);
  await userEvent.click(await screen.findByRole('button', { name: 'Start: A hard birthday' }));
  await screen.findByRole('button', { name: 'Send reply' });
}

describe('Practice screen', () => {
  it('says it is loading the scenarios, then lists them', async () => {
    const cards = deferred<Cards>();
    answer({ listScenarios: () => cards.promise });
    renderWithData(<PracticeScreen />);
    expect(screen.getByText('Loading scenarios…')).toBeTruthy();
    cards.resolve({ scenarios: [CARD], problems: [] });
    expect(await screen.findByText('Not practised yet')).toBeTruthy();
  });

  it('shows a scenario failure as one plain sentence', async () => {
    answer({ listScenarios: () => Promise.reject(new Error('The scenarios folder is missing.')) });
    renderWithData(<PracticeScreen />);
    expect((await screen.findByRole('alert')).textContent).toBe('Scenarios could not be loaded: The scenarios folder is missing.');
  });

  it("updates a card's last score when Node says a session was saved", async () => {
    let card = CARD;
    answer({ listScenarios: () => ({ scenarios: [card], problems: [] }) });
    renderWithData(<PracticeScreen />);
    await screen.findByText('Not practised yet');
    card = { ...CARD, lastScore: 72 };
    push('data:changed', { what: 'session-saved', ids: ['s1'] });
    expect(await screen.findByText("Last session's score: 72")).toBeTruthy();
  });

  it('keeps the reply number of the reply that ended the session', async () => {
    answer({ reply: () => replyResult(4, 80, 'success') });
    answer({ startPractice: () => practiceView(4) });
    await startSession();
    expect(screen.getByText('Reply 5')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Or type your reply'), 'That sounds so hard.');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    await screen.findByTestId('reaction-line');
    expect(screen.getByText('Reply 5')).toBeTruthy();
  });

  it('shows the line answered above the reply, and each better phrasing in the page, not only on hover', async () => {
    const result = replyResult(0, 20);
    result.attempt.text = 'You are overreacting.';
    (result.attempt.analysis as AnalysisResult).evidence = [
      { dimension: 'judgmentFree', delta: -35, start: 8, end: 20, text: 'overreacting', kind: 'label', note: 'A label makes the feeling the problem.', suggestion: 'This really matters to you.' },
    ];
    answer({ reply: () => result });
    await startSession();
    await userEvent.type(screen.getByLabelText('Or type your reply'), 'You are overreacting.');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect((await screen.findByTestId('answered-line')).textContent).toBe('Sam said:Line 0');
    const better = screen.getByRole('region', { name: 'Better ways to say it' });
    expect(within(better).getByRole('listitem').textContent).toBe('Instead of “overreacting” (labelling them), try: “This really matters to you.”');
  });

  it('keeps the typed reply when sending fails, with the reason', async () => {
    answer({ reply: () => Promise.reject(new Error('The disk is full.')) });
    await startSession();
    await userEvent.type(screen.getByLabelText('Or type your reply'), 'What was today like?');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The disk is full.');
    expect((screen.getByLabelText('Or type your reply') as HTMLTextAreaElement).value).toBe('What was today like?');
  });

  it('closes the open session with a plain message when all data is deleted, keeps the draft in view and sends nothing', async () => {
    await startSession();
    await userEvent.type(screen.getByLabelText('Or type your reply'), 'I am here for you.');
    push('data:changed', { what: 'all-deleted' });
    expect((await screen.findByTestId('session-closed')).textContent).toContain('This session was deleted, so it has ended here.');
    expect(screen.getByTestId('unsent-draft').textContent).toBe('I am here for you.');
    expect(screen.queryByRole('button', { name: 'Send reply' })).toBeNull();
    expect(calls.some((c) => c.method === 'reply')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Choose a scenario' }));
    expect(await screen.findByRole('heading', { name: 'Choose someone to listen to' })).toBeTruthy();
  });

  it('ignores the deletion of another session', async () => {
    await startSession();
    push('data:changed', { what: 'session-deleted', ids: ['someone-else'] });
    push('data:changed', { what: 'settings-changed', ids: [] });
    expect(screen.getByRole('button', { name: 'Send reply' })).toBeTruthy();
    expect(screen.queryByTestId('session-closed')).toBeNull();
  });
  it.each([
    ['deleted in Review', { what: 'session-deleted', ids: ['live-1'] }],
    ['deleted by the retention period', { what: 'settings-changed', ids: ['old-1', 'live-1'] }],
  ] as const)('closes the open session when it alone is %s', async (_how, change) => {
    await startSession();
    push('data:changed', { ...change, ids: [...change.ids] });
    expect((await screen.findByTestId('session-closed')).textContent).toContain('This session was deleted, so it has ended here.');
    expect(screen.queryByRole('button', { name: 'Send reply' })).toBeNull();
  });
});
