/** Review and replay against the real dev host, with sessions seeded from espeak-ng speech and the real analyzer. */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SESSION_SCHEMA_VERSION, type Session } from '../../shared/types/sessions';
import { test, expect, ARTIFACTS, type Page } from './support/fixtures';
import { spokenAttempt, typedAttempt, writeSession } from './support/seed-sessions';

const PARTNER = "I don't know. Work has just been a lot lately.";

/** A session whose first line was answered twice aloud (a redo) and whose second line was typed. */
async function seedSpokenSession(page: Page, origin: string, dataDir: string): Promise<{ session: Session; folder: string }> {
  const first = await spokenAttempt(page.request, origin, 'a1', "Just get over it. You're overreacting.", PARTNER);
  const second = await spokenAttempt(page.request, origin, 'a2', 'That sounds exhausting. What has been weighing on you most?', PARTNER);
  const typed = await typedAttempt(page.request, origin, 'a3', 'It makes sense that you feel worn out.', '2026-03-01T09:03:00.000Z');
  const session: Session = {
    schemaVersion: SESSION_SCHEMA_VERSION,
    id: '20260301-090000-abc123',
    scenarioId: 'burnout',
    scenarioTitle: 'Burned out at work',
    startedAt: '2026-03-01T09:00:00.000Z',
    endedAt: '2026-03-01T09:05:00.000Z',
    ending: 'ended',
    turns: [
      { index: 0, partnerLine: PARTNER, attempts: [first.attempt, second.attempt] },
      { index: 1, partnerLine: 'Everyone expects me to just handle it.', attempts: [typed] },
    ],
  };
  const folder = await writeSession(dataDir, session, { 'a1.wav': first.wav, 'a2.wav': second.wav });
  return { session, folder };
}

/** Sessions written straight to disk reach no change event, so the page is reloaded, as after copying files in. */
async function openReview(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Review' }).click();
}

async function snapshot(folder: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const name of (await readdir(folder)).sort()) out[name] = await readFile(join(folder, name));
  return out;
}

test('replays a spoken session: waveform with regions, a flagged word seeks the audio, keys move between replies', async ({ app, page, host, dataDir }) => {
  const { session } = await seedSpokenSession(page, host.origin, dataDir);
  await openReview(page);
  const review = page.getByRole('main', { name: 'Review' });
  await expect(review.getByTestId('session-list')).toContainText('Burned out at work');
  await review.getByRole('button', { name: /^Open Burned out at work/ }).click();

  const attempts = review.getByTestId('attempt');
  await expect(attempts).toHaveCount(3);
  const first = attempts.nth(0);
  await expect(first.getByTestId('waveform')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  // wavesurfer draws into an open shadow root; Playwright's CSS engine pierces it.
  const regions = first.locator('[part~="region"]');
  const hurt = first.locator('button.mark-hurt:not([disabled])').last();
  await expect(hurt).toBeVisible();
  expect(await regions.count()).toBeGreaterThan(0);
  expect(await regions.count()).toBe(await first.locator('.wave-controls .chip').count());
  // The seeded transcripts carry estimated word times, and Review says so next to the words.
  await expect(first.getByTestId('word-times')).toHaveText(/estimated/);
  await app.screenshot('review-replay');

  // Clicking the flagged words moves the playhead to where they were said.
  const target = Number(await hurt.getAttribute('data-mark-start'));
  expect(target).toBeGreaterThan(0);
  await hurt.click();
  await expect
    .poll(async () => Number(await first.getByTestId('play-time').getAttribute('data-time')), { timeout: 5_000 })
    .toBeCloseTo(target, 1);

  // Keyboard, with focus anywhere (a click on the header leaves it outside the replay): N moves to the next reply, P back.
  await page.getByRole('banner').click({ position: { x: 4, y: 4 } });
  await page.keyboard.press('n');
  await expect(attempts.nth(1)).toHaveClass(/attempt-active/);
  await page.keyboard.press('p');
  await expect(attempts.nth(0)).toHaveClass(/attempt-active/);

  // The redone line shows both attempts side by side, with the typed reply after them.
  await expect(review.getByRole('heading', { name: '2 attempts, side by side' })).toBeVisible();
  await expect(attempts.nth(2)).toContainText('Typed reply: no recording.');
  expect(session.turns[0]!.attempts[0]!.analysis.scores.judgmentFree).toBeLessThan(session.turns[0]!.attempts[1]!.analysis.scores.judgmentFree);
});

test('export then import round-trips the session byte for byte; delete removes it from disk', async ({ app, page, host, dataDir }) => {
  const { session, folder } = await seedSpokenSession(page, host.origin, dataDir);
  const original = await snapshot(folder);
  await openReview(page);
  const review = page.getByRole('main', { name: 'Review' });
  await review.getByRole('button', { name: /^Open Burned out at work/ }).click();

  await review.getByRole('button', { name: 'Export as zip' }).click();
  const zipPath = join(dataDir, 'exports', `${session.id}.zip`);
  await expect(review.getByTestId('action-message')).toHaveText(`Exported to ${zipPath}`);
  expect((await stat(zipPath)).size).toBeGreaterThan(1000);

  await review.getByRole('button', { name: 'Delete…' }).click();
  await app.screenshot('review-delete-confirm');
  await review.getByRole('button', { name: 'Delete for good' }).click();
  await expect(review.getByText('No sessions yet.')).toBeVisible();
  await expect(stat(folder)).rejects.toThrow();

  await review.getByLabel('Path of an exported .zip file or folder').fill(zipPath);
  await review.getByRole('button', { name: 'Import' }).click();
  await expect(review.getByTestId('import-message')).toHaveText(/^Imported the session “Burned out at work” from .+\.$/);
  await expect(review.getByTestId('session-list')).toContainText('Burned out at work');
  expect(await snapshot(folder)).toEqual(original);
  await page.screenshot({ path: join(ARTIFACTS, 'review-list.png') });
});

test('a broken archive is refused with a plain message and nothing is written', async ({ app: _app, page, dataDir }) => {
  await openReview(page);
  const review = page.getByRole('main', { name: 'Review' });
  const { writeFile } = await import('node:fs/promises');
  const bad = join(dataDir, 'not-a-session.zip');
  await writeFile(bad, 'hello');
  await review.getByLabel('Path of an exported .zip file or folder').fill(bad);
  await review.getByRole('button', { name: 'Import' }).click();
  await expect(review.getByTestId('import-message')).toContainText('not a readable zip archive');
  await expect(readdir(join(dataDir, 'sessions'))).rejects.toThrow();
});
