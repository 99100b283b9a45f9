/**
 * Playwright fixtures: a fresh data folder and dev host per test, a Chromium launched with the
 * wanted microphone (a WAV file as fake input, or none so access is denied), and a privacy
 * recorder that fails the test if the page requested anything outside the app's own origin.
 */
import { test as base, expect, chromium, type Page } from '@playwright/test';
import { mkdtemp, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { startHost, type RunningHost } from './host';
import { PracticePage } from '../pages/practice-page';

/** How the microphone behaves in a test. */
export type Mic = { kind: 'file'; wav: string } | { kind: 'denied' } | { kind: 'default' };

interface Options {
  mic: Mic;
  /** The models folder for the host; 'none' gives an empty folder (the first-run state). */
  models: string | 'none';
  /** `--model` for the host: the tiny Whisper fixture for spoken tests. */
  speechModel: string | undefined;
  /** Files to plant in the fresh data folder before the host starts (relative path → text or bytes). */
  seedFiles: Record<string, string | Uint8Array>;
  /** Extra environment for the dev host (and the model fetcher it starts). */
  hostEnv: Record<string, string>;
  /** Console errors a test provokes on purpose (each pattern must match one); any other fails the test. */
  expectedConsoleErrors: RegExp[];
}

interface Fixtures {
  dataDir: string;
  /** The file the recording opener appends each folder it is asked to open to (one per line). */
  openedLog: string;
  host: RunningHost;
  requests: string[];
  app: PracticePage;
}

export const ROOT = resolve(import.meta.dirname, '../../..');
export const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');
/** The tiny Whisper-architecture model the speech pipeline commits for tests. */
export const TINY_WHISPER = 'test/fixtures/tiny-whisper';
/** An opener for `--opener` that appends its argument to $ATTUNE_OPEN_LOG. */
const RECORDING_OPENER = join(ROOT, 'test/e2e/support/record-opener.sh');

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'];

function micArgs(mic: Mic): string[] {
  if (mic.kind === 'denied') return ['--use-fake-device-for-media-stream', '--deny-permission-prompts'];
  const args = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];
  if (mic.kind === 'file') args.push(`--use-file-for-fake-audio-capture=${mic.wav}`);
  return args;
}

export const test = base.extend<Options & Fixtures>({
  mic: [{ kind: 'default' }, { option: true }],
  models: ['none', { option: true }],
  speechModel: [undefined, { option: true }],
  seedFiles: [{}, { option: true }],
  hostEnv: [{}, { option: true }],
  expectedConsoleErrors: [[], { option: true }],

  // Playwright requires the destructuring pattern even when a fixture needs no others.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'attune-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },

  openedLog: async ({ dataDir }, use) => {
    await use(join(dataDir, '..', `${basename(dataDir)}-opened.log`));
    await rm(join(dataDir, '..', `${basename(dataDir)}-opened.log`), { force: true });
  },

  host: async ({ dataDir, models, speechModel, seedFiles, hostEnv, openedLog }, use) => {
    let modelsDir = models;
    if (models === 'none') {
      modelsDir = join(dataDir, 'no-models');
      await mkdir(modelsDir);
    }
    for (const [relative, content] of Object.entries(seedFiles)) {
      await mkdir(dirname(join(dataDir, relative)), { recursive: true });
      await writeFile(join(dataDir, relative), content);
    }
    // Folders are "opened" by a script that records the path, so no file manager window appears.
    const host = await startHost({
      dataDir,
      modelsDir: resolve(ROOT, modelsDir),
      speechModel: speechModel && resolve(ROOT, speechModel),
      opener: RECORDING_OPENER,
      env: { ATTUNE_OPEN_LOG: openedLog, ...hostEnv },
    });
    await use(host);
    await host.stop();
  },

  // eslint-disable-next-line no-empty-pattern
  requests: async ({}, use) => {
    await use([]);
  },

  page: async ({ host, mic, requests, expectedConsoleErrors }, use, testInfo) => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, ...micArgs(mic)],
    });
    const context = await browser.newContext({ viewport: { width: 1200, height: 860 } });
    if (mic.kind !== 'denied') await context.grantPermissions(['microphone'], { origin: host.origin });
    // Every request from any page or worker of this context, for the privacy assertion below.
    context.on('request', (request) => requests.push(request.url()));
    // A clean console and no failed request (a 404 favicon, a CSP refusal, an uncaught error) on every page of the suite.
    const problems: string[] = [];
    context.on('requestfailed', (request) => {
      // A request the page itself dropped (a reload mid-load, its event stream on leaving, a replay torn down) is not a failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`);
    });
    context.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && !expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await use(page);
    await context.close();
    await browser.close();
    if (testInfo.status === testInfo.expectedStatus) {
      const foreign = requests.filter((url) => !isOwn(url, host.origin));
      expect(foreign, 'requests that left the app origin').toEqual([]);
      expect(problems, 'console errors and failed requests').toEqual([]);
    }
  },

  app: async ({ page, host }, use) => {
    const app = new PracticePage(page, host);
    await app.open();
    await use(app);
  },
});

/** True for the app's own origin and in-page data. */
export function isOwn(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  return new URL(url).origin === origin;
}

export { expect };
export type { Page };
