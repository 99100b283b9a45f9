// After `npm install`: fetch the default Whisper model so the app can transcribe. Its name is the
// CLI's to know (`models status` marks it isDefault; `models fetch` with no name fetches it).
// Never fails the install: offline or blocked, it says how to fetch the model later.
// Skipped with ATTUNE_SKIP_MODEL_FETCH=1. Plain Node: the TypeScript CLI runs through tsx.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const later = 'fetch it later with "npm run -s attune -- models fetch --record-hashes", or copy it from another machine with "models import DIR --record-hashes"';
const say = (line) => console.log(`attune: ${line}`);

function main() {
  if (process.env.ATTUNE_SKIP_MODEL_FETCH === '1') {
    say(`skipping the speech model download (ATTUNE_SKIP_MODEL_FETCH=1); ${later}`);
    return;
  }
  const tsx = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
  if (!existsSync(tsx)) {
    say(`tsx is not installed, so the speech model was not downloaded; ${later}`);
    return;
  }
  const cli = (args, timeout) =>
    spawnSync(tsx, [join(root, 'electron/cli/index.ts'), 'models', ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout,
      // A short wait for the model host keeps an offline install quick.
      env: { ATTUNE_FETCH_TIMEOUT_MS: '5000', ...process.env },
    });
  const status = cli(['status', '--json'], 60_000);
  let name = 'default';
  try {
    const model = JSON.parse(status.stdout).find((m) => m.isDefault);
    name = model?.name ?? name;
    if (model?.valid) {
      say(`the ${name} speech model is already installed`);
      return;
    }
  } catch {
    // Unreadable status: try the download anyway.
  }
  say(`downloading the ${name} speech model…`);
  // --record-hashes: until this build pins sha256 values (electron/speech/registry.ts), record them.
  const fetched = cli(['fetch', '--record-hashes', '--quiet'], 15 * 60_000);
  if (fetched.status === 0) {
    process.stdout.write(fetched.stdout);
    return;
  }
  const reason = (fetched.stderr || fetched.error?.message || 'unknown error').trim().split('\n')[0].replace(/^attune models: /, '');
  say(`the speech model was not downloaded (${reason}).`);
  say(`Attune installed fine; ${later}.`);
}

try {
  main();
} catch (error) {
  say(`the speech model step was skipped (${error instanceof Error ? error.message : String(error)}); ${later}`);
}
process.exitCode = 0;
