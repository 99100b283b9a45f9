/**
 * Settings and Review desktop actions in browser mode: opening the data folder (a recording
 * opener stands in for xdg-open), fetching a model from a host that stops answering (progress,
 * then the plain offline sentence, models/ untouched), and importing a session by file upload.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SESSION_SCHEMA_VERSION, type Session } from '../../shared/types/sessions';
import { startModelHost, type ModelHost } from '../helpers/model-host';
import { test, expect, ARTIFACTS } from './support/fixtures';
import { SettingsPage } from './pages/settings-page';
import { ReviewPage } from './pages/review-page';
import { spokenAttempt, typedAttempt, writeSession } from './support/seed-sessions';

test('"Open the data folder" asks the opener to open exactly the data folder, whose path is shown to copy; the models folder opens too', async ({ app, page, dataDir, openedLog }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.dataDir()).toHaveValue(dataDir);
  await settings.openDataFolder();
  await expect(settings.folderMessage()).toHaveText(`Opened ${dataDir} in your file manager.`);
  expect(await readFile(openedLog, 'utf8')).toBe(`${dataDir}\n`);
  await settings.openModelsFolder();
  await expect(settings.folderMessage('models')).toHaveText(`Opened ${join(dataDir, 'no-models')} in your file manager.`);
  expect(await readFile(openedLog, 'utf8')).toBe(`${dataDir}\n${join(dataDir, 'no-models')}\n`);
  await expect(settings.root.getByTestId('network-use')).toContainText('The only time Attune uses the network is when you ask it to download a speech model');
  await app.screenshot('settings');
});

/**
 * A stand-in model host with Hugging Face's layout. By default it serves the small files, then never
 * answers for tokenizer.json: real byte progress, then "unreachable". `hangOn: ''` serves everything.
 */
const fetchTest = test.extend<{ modelHost: ModelHost; hangOn: string }>({
  hangOn: ['tokenizer.json', { option: true }],
  modelHost: async ({ hangOn }, use) => {
    const modelHost = await startModelHost({ hangOn: hangOn || undefined });
    await use(modelHost);
    await modelHost.close();
  },
  hostEnv: async ({ modelHost }, use) => {
    await use({ ATTUNE_MODEL_HOST: modelHost.url, ATTUNE_FETCH_TIMEOUT_MS: '3000' });
  },
});

fetchTest('Download shows progress, then the plain offline sentence; Cancel stops a second try; models/ stays unchanged', async ({ page, app, dataDir }) => {
  const modelsDir = join(dataDir, 'no-models');
  const before = await readdir(modelsDir);
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.model('tiny.en')).toContainText('not installed');
  await settings.fetch('tiny.en');
  const bar = settings.fetchProgress().getByRole('progressbar', { name: 'Downloading tiny.en' });
  await expect(bar).toBeVisible();
  // Starting the download child takes a few seconds on shared cores ("Connecting…" until then).
  await expect(settings.fetchMessage()).toContainText(/Downloading tiny\.en: part [1-4] of 7, /, { timeout: 20_000 });
  await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0.2);
  await app.screenshot('settings-fetch-progress');
  await expect(settings.fetchMessage()).toHaveText(
    /^Could not download tiny\.en: 127\.0\.0\.1:\d+ cannot be reached, so this computer seems to be offline \(or the site is blocked\)\. Nothing was changed\. Without internet, copy the model folder from another computer and use Import\.$/,
    { timeout: 20_000 },
  );
  await expect(settings.fetchProgress()).toHaveAttribute('data-state', 'failed');
  await app.screenshot('settings-fetch-offline');
  expect(await readdir(modelsDir)).toEqual(before);

  await settings.fetch('tiny.en');
  await expect(settings.fetchMessage()).toContainText('Downloading tiny.en');
  await settings.cancelFetch();
  await expect(settings.fetchMessage()).toHaveText('The download of tiny.en was cancelled; nothing was installed.');
  await expect(settings.model('tiny.en')).toContainText('not installed');
  expect(await readdir(modelsDir)).toEqual(before);
});

fetchTest.describe('when the model host answers', () => {
  fetchTest.use({ hangOn: '' });
  fetchTest('a finished fetch refreshes the status, and the model can be chosen', async ({ app, page, dataDir }) => {
    // Practice (mounted all along) says no model is installed, until Settings installs one.
    await expect(page.getByTestId('model-missing')).toBeVisible();
    const settings = new SettingsPage(page);
    await settings.open();
    // The radio is controlled by the saved settings, so it turns on once the choice is stored.
    await settings.model('base.en').getByRole('radio').click();
    await expect(settings.model('base.en').getByRole('radio')).toBeChecked();
    await expect(settings.model('base.en')).toContainText('not installed');
    await settings.fetch('tiny.en');
    await expect(settings.fetchMessage()).toHaveText('tiny.en is downloaded and installed. You can choose it now.');
    await expect(settings.model('tiny.en')).toContainText(/installed, \d+\.\d MB/);
    await expect(settings.root.getByRole('button', { name: 'Download tiny.en from the internet' })).toHaveCount(0);
    await app.screenshot('settings-fetch-done');
    await settings.model('tiny.en').getByRole('radio').click();
    await expect(settings.model('tiny.en').getByRole('radio')).toBeChecked();
    await expect.poll(async () => JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')).model as string).toBe('tiny.en');
    const files = await readdir(join(dataDir, 'no-models', 'Xenova', 'whisper-tiny.en'), { recursive: true });
    expect(files.sort()).toContain('onnx/decoder_model_merged_quantized.onnx');
    await app.nav('Practice');
    await expect(page.getByTestId('model-missing')).toHaveCount(0);
  });

  fetchTest('Practice offers the download itself, keeps the scenarios in view, and can speak once it is installed', async ({ app, page }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    await app.open();
    const missing = page.getByTestId('model-missing');
    await expect(missing).not.toContainText('npm');
    // At 900×700 the first scenario's Start button is still on screen.
    await expect(page.getByRole('button', { name: /^Start/ }).first()).toBeInViewport();
    await app.screenshot('practice-no-model');
    await missing.getByRole('button', { name: 'Download tiny.en (41 MB)' }).click();
    await expect(missing).toHaveCount(0, { timeout: 30_000 });
    await app.startScenario('grief-birthday');
    await expect(app.recordButton).toBeEnabled();
  });
});

test('a session downloaded as a zip and uploaded back through the file input round-trips byte for byte', async ({ app, page, host, dataDir }) => {
  const partner = "It's his birthday today.";
  const spoken = await spokenAttempt(page.request, host.origin, 'a1', 'That must be so hard today.', partner);
  const session: Session = {
    schemaVersion: SESSION_SCHEMA_VERSION,
    id: '20260302-100000-upl0ad',
    scenarioId: 'grief-birthday',
    scenarioTitle: 'A birthday without him',
    startedAt: '2026-03-02T10:00:00.000Z',
    endedAt: '2026-03-02T10:04:00.000Z',
    ending: 'ended',
    turns: [
      { index: 0, partnerLine: partner, attempts: [spoken.attempt] },
      { index: 1, partnerLine: 'I keep thinking about last year.', attempts: [await typedAttempt(page.request, host.origin, 'a2', 'What are you remembering most?', '2026-03-02T10:02:00.000Z')] },
    ],
  };
  const folder = await writeSession(dataDir, session, { 'a1.wav': spoken.wav });
  const original = await snapshot(folder);
  const review = new ReviewPage(page);
  await review.openAfterSeeding();
  await review.openSession('A birthday without him');
  const zip = join(dataDir, '..', `${session.id}-download.zip`);
  expect(await review.downloadZip(zip)).toBe(`${session.id}.zip`);
  await expect(review.root.getByTestId('action-message')).toHaveText(`Sent ${session.id}.zip to your browser's downloads.`);
  await app.screenshot('review-session-actions');
  await review.deleteOpenSession();

  await review.upload(zip);
  await expect(review.importMessage()).toHaveText(/^Imported the session “A birthday without him” from .+\.$/);
  await expect(review.list()).toContainText('A birthday without him');
  expect(await snapshot(folder)).toEqual(original);
  // Nothing was written to the exports folder: the download was built in memory.
  await expect(readdir(join(dataDir, 'exports'))).rejects.toThrow();
  await page.screenshot({ path: join(ARTIFACTS, 'review-imported.png'), fullPage: true });
});

async function snapshot(folder: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const name of (await readdir(folder)).sort()) out[name] = await readFile(join(folder, name));
  return out;
}
