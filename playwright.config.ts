import { defineConfig } from '@playwright/test';

/** Browser end-to-end tests: Debian's chromium against the loopback dev host. */
export default defineConfig({
  testDir: 'test/e2e',
  testIgnore: ['**/electron/**'],
  outputDir: 'test-results',
  timeout: 120_000,
  // Each test has its own data folder, host port and browser, so files run two at a time.
  workers: 2,
  // On CI's shared cores a media-timing test can miss once; a retry is reported as "flaky", not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    },
  },
});
