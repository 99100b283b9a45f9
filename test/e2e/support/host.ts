/** Starts the real dev host (`npm run serve`) as a child process for one test. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

/** A dev host running for one test. */
export interface RunningHost {
  url: string;
  origin: string;
  stderr: () => string;
  stop(): Promise<void>;
}

/** Options passed to the host's command line. */
export interface HostOptions {
  dataDir: string;
  modelsDir: string;
  /** A model name or folder for `--model` (the tiny fixture in spoken tests). */
  speechModel?: string;
  scenariosDir?: string;
  /** `--opener`: the command that opens folders (the e2e records instead of opening a window). */
  opener?: string;
  /** Extra environment for the host and its children (e.g. the model fetcher's host and timeout). */
  env?: Record<string, string>;
}

const ROOT = resolve(import.meta.dirname, '../../..');

/** Spawns `tsx electron/devhost/server.ts --port 0` and waits for the URL it prints. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const args = ['electron/devhost/server.ts', '--port', '0', '--data', options.dataDir, '--models', options.modelsDir];
  if (options.speechModel) args.push('--model', options.speechModel);
  if (options.scenariosDir) args.push('--scenarios', options.scenariosDir);
  if (options.opener) args.push('--opener', options.opener);
  const env = { ...process.env, ...options.env };
  const child: ChildProcess = spawn(resolve(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`The dev host did not start within 30 s.\n${errors}`)), 30_000);
    child.once('exit', (code) => fail(new Error(`The dev host exited (${code}).\n${errors}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      done(line.trim());
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    stderr: () => errors,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
