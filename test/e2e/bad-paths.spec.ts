/** What goes wrong, and what the user is told: no microphone access, no model, a corrupt session file. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';

const SCENARIO = 'conflict-its-nothing';

test.describe('first run without a speech model', () => {
  test.use({ models: 'none' });

  test('says what is missing and how to get it, and typed practice still works', async ({ app, page }) => {
    const notice = page.getByTestId('model-missing');
    await expect(notice).toBeVisible();
    // The app offers the download itself and typing; no terminal commands.
    await expect(notice.getByRole('button', { name: 'Download tiny.en (41 MB)' })).toBeVisible();
    await expect(notice).toContainText('You can practise right now by typing');
    await expect(notice).not.toContainText('npm');
    await app.screenshot('first-run-no-model');
    await app.startScenario(SCENARIO);
    await expect(app.recordButton).toBeDisabled();
    // Typing still works without a model: the reply is scored (typeReply waits for the score).
    await app.typeReply('That sounds really hard. What has it been like for you?');
  });
});

test.describe('a corrupt session file at start', () => {
  // A session file cut off mid-write by an older crash (or a bad disk).
  test.use({ seedFiles: { 'sessions/20260101-120000-abcdef/session.json': '{"schemaVersion": 1, "id": "20260101-12' } });

  test('is reported and skipped; the app still works and saves new sessions', async ({ app, page, dataDir }) => {
    const problems = page.getByTestId('store-problems');
    await expect(problems).toBeVisible();
    await expect(problems).toContainText('1 saved session could not be read and was skipped.');
    await expect(problems).toContainText('20260101-120000-abcdef');
    await app.screenshot('corrupt-session-reported');
    await app.startScenario(SCENARIO);
    await app.typeReply('That sounds really hard. What has it been like for you?');
    expect((await readdir(join(dataDir, 'sessions'))).length).toBe(2);
  });
});
