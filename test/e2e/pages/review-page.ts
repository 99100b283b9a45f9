/** Page object for Review: the session list, a session's actions, and importing. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The Review screen. */
export class ReviewPage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('main', { name: 'Review' });
  }

  /**
   * Reloads the page (sessions written straight to disk by a test reach no event; a change made
   * through the app needs no reload) and switches to Review.
   */
  async openAfterSeeding(): Promise<void> {
    await this.page.reload();
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Review' }).click();
  }

  list(): Locator {
    return this.root.getByTestId('session-list');
  }

  async openSession(title: string): Promise<void> {
    await this.root.getByRole('button', { name: new RegExp(`^Open ${title}`) }).click();
  }

  /** Clicks "Download zip" and saves the file the browser receives to `path`. */
  async downloadZip(path: string): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.root.getByRole('button', { name: 'Download zip' }).click()]);
    await download.saveAs(path);
    return download.suggestedFilename();
  }

  async deleteOpenSession(): Promise<void> {
    await this.root.getByRole('button', { name: 'Delete…' }).click();
    await this.root.getByRole('button', { name: 'Delete for good' }).click();
    await expect(this.root.getByText('No sessions yet.')).toBeVisible();
  }

  /** Uploads a file through the import form's file input. */
  async upload(path: string): Promise<void> {
    await this.root.getByLabel('Upload an exported .zip file').setInputFiles(path);
  }

  importMessage(): Locator {
    return this.root.getByTestId('import-message');
  }
}
