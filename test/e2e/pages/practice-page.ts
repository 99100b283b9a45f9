/** Page object for the Practice screen (and the navigation around it). */
import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import type { RunningHost } from '../support/host';

const ARTIFACTS = join(import.meta.dirname, '../artifacts');

export class PracticePage {
  constructor(
    readonly page: Page,
    readonly host: RunningHost,
  ) {}

  /** Loads the app and waits for the scenario cards. */
  async open(): Promise<void> {
    await this.page.goto(this.host.url);
    await expect(this.page.getByRole('heading', { name: 'Choose someone to listen to' })).toBeVisible();
    await expect(this.page.getByRole('button', { name: /^Start/ }).first()).toBeVisible();
  }

  scenarioCard(id: string): Locator {
    return this.page.getByTestId(`scenario-${id}`);
  }

  async startScenario(id: string): Promise<void> {
    await this.scenarioCard(id).getByRole('button', { name: /^Start/ }).click();
    await expect(this.partnerLine).toBeVisible();
  }

  get partnerLine(): Locator {
    return this.page.getByTestId('partner-line');
  }

  get openness(): Locator {
    return this.page.getByTestId('openness');
  }

  async opennessValue(): Promise<number> {
    return Number(await this.openness.getAttribute('data-value'));
  }

  /** Types a reply, sends it and waits for the scored result. */
  async typeReply(text: string): Promise<void> {
    await this.page.getByLabel('Or type your reply').fill(text);
    await this.page.getByRole('button', { name: 'Send reply' }).click();
    // Scoring runs in a worker that loads the language model on first use; on shared CI cores that can pass 5 s.
    await expect(this.page.getByTestId('score-overall')).toBeVisible({ timeout: 20_000 });
  }

  get transcript(): Locator {
    return this.page.getByTestId('transcript');
  }

  get reactionDirection(): Locator {
    return this.page.getByTestId('reaction-direction');
  }

  get innerThought(): Locator {
    return this.page.getByTestId('inner-thought');
  }

  async overallScore(): Promise<number> {
    const text = await this.page.getByTestId('score-overall').locator('strong').innerText();
    return Number(text);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Next|See how it ended)$/ }).click();
  }

  get recordButton(): Locator {
    return this.page.getByRole('button', { name: /^(Record reply|Stop)$/ });
  }

  /** Records for about `seconds` with the button (or Space), then stops; returns the highest input level shown (0–100). */
  async record(seconds: number, { useSpace = false, screenshot }: { useSpace?: boolean; screenshot?: string } = {}): Promise<number> {
    if (useSpace) {
      await this.page.locator('body').focus();
      await this.page.keyboard.press('Space');
    } else {
      await this.recordButton.click();
    }
    await expect(this.page.getByRole('button', { name: 'Stop' })).toBeVisible();
    let peak = 0;
    await expect
      .poll(
        async () => {
          peak = Math.max(peak, Number(await this.page.getByTestId('level').getAttribute('value')));
          return Number.parseFloat((await this.page.getByTestId('elapsed').innerText()) || '0');
        },
        { timeout: seconds * 1000 + 10_000 },
      )
      .toBeGreaterThanOrEqual(seconds);
    if (screenshot) await this.screenshot(screenshot);
    if (useSpace) await this.page.keyboard.press('Space');
    else await this.page.getByRole('button', { name: 'Stop' }).click();
    return peak;
  }

  async nav(name: 'Practice' | 'Review' | 'Progress' | 'Settings'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
  }

  /** Saves a full-page screenshot under test/e2e/artifacts (gitignored). */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  }
}
