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
