/** The `attune` command line: `npm run -s attune -- <command> [args]`. */
import { processIo } from './io';
import { main } from './main';

// When the reader goes away (`attune play … | head`), stop quietly as Unix tools do, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), processIo());
