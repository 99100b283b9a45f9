import { parseArgs, type ParseArgsConfig } from 'node:util';

/** An expected failure: printed to stderr as one plain sentence, never as a stack trace (unless --debug). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** node:util's parseArgs, with a bad flag turned into a usage error (exit 2) instead of a raw exception. */
export function parseCli<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}; ${usage}`, 2);
  }
}
