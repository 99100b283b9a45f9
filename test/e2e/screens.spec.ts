/** Every top-level screen renders and is reachable from the navigation; screenshots for review. */
import { test, expect } from './support/fixtures';

test('navigation reaches every screen and marks the current one', async ({ app, page }) => {
  await app.screenshot('practice-choose');
  for (const name of ['Review', 'Progress', 'Settings', 'Practice'] as const) {
    await app.nav(name);
    const button = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
    await expect(button).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main', { name })).toBeVisible();
    if (name !== 'Practice') await app.screenshot(`screen-${name.toLowerCase()}`);
  }
});
