/** The `attune` command line: `npm run -s attune -- <command> [args]`. */
import { CliError } from './errors';
import { commands } from './commands';

/** Prints the commands this build knows. */
async function printHelp(): Promise<void> {
  const lines = ['usage: attune <command> [options]', '', 'commands:'];
  for (const [name, load] of Object.entries(commands)) {
    lines.push(`  ${name.padEnd(12)} ${(await load()).summary}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

/** Runs one subcommand and turns expected failures into a sentence on stderr. */
async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await printHelp();
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`attune: unknown command "${name}"; run "attune --help" for the list.\n`);
    return 2;
  }
  try {
    return await (await load()).run(rest);
  } catch (error) {
    if (debug) {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`attune ${name}: ${message}\n`);
    }
    return error instanceof CliError ? error.exitCode : 1;
  }
}

// When the reader goes away (`attune play … | head`), stop quietly as Unix tools do, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
