/** The `attune` subcommands. Each module exports `run(args, io)` returning the exit code; add a line per command. */
import type { CliIo } from '../io';

/** One subcommand: a one-line summary for --help and its entry point. */
export interface Command {
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export const commands: Record<string, () => Promise<Command>> = {
  scenarios: () => import('./scenarios').then((m) => m.command),
  analyze: () => import('./analyze').then((m) => m.command),
  play: () => import('./play').then((m) => m.command),
  transcribe: () => import('./transcribe').then((m) => m.command),
  models: () => import('./models').then((m) => m.command),
  score: () => import('./score').then((m) => m.command),
};
