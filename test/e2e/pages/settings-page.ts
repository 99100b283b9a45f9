/** Page object for Settings: the data folder, the speech models (fetch and its progress) and the privacy text. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The Settings screen. */
export class SettingsPage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('main', { name: 'Settings' });
  }

  /** Switches to Settings through the main navigation. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await expect(this.root.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  }

  /** The data folder's path as shown (a read-only field to copy from). */
  dataDir(): Locator {
    return this.root.getByLabel('Data folder');
  }

  async openDataFolder(): Promise<void> {
    await this.root.getByRole('button', { name: 'Open the data folder' }).click();
  }

  folderMessage(folder: 'data' | 'models' = 'data'): Locator {
    return this.root.getByTestId(`${folder}-folder-message`);
  }

  async openModelsFolder(): Promise<void> {
    await this.root.getByRole('button', { name: 'Open the models folder' }).click();
  }

  /** The row of one known model (radio, state, Download button). */
  model(name: 'tiny.en' | 'base.en'): Locator {
    return this.root.getByTestId(`model-${name}`);
  }

  async fetch(name: 'tiny.en' | 'base.en'): Promise<void> {
    await this.root.getByRole('button', { name: `Download ${name} from the internet` }).click();
  }

  fetchProgress(): Locator {
    return this.root.getByTestId('fetch-progress');
  }

  fetchMessage(): Locator {
    return this.root.getByTestId('fetch-message');
  }

  async cancelFetch(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel download' }).click();
  }
}
