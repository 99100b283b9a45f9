/** `attune analyze`: score a reply for judgment-free language, open questions and empathy. */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Command } from './index';
import { wantsColor, withLogsOnStderr, type CliIo } from '../io';
import { CliError, parseCli } from '../errors';
import { analyze } from '../../domain/analysis';
import { formatReport } from './analyze-report';

const USAGE = 'usage: attune analyze "reply" [--partner "their line"] | attune analyze --jsonl < replies.jsonl';

/** One JSON Lines request. */
const Request = z.object({ id: z.string(), text: z.string(), partner: z.string().optional() });

/** Answers one input line: the analysis, or an error that names the id when it can. */
export function answerLine(line: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const id = raw !== null && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
  const parsed = Request.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `"${issue.path.join('.')}"` : 'the line';
    return { id, error: `${where}: ${issue?.message ?? 'invalid request'} (expected {"id": string, "text": string, "partner"?: string})` };
  }
  const { id: requestId, text, partner } = parsed.data;
  try {
    return { id: requestId, ...analyze(text, partner === undefined ? {} : { partner }) };
  } catch (error) {
    return { id: requestId, error: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Streams stdin to stdout, one answer per non-blank line, in order. */
async function runJsonl(io: CliIo): Promise<number> {
  // stdout carries only answers: anything a library logs goes to stderr.
  return withLogsOnStderr(io, async () => {
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      // Blank lines (e.g. a trailing newline) are skipped: they carry no id to answer to.
      if (line.trim() === '') continue;
      const ok = io.stdout.write(JSON.stringify(answerLine(line)) + '\n');
      if (!ok) await new Promise((resolve) => io.stdout.once('drain', resolve));
    }
    return 0;
  });
}

export const command: Command = {
  summary: 'score a reply (or JSON Lines on stdin with --jsonl) for judgment, questions and empathy',
  async run(args, io) {
    const { values, positionals } = parseCli(
      { args, allowPositionals: true, options: { jsonl: { type: 'boolean' }, partner: { type: 'string', short: 'p' }, help: { type: 'boolean', short: 'h' } } },
      USAGE,
    );
    if (values.help) {
      io.stdout.write(USAGE + '\n');
      return 0;
    }
    if (values.jsonl) {
      if (positionals.length > 0) throw new CliError(`--jsonl reads replies from stdin and takes no reply argument; ${USAGE}`, 2);
      return runJsonl(io);
    }
    const text = positionals.join(' ');
    if (text.trim() === '') throw new CliError(`give the reply to analyze; ${USAGE}`, 2);
    const result = analyze(text, values.partner === undefined ? {} : { partner: values.partner });
    io.stdout.write(formatReport(text, result, { partner: values.partner, color: wantsColor(io) }));
    return 0;
  },
};
