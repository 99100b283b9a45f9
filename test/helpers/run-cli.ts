/** Runs the real `attune` CLI (through tsx) asynchronously, so a test can serve HTTP meanwhile. */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';

/** Project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Exit code and output of one CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `attune ...args` with extra environment variables. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'electron/cli/index.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}
