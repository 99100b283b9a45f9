/** Retry from turn N: an ending offers Review and a retry from an earlier turn; the retry is kept in the same session and shown in Review. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { SESSION_SCHEMA_VERSION } from '../../shared/types/sessions';

const SCENARIO = 'conflict-its-nothing';
const KIND = 'It sounds like that argument really hurt, and it makes sense that you pulled back. What has it been like for you since then?';
const HARSH = "You're being dramatic. It's not a big deal, you should just get over it.";
const BETTER = "I can see why you'd go quiet after what I said. I'm sorry. How did it feel when I said you were making a thing out of nothing?";

test('an ending offers Review and Retry from turn 2; the retry goes on in the same session and its branch is in Review', async ({ app, page, dataDir }) => {
  await app.startScenario(SCENARIO);
  await app.typeReply(KIND);
  await app.next();
  const secondLine = await app.partnerLine.innerText();
  await app.typeReply(HARSH);
  // The harsh reply may end the talk itself; otherwise end it by hand.
  if (await page.getByRole('button', { name: 'See how it ended' }).isVisible()) await app.next();
  else await page.getByRole('button', { name: 'End session' }).first().click();

  const ending = page.getByTestId('ending');
  await expect(ending).toBeVisible();
  const retry = page.getByTestId('retry');
  await expect(retry.getByRole('button')).toHaveText(['Retry from turn 1', 'Retry from turn 2']);
  await expect(ending.getByRole('button', { name: 'Review this session' })).toBeVisible();
  await app.screenshot('retry-ending');

  // By keyboard: the partner is back at turn 2, as they were then.
  await retry.getByRole('button', { name: 'Retry from turn 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(app.partnerLine).toHaveText(secondLine);
  await expect(page.getByText('Retry from turn 2 · Reply 2')).toBeVisible();
  await app.typeReply(BETTER);
  await expect(app.reactionDirection).not.toHaveText('withdrew');
  if (await page.getByRole('button', { name: 'See how it ended' }).isVisible()) await app.next();
  else await page.getByRole('button', { name: 'End session' }).first().click();
  await expect(ending).toBeVisible();
  await expect(ending).toContainText('This was your retry from turn 2; the session keeps the first try too.');

  // One session on disk, with the first try untouched and the retry beside it.
  const ids = await readdir(join(dataDir, 'sessions'));
  expect(ids).toHaveLength(1);
  const session = JSON.parse(await readFile(join(dataDir, 'sessions', ids[0]!, 'session.json'), 'utf8'));
  expect(session.schemaVersion).toBe(SESSION_SCHEMA_VERSION);
  expect(session.turns[1].attempts.map((a: { text: string }) => a.text)).toEqual([HARSH]);
  expect(session.branches).toHaveLength(1);
  expect(session.branches[0]).toMatchObject({ id: 'r1', fromTurn: 1 });
  expect(session.branches[0].turns[0].attempts.map((a: { text: string }) => a.text)).toEqual([BETTER]);

  // Review opens on the retry, and can switch to the first try.
  await ending.getByRole('button', { name: 'Review this session' }).click();
  const review = page.getByRole('main', { name: 'Review' });
  const picker = review.getByTestId('line-picker');
  await expect(picker.getByRole('button')).toHaveCount(2);
  const retried = picker.getByRole('button', { name: /^Retry from turn 2 — / });
  await expect(retried).toHaveAttribute('aria-pressed', 'true');
  await expect(review.getByRole('heading', { name: 'Your retry starts here, at turn 2' })).toBeVisible();
  // Each reply is found by its attempt's id (the replay splits its words with the marks' explanations).
  const shown = (id: string) => review.locator(`[data-attempt-id="${id}"]`);
  const harshId = session.turns[1].attempts[0].id as string;
  const betterId = session.branches[0].turns[0].attempts[0].id as string;
  await expect(shown(betterId)).toBeVisible();
  await expect(shown(harshId)).toHaveCount(0);
  await app.screenshot('retry-review');
  await picker.getByRole('button', { name: /^First try — / }).click();
  await expect(shown(harshId)).toBeVisible();
  await expect(shown(betterId)).toHaveCount(0);
  // The list still shows one session: a retry is part of it, not another session.
  await review.getByRole('button', { name: '← All sessions' }).click();
  await expect(review.getByTestId('session-list').locator('tbody tr')).toHaveCount(1);
  await expect(review.getByTestId('session-list').locator('tbody tr td').nth(7)).toHaveText('2 · 1 retry');
});
