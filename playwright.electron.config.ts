import { defineConfig } from '@playwright/test';

/**
 * The same practice flow inside the real Electron app (`npm run test:electron`). Skips, saying
 * why, where no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as in CI here).
 */
export default defineConfig({
  testDir: 'test/e2e/electron',
  outputDir: 'test-results/electron',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
});
