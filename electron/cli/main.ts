/** The `attune` dispatcher, separate from the entry so tests can run any command in-process. */
import { CliError } from './errors';
import { commands } from './commands';
import type { CliIo } from './io';

/** Prints the commands this build knows. */
async function printHelp(io: CliIo): Promise<void> {
  const lines = ['usage: attune <command> [options]', '', 'commands:'];
  for (const [name, load] of Object.entries(commands)) {
    lines.push(`  ${name.padEnd(12)} ${(await load()).summary}`);
  }
  io.stdout.write(lines.join('\n') + '\n');
}

/** Runs one subcommand and turns expected failures into a sentence on stderr; returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await printHelp(io);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.stderr.write(`attune: unknown command "${name}"; run "attune --help" for the list.\n`);
    return 2;
  }
  try {
    return await (await load()).run(rest, io);
  } catch (error) {
    if (debug) {
      io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(`attune ${name}: ${message}\n`);
    }
    return error instanceof CliError ? error.exitCode : 1;
  }
}
