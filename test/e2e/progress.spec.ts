/** Progress charts from a seeded history of real analyses; retention and delete-all in Settings. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SESSION_SCHEMA_VERSION, type Session } from '../../shared/types/sessions';
import { test, expect, ROOT, type Page } from './support/fixtures';
import { typedAttempt, writeSession } from './support/seed-sessions';

/** Early replies judge and fix; later ones reflect and ask. One session a day, the last one today. */
const REPLIES = [
  "You're overreacting, just get over it.",
  'You should just quit, honestly you are being dramatic.',
  'Why would you even let it get to you? Just relax.',
  'That sounds hard. Have you tried talking to your boss?',
  'It sounds like you feel unseen at work. What has that been like?',
  'You have been carrying so much. What feels heaviest right now?',
];

async function seedHistory(page: Page, origin: string, dataDir: string, days = REPLIES.length): Promise<Session[]> {
  const sessions: Session[] = [];
  const today = new Date();
  for (let i = 0; i < days; i++) {
    const start = new Date(today.getTime() - (days - 1 - i) * 86_400_000);
    start.setHours(12, 0, 0, 0);
    const attempt = await typedAttempt(page.request, origin, `t${i}`, REPLIES[i % REPLIES.length]!, start.toISOString());
    const session: Session = {
      schemaVersion: SESSION_SCHEMA_VERSION,
      id: `hist-${i}`,
      scenarioId: i % 2 ? 'grief' : 'burnout',
      scenarioTitle: i % 2 ? 'Lost a friend' : 'Burned out at work',
      startedAt: start.toISOString(),
      ending: 'ended',
      turns: [{ index: 0, partnerLine: 'It has been a lot.', attempts: [attempt] }],
    };
    await writeSession(dataDir, session, {});
    sessions.push(session);
  }
  return sessions;
}

/** True when a canvas has drawn pixels (not all transparent). */
async function hasInk(page: Page, testId: string): Promise<boolean> {
  // Typed structurally: the Node test config has no DOM library.
  type Canvas = { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
  return page.getByTestId(testId).locator('canvas').evaluate((element) => {
    const canvas = element as unknown as Canvas;
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
    return false;
  });
}

test('progress charts render from a seeded history, with flag trends and streaks', async ({ app, page, host, dataDir }) => {
  const sessions = await seedHistory(page, host.origin, dataDir);
  // Seeded straight to disk, so no change event: reload, as after copying files in.
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Progress' }).click();
  const progress = page.getByRole('main', { name: 'Progress' });
  await expect(progress.getByTestId('chart-over-time').locator('canvas')).toBeVisible();
  expect(await hasInk(page, 'chart-over-time')).toBe(true);
  expect(await hasInk(page, 'chart-by-scenario')).toBe(true);
  // Two scenarios: no first → latest across them, each is compared with itself under By scenario.
  await expect(progress.getByText('6 sessions in 2 scenarios. Scenarios differ in how hard they are, so compare each one under By scenario.')).toBeVisible();
  const burnout = sessions.filter((s) => s.scenarioId === 'burnout').map((s) => s.turns[0]!.attempts[0]!.analysis.scores.overall);
  await expect(progress.getByText(`Burned out at work: 3 sessions, overall ${burnout[0]} → ${burnout.at(-1)}`)).toBeVisible();
  await expect(progress.getByTestId('streaks')).toContainText('Current streak6 days');
  // The seeded history drops its habits over time, so the first one is shown fading.
  await expect(progress.getByTestId('flag-trends').locator('tbody tr').first()).toContainText(/\d(\.\d)? → \d(\.\d)?\s*fading/);
  await app.screenshot('progress');
});

test('retention deletes old sessions; delete all empties the data folder after confirmation', async ({ app, page, host, dataDir }) => {
  await seedHistory(page, host.origin, dataDir, 3);
  const old = await typedAttempt(page.request, host.origin, 'old', 'How are you holding up?', '2025-01-01T10:00:00.000Z');
  await writeSession(dataDir, { schemaVersion: SESSION_SCHEMA_VERSION, id: 'old-one', scenarioId: 'burnout', scenarioTitle: 'Burned out at work', startedAt: '2025-01-01T10:00:00.000Z', turns: [{ index: 0, partnerLine: '…', attempts: [old] }] }, {});
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('main', { name: 'Settings' });
  await settings.getByLabel('Keep sessions').selectOption({ label: 'Delete after 30 days' });
  await expect(settings.getByTestId('data-message')).toHaveText('Sessions older than 30 days are deleted. 1 deleted now.');
  expect((await readdir(join(dataDir, 'sessions'))).sort()).toEqual(['hist-0', 'hist-1', 'hist-2']);
  // The host runs with an empty models folder: both models are reported as not installed.
  await expect(settings.getByTestId('models')).toContainText('tiny.en');
  await expect(settings.getByTestId('models')).toContainText('not installed');
  // Import the project's tiny Whisper-architecture fixture as tiny.en, from a folder path.
  await settings.getByLabel('Import a tiny.en folder from').fill(join(ROOT, 'test/fixtures/tiny-whisper'));
  await settings.getByRole('button', { name: 'Import model' }).click();
  // An import test-loads the model in the speech worker before it replaces anything (a few seconds on shared cores).
  await expect(settings.getByTestId('model-message')).toContainText('Imported tiny.en into', { timeout: 30_000 });
  await expect(settings.getByTestId('models').locator('label').first()).toContainText(/installed, \d+\.\d MB/);
  await app.screenshot('settings');

  const deleteAll = settings.getByRole('button', { name: 'Delete all data' });
  await expect(deleteAll).toBeDisabled();
  await settings.getByLabel('Type delete all to confirm').fill('delete all');
  await deleteAll.click();
  await expect(settings.getByTestId('data-message')).toHaveText('Deleted 3 sessions and all exports.');
  expect(await readdir(join(dataDir, 'sessions'))).toEqual([]);
  await expect(settings.getByTestId('privacy')).toContainText('Nothing you say or type leaves this computer.');
});
