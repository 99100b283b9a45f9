/**
 * Every screen stays current without Refresh: a finished session shows up in Review, Progress and
 * Settings at once; Delete all empties them at once and closes an open practice session with a
 * plain message, writing nothing back.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { SettingsPage } from './pages/settings-page';

const SCENARIO = 'conflict-its-nothing';
const REPLY = 'It sounds like that argument really hurt. What has it been like for you since then?';

test('a finished session reaches Review, Progress and Settings at once; Delete all empties them all and closes the open session', async ({ app, page, dataDir }) => {
  const main = (name: string) => page.getByRole('main', { name });
  // Visit every screen first, so each has already read its (empty) data: nothing may stay stale.
  for (const name of ['Review', 'Progress', 'Settings', 'Practice'] as const) await app.nav(name);
  await expect(main('Practice').getByRole('heading', { name: 'Choose someone to listen to' })).toBeVisible();

  await app.startScenario(SCENARIO);
  await app.typeReply(REPLY);
  await page.getByRole('button', { name: 'End session' }).first().click();
  await expect(page.getByTestId('ending')).toBeVisible();

  await app.nav('Review');
  await expect(main('Review').getByTestId('session-list')).toContainText('"It\'s nothing"');
  await app.nav('Progress');
  await expect(main('Progress').getByTestId('chart-over-time')).toBeVisible();
  await expect(main('Progress')).toContainText('One scored session so far;');
  await app.nav('Settings');
  await expect(main('Settings').getByTestId('data-location')).toContainText('1 session,');
  // Hidden screens stay mounted: none of them has a Refresh button either.
  await expect(page.getByRole('button', { name: /refresh|reload/i, includeHidden: true })).toHaveCount(0);

  // A second session, left open with a reply typed but not sent.
  await app.nav('Practice');
  await page.getByRole('button', { name: 'Practise again' }).click();
  await app.startScenario(SCENARIO);
  await page.getByLabel('Or type your reply').fill('I am here, take your time.');
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.root.getByLabel('Type delete all to confirm').fill('delete all');
  await settings.root.getByRole('button', { name: 'Delete all data' }).click();
  await expect(settings.root.getByTestId('data-message')).toHaveText('Deleted 2 sessions and all exports.');
  await expect(settings.root.getByTestId('data-location')).toContainText('0 sessions, 0 KB');

  await app.nav('Review');
  await expect(main('Review').getByTestId('no-sessions')).toBeVisible();
  await app.nav('Progress');
  await expect(main('Progress')).toContainText('No scored sessions yet.');
  await app.nav('Practice');
  await expect(page.getByTestId('session-closed')).toContainText('This session was deleted, so it has ended here. Nothing more of it is saved');
  await expect(page.getByTestId('unsent-draft')).toHaveText('I am here, take your time.');
  await app.screenshot('practice-session-deleted');
  expect(await readdir(join(dataDir, 'sessions'))).toEqual([]);
  await page.getByRole('button', { name: 'Choose a scenario' }).click();
  await expect(page.getByTestId(`scenario-${SCENARIO}`)).toContainText('Not practised yet');
});
