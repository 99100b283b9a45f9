/**
 * Runs the `attune` CLI for tests: in-process with in-memory stdio (fast, the default), or as a
 * real process through tsx for the few specs that test the process itself (pipes, exit codes).
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { main } from '../../electron/cli/main';
import { createSpeechService, type SpeechService } from '../../electron/speech/service';

/** Project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Exit code and output of one CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A writable that keeps what it is given, as text. */
function collector(): { stream: Writable; text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** One speech service per models folder, kept for the whole spec file (see CliIo.speech). */
const speechServices = new Map<string, SpeechService>();

function sharedSpeech(modelsDir: string): SpeechService {
  let service = speechServices.get(modelsDir);
  if (!service) {
    service = createSpeechService({ modelsDir });
    speechServices.set(modelsDir, service);
  }
  return service;
}

/** Stops the speech workers in-process runs started; call it in afterAll of specs that transcribe. */
export async function closeCliSpeech(): Promise<void> {
  await Promise.all([...speechServices.values()].map((s) => s.dispose()));
  speechServices.clear();
}

/** Runs `attune ...args` in this process, with `input` as stdin and extra environment variables. */
export async function runCli(args: string[], env: Record<string, string> = {}, input = ''): Promise<CliRun> {
  const stdout = collector();
  const stderr = collector();
  const stdin = Readable.from(input === '' ? [] : [input]);
  const code = await main(args, { stdin, stdout: stdout.stream, stderr: stderr.stream, env: { ...process.env, ...env }, speech: sharedSpeech });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs `attune ...args` as a real process (through tsx), with `input` piped to stdin. */
export function spawnCli(args: string[], env: Record<string, string> = {}, input = ''): Promise<CliRun> {
  return new Promise((done) => {
    const child = execFile(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'electron/cli/index.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}
