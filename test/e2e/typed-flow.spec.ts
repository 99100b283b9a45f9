/** Typed practice with the real analyzer and partner engine, through the real dev host. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';

const SCENARIO = 'conflict-its-nothing';
const JUDGMENTAL = "You're being dramatic. It's not a big deal, you should just get over it.";
const ATTENTIVE = [
  'It sounds like that argument really hurt, and it makes sense that you pulled back. What has it been like for you since then?',
  "I can see why you'd go quiet after what I said. I'm sorry. How did it feel when I said you were making a thing out of nothing?",
  "That makes sense, feeling like your feelings were the problem sounds so painful. I'm here and I want to understand. What was it like growing up when someone was upset?",
  "Thank you for telling me. It sounds like staying quiet kept you safe for a long time. What would help you feel safe bringing things up with me?",
  "I hear you, and I'm not going anywhere. What else has been weighing on you?",
];

test('a judgmental reply is flagged with a better phrasing and the partner withdraws', async ({ app, page }) => {
  await app.startScenario(SCENARIO);
  const before = await app.opennessValue();
  await app.typeReply(JUDGMENTAL);

  const hurt = app.transcript.locator('mark[data-tone="hurt"]');
  await expect(hurt.first()).toBeVisible();
  // Keyboard focus explains the mark, with its suggestion.
  await hurt.first().focus();
  const tip = page.getByRole('tooltip').filter({ visible: true });
  await expect(tip).toHaveCount(1);
  await expect(tip).toContainText('labelling them: A label makes the feeling the problem instead of the situation.');
  await expect(tip).toContainText('Try: “This really matters to you. Tell me more about it.”');
  // The line answered stays in view, and the better phrasing is on the page, not only in the tooltip.
  await expect(page.getByTestId('answered-line')).toContainText("It's nothing. Honestly. Forget it.");
  await expect(page.getByTestId('better-phrasings')).toContainText('try: “This really matters to you. Tell me more about it.”');
  await expect(app.reactionDirection).toHaveText('withdrew');
  await expect(app.innerThought).not.toBeEmpty();
  expect(await app.opennessValue()).toBeLessThan(before);
  expect(await app.overallScore()).toBeLessThan(50);
  // Focus and pointer away from the marks, so the screenshot shows the page without a tooltip.
  await page.getByRole('heading', { name: 'Scores' }).click();
  await app.screenshot('practice-result-judgmental');
});

test('an attentive reply raises openness, and listening well reaches the success ending', async ({ app, page, dataDir }) => {
  await app.startScenario(SCENARIO);
  await app.screenshot('practice-partner-line');
  const start = await app.opennessValue();
  await app.typeReply(ATTENTIVE[0]!);
  await expect(app.reactionDirection).toHaveText('opened up');
  await expect(app.transcript.locator('mark[data-tone="helped"]').first()).toBeVisible();
  expect(await app.opennessValue()).toBeGreaterThan(start);
  expect(await app.overallScore()).toBeGreaterThanOrEqual(60);
  await app.screenshot('practice-result-attentive');

  for (const reply of ATTENTIVE.slice(1)) {
    await app.next();
    if (await page.getByTestId('ending').isVisible()) break;
    await app.typeReply(reply);
  }
  if (!(await page.getByTestId('ending').isVisible())) await app.next();
  await expect(page.getByTestId('ending')).toHaveAttribute('data-ending', 'success');
  // The ending teaches: a score per reply, the turning point, the phrases that mattered most, and what was going on.
  const summary = page.getByTestId('ending-summary');
  await expect(summary.locator('.reply-scores li').first()).toHaveText(/^Reply 1: \d+/);
  await expect(page.getByTestId('turning-point')).toContainText(/reply \d+ (moved Chris most|changed the direction), openness \d → \d|No single reply stood out: Chris’s openness went \d → \d across your replies/);
  await expect(page.getByTestId('telling').locator('li')).toHaveCount(3);
  await expect(page.getByTestId('backstory')).not.toBeEmpty();
  await app.screenshot('practice-ending-success');

  // The whole session is on disk, validated by the same store the app uses.
  const [id] = await readdir(join(dataDir, 'sessions'));
  const session = JSON.parse(await readFile(join(dataDir, 'sessions', id!, 'session.json'), 'utf8'));
  expect(session.ending).toBe('success');
  expect(session.turns.flatMap((t: { attempts: unknown[] }) => t.attempts).length).toBeGreaterThanOrEqual(3);
  const replies = session.turns.filter((t: { attempts: unknown[] }) => t.attempts.length > 0).length;
  await expect(summary.locator('.reply-scores li')).toHaveCount(replies);

  // "Review this session" opens its replay.
  await page.getByRole('button', { name: 'Review this session' }).click();
  const review = page.getByRole('main', { name: 'Review' });
  await expect(review.getByTestId('replay')).toBeVisible();
  await expect(review.getByRole('heading', { level: 1 })).toHaveText('"It\'s nothing"');
});

test('redo answers the same line again and compares the attempts side by side', async ({ app, page }) => {
  await app.startScenario(SCENARIO);
  const firstLine = await app.partnerLine.innerText();
  await app.typeReply(JUDGMENTAL);
  await page.getByRole('button', { name: 'Redo this reply' }).click();
  await expect(app.partnerLine).toHaveText(firstLine);
  await app.typeReply(ATTENTIVE[0]!);
  const compare = page.getByTestId('compare');
  await expect(compare.getByRole('article')).toHaveCount(2);
  await expect(compare).toContainText('Attempt 1');
  await expect(compare).toContainText('Attempt 2');
  await expect(app.reactionDirection).toHaveText('opened up');
  await app.screenshot('practice-redo-compare');
});

test('after a worse redo the talk goes on from the better attempt, until the user keeps the other; Review shows one reply', async ({ app, page, dataDir }) => {
  await app.startScenario(SCENARIO);
  await app.typeReply(ATTENTIVE[0]!);
  const kindOpenness = await app.opennessValue();
  await page.getByRole('button', { name: 'Redo this reply' }).click();
  await app.typeReply(JUDGMENTAL);
  const compare = page.getByTestId('compare');
  const keep = (n: number) => compare.getByRole('article', { name: `Attempt ${n}` }).getByRole('radio', { name: 'Keep this one' });
  await expect(keep(1)).toBeChecked();
  expect(await app.opennessValue()).toBe(kindOpenness);
  await keep(2).click();
  await expect(keep(2)).toBeChecked();
  await expect.poll(() => app.opennessValue()).toBeLessThan(kindOpenness);
  const [id] = await readdir(join(dataDir, 'sessions'));
  const session = JSON.parse(await readFile(join(dataDir, 'sessions', id!, 'session.json'), 'utf8')) as { turns: { continuedWith?: string; attempts: { id: string }[] }[] };
  expect(session.turns[0]!.continuedWith).toBe(session.turns[0]!.attempts[1]!.id);
  await app.nav('Review');
  const row = page.getByRole('main', { name: 'Review' }).getByTestId('session-list').locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('td').nth(7)).toHaveText('1 (2 attempts)');
});

test('predict, then reveal: the reply is shown, the guess comes before the scores, the gap is said, and the habit is kept', async ({ app, page, dataDir }) => {
  await app.startScenario(SCENARIO);
  // The box follows the saved setting, so it turns on once the setting is stored.
  await page.getByLabel(/^Predict my score before seeing it/).click();
  await expect(page.getByLabel(/^Predict my score before seeing it/)).toBeChecked();
  await page.getByLabel('Or type your reply').fill(ATTENTIVE[0]!);
  await page.getByRole('button', { name: 'Send reply' }).click();
  // The reply being rated is on screen; its scores are not, yet.
  await expect(page.getByTestId('reply-to-rate')).toHaveText(ATTENTIVE[0]!);
  await expect(page.getByTestId('score-overall')).toHaveCount(0);
  await page.getByLabel(/How well do you think/).fill('70');
  await page.getByRole('button', { name: 'Reveal my score' }).click();
  const overall = page.getByTestId('score-overall');
  await expect(overall).toContainText(/you predicted 70: (about right|\d+ (above|below) the score)/);
  const [id] = await readdir(join(dataDir, 'sessions'));
  const session = JSON.parse(await readFile(join(dataDir, 'sessions', id!, 'session.json'), 'utf8'));
  expect(session.turns[0].attempts[0].selfRating).toBe(70);
  // Progress charts how close the guesses come.
  await app.nav('Progress');
  await expect(page.getByTestId('calibration')).toContainText(/Your guesses were \d+(\.\d)? points from the score on average \(1 guess\)/);
  // The habit is a saved setting: it is still on after a reload.
  await page.reload();
  await app.startScenario(SCENARIO);
  await expect(page.getByLabel(/^Predict my score before seeing it/)).toBeChecked();
});

test('the whole flow works from the keyboard alone', async ({ app, page }) => {
  await page.keyboard.press('Tab');
  // Tab through the navigation to the first scenario card's Start button.
  const start = app.scenarioCard(SCENARIO).getByRole('button', { name: /^Start/ });
  for (let i = 0; i < 20 && !(await start.evaluate((el) => el === el.ownerDocument.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(app.partnerLine).toBeVisible();
  await page.getByLabel('Or type your reply').focus();
  await page.keyboard.type(ATTENTIVE[0]!);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('score-overall')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
});
