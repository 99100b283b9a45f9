/** `attune scenarios list [--json] [--user-dir DIR]` and `attune scenarios validate FILE...`. */
import { loadScenarioFile, loadScenarios } from '../../storage/scenarios';
import type { ScenarioProblem } from '../../domain/scenarios';
import { CliError, parseCli } from '../errors';
import type { Command } from './index';
import type { CliIo } from '../io';

const USAGE = 'usage: attune scenarios list [--json] [--user-dir DIR] | attune scenarios validate FILE...';

/** "file:line: field: message", the shape editors and terminals know how to link. */
export function formatProblem(p: ScenarioProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

/** Lists the scenarios a user would see: built-in plus those in their folder. */
function list(args: string[], io: CliIo): number {
  const { values } = parseCli({ args, options: { json: { type: 'boolean' }, 'user-dir': { type: 'string' } } }, USAGE);
  const { scenarios, problems } = loadScenarios({ userDir: values['user-dir'] });
  for (const p of problems) io.stderr.write(`warning: ${formatProblem(p)}\n`);
  if (values.json) {
    io.stdout.write(JSON.stringify(scenarios.map(({ id, title, cause }) => ({ id, title, cause })), null, 2) + '\n');
    return 0;
  }
  const idWidth = Math.max(2, ...scenarios.map((s) => s.id.length));
  const causeWidth = Math.max(5, ...scenarios.map((s) => s.cause.length));
  const rows = [`${'ID'.padEnd(idWidth)}  ${'CAUSE'.padEnd(causeWidth)}  ${'LEVEL'.padEnd(8)}  TITLE`];
  for (const s of scenarios) {
    const mark = s.source.builtin ? '' : '  (yours)';
    rows.push(`${s.id.padEnd(idWidth)}  ${s.cause.padEnd(causeWidth)}  ${s.difficulty.padEnd(8)}  ${s.title} · ${s.persona.name}${mark}`);
  }
  rows.push('', `${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}. Practise one with: attune play <ID>`);
  io.stdout.write(rows.join('\n') + '\n');
  return 0;
}

/** Validates files; exit 0 when every file is valid, 1 otherwise, with each problem on stderr. */
function validate(args: string[], io: CliIo): number {
  const { positionals } = parseCli({ args, allowPositionals: true, options: {} }, USAGE);
  if (positionals.length === 0) throw new CliError(`name a scenario file to validate (${USAGE})`, 2);
  let failed = 0;
  for (const file of positionals) {
    const { scenario, problems } = loadScenarioFile(file);
    if (scenario && problems.length === 0) {
      io.stdout.write(`✓ ${file}: valid scenario "${scenario.id}" (${scenario.title})\n`);
      continue;
    }
    failed++;
    for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
  }
  if (failed > 0 && positionals.length > 1) io.stderr.write(`${failed} of ${positionals.length} files have problems.\n`);
  return failed > 0 ? 1 : 0;
}

export const command: Command = {
  summary: 'list the role-play scenarios, or validate a scenario file',
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'list') return list(rest, io);
    if (sub === 'validate') return validate(rest, io);
    throw new CliError(sub ? `unknown subcommand "${sub}" (${USAGE})` : USAGE, 2);
  },
};
