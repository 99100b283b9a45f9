/** Where a CLI run reads and writes: the real process in the terminal, in-memory streams in tests. */

import type { SpeechService } from '../speech/service';

/** A stream end that may be a terminal. */
type Tty = { isTTY?: boolean };

/** The streams and environment one command runs with. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & Tty;
  stdout: NodeJS.WritableStream & Tty & { columns?: number };
  stderr: NodeJS.WritableStream & Tty;
  env: Record<string, string | undefined>;
  /**
   * A speech service to borrow instead of starting one per command. Tests pass one kept warm:
   * onnxruntime's native module loads in only one worker thread per process.
   */
  speech?(modelsDir: string): SpeechService;
}

/** The running process's own streams and environment. */
export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Whether to colour output: only for a terminal, and never when NO_COLOR is set. */
export function wantsColor(io: CliIo): boolean {
  return io.stdout.isTTY === true && !io.env.NO_COLOR;
}

/**
 * Runs `work` with console.log/info/debug sent to stderr, so stdout carries only answers
 * (libraries such as transformers.js log), and puts the console back afterwards.
 */
export async function withLogsOnStderr<T>(io: CliIo, work: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, info: console.info, debug: console.debug };
  const toStderr = (...args: unknown[]): void => void io.stderr.write(args.map(String).join(' ') + '\n');
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  try {
    return await work();
  } finally {
    Object.assign(console, saved);
  }
}
