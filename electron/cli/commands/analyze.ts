/** `attune analyze`: score a reply for judgment-free language, open questions and empathy. */
import { z } from 'zod';
import type { Command } from './index';
import { wantsColor, withLogsOnStderr, type CliIo } from '../io';
import { CliError, parseCli } from '../errors';
import { AnalysisInputError, MAX_ANALYSIS_CHARS, analyze } from '../../domain/analysis';
import { boundedLines } from '../bounded-lines';
import { formatReport } from './analyze-report';

const USAGE = 'usage: attune analyze "reply" [--partner "their line"] | attune analyze --jsonl < replies.jsonl';

/** A line this big cannot hold a request the analyzer takes (text and partner, escaped): refused unread. */
const MAX_LINE_BYTES = 4 * 1024 * 1024;

const capped = z.string().max(MAX_ANALYSIS_CHARS, {
  error: (issue) => `is ${typeof issue.input === 'string' ? issue.input.length.toLocaleString('en-US') : 'too many'} characters long; the analyzer takes at most ${MAX_ANALYSIS_CHARS.toLocaleString('en-US')}`,
});

/** Words for what the partner's line is about (bounded like a scenario file's `about`). */
const words = z.array(z.string().max(60, 'must be a word or a short phrase (at most 60 characters)')).max(40, 'at most 40 entries').optional();

/** One JSON Lines request; `about` (feelings, topics, unsaid) is what the partner's line is about, as in a scenario file. */
const Request = z.object({ id: z.string(), text: capped, partner: capped.optional(), about: z.strictObject({ feelings: words, topics: words, unsaid: words }).optional() });

/** The answer to a line dropped unread for its size; names the id when the line starts with it. */
export function answerTooLong(bytes: number, head: string): Record<string, unknown> {
  const raw = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.){0,100}")/.exec(head)?.[1];
  let id: unknown = null;
  try {
    id = raw === undefined ? null : JSON.parse(raw);
  } catch {
    // A broken escape in the id: answer without one.
  }
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  return { id, error: `the line is ${megabytes} MB; a request line may be at most ${MAX_LINE_BYTES / 1024 / 1024} MB (text up to ${MAX_ANALYSIS_CHARS.toLocaleString('en-US')} characters)` };
}

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
    return { id, error: `${where}: ${issue?.message ?? 'invalid request'} (expected {"id": string, "text": string, "partner"?: string, "about"?: {"feelings"?, "topics"?, "unsaid"?: string[]}})` };
  }
  const { id: requestId, text, partner, about } = parsed.data;
  try {
    return { id: requestId, ...analyze(text, { ...(partner === undefined ? {} : { partner }), ...(about ? { about } : {}) }) };
  } catch (error) {
    if (error instanceof AnalysisInputError) return { id: requestId, error: error.message };
    return { id: requestId, error: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Streams stdin to stdout, one answer per non-blank line, in order. */
async function runJsonl(io: CliIo): Promise<number> {
  // stdout carries only answers: anything a library logs goes to stderr.
  return withLogsOnStderr(io, async () => {
    for await (const read of boundedLines(io.stdin, MAX_LINE_BYTES)) {
      // Blank lines (e.g. a trailing newline) are skipped: they carry no id to answer to.
      if ('line' in read && read.line.trim() === '') continue;
      const answer = 'line' in read ? answerLine(read.line) : answerTooLong(read.tooLong.bytes, read.tooLong.head);
      const ok = io.stdout.write(JSON.stringify(answer) + '\n');
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
