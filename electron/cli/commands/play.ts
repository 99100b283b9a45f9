/**
 * `attune play SCENARIO_ID [--user-dir DIR]`: the role-play in a terminal. Replies are typed (or
 * piped, one per line); each goes through the same Conversation (domain/sessions/conversation.ts)
 * as in the app, so scoring, redo, retry from an earlier turn and which attempt the talk goes on from are the same.
 */
import { createInterface } from 'node:readline';
import { Conversation } from '../../domain/sessions/conversation';
import { loadScenarios } from '../../storage/scenarios';
import type { LineAbout } from '../../domain/analysis/types';
import { OPEN } from '../../../shared/openness';
import type { AnalysisInput, ConversationState, PartnerReaction, Scenario } from '../../domain/scenarios';
import { CliError, parseCli } from '../errors';
import type { Command } from './index';
import { wantsColor } from '../io';

const USAGE = 'usage: attune play SCENARIO_ID [--user-dir DIR]';

/** Scores a reply to the partner's line (and what it is about); the real one is the analyzer's analyze(). */
export type Analyzer = (text: string, partnerLine: string, about?: LineAbout) => AnalysisInput | Promise<AnalysisInput>;

/** Where the play loop writes, and whether it may use colour. */
export interface PlayOutput {
  write(text: string): void;
  color: boolean;
  /** Echo replies after the prompt (when input is piped, so the transcript reads as a dialogue). */
  echo: boolean;
  /** Column at which to wrap narration. */
  width: number;
}

const HELP = 'Type your reply and press Enter.  /redo  try your last reply again  ·  /retry N  go back to turn N  ·  /end  stop  ·  /help';

/** Tiny ANSI styling, off when not writing to a terminal or when NO_COLOR is set. */
function styler(on: boolean) {
  const wrap = (open: number, close: number) => (s: string) => (on ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), italic: wrap(3, 23), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}

/** "●○○○ 1/4". */
function meter(openness: number): string {
  return `${'●'.repeat(openness)}${'○'.repeat(OPEN - openness)} ${openness}/${OPEN}`;
}

/** Wraps a paragraph at word boundaries so long narration reads comfortably. */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}

/** Plays one conversation, reading replies from `lines`, until an ending, `/end` or end of input. */
export async function playConversation(scenario: Scenario, lines: AsyncIterable<string>, analyze: Analyzer, out: PlayOutput): Promise<PartnerReaction['ending'] | 'ended'> {
  const c = styler(out.color);
  const say = (s = '') => out.write(`${s}\n`);
  const para = (s: string, indent = '') => say(wrap(s, out.width, indent));
  const name = scenario.persona.name;
  // The terminal shows text only; a recorded line says so, for authors checking their recordings.
  const partnerSays = ({ line, audio }: { line: string; audio?: string }) => {
    say(`${c.bold(`${name}:`)} ${wrap(`“${line}”`, out.width - name.length - 2).replace(/\n/g, `\n${' '.repeat(name.length + 2)}`)}`);
    if (audio) say(c.dim(`${' '.repeat(name.length + 2)}(recorded: ${audio}; the app plays it)`));
  };
  const status = (state: ConversationState, r?: PartnerReaction) => {
    const opennessNote = r ? `  (${signed(r.opennessDelta)})` : '';
    const trustNote = r ? `  (${signed(r.trustDelta)})` : '';
    say(c.dim(`openness ${meter(state.openness)}${opennessNote}   ·   trust ${state.trust}/100${trustNote}`));
  };
  const prompt = () => out.write(c.cyan('you› '));

  say(`${c.bold(scenario.title)} ${c.dim(`· ${scenario.cause} · ${scenario.difficulty}`)}`);
  say(c.dim(`${name} (${scenario.persona.pronouns}), ${scenario.persona.relationship}`));
  say();
  para(scenario.situation);
  say();
  let attempts = 0;
  const conversation = Conversation.start(scenario, 'terminal', {
    analyze: (text, { partner, about }) => analyze(text, partner, about),
    newAttemptId: () => String(++attempts),
    now: () => new Date().toISOString(),
  });
  partnerSays(conversation.state);
  status(conversation.state);
  say();
  say(c.dim(HELP));
  prompt();

  let redoNext = false;
  // The last reply's reaction, kept to compare a redo with (trust moves are not part of the session record).
  let last: { overall: number; reaction: PartnerReaction } | undefined;
  for await (const raw of lines) {
    const text = raw.trim();
    if (out.echo) say(text);
    if (!text) {
      prompt();
      continue;
    }
    if (text === '/end' || text === '/quit') {
      conversation.end();
      say(c.dim('You ended the conversation.'));
      return 'ended';
    }
    if (text === '/help') {
      say(c.dim(HELP));
      prompt();
      continue;
    }
    const retry = /^\/retry(?:\s+(\S+))?$/.exec(text);
    if (retry) {
      // The same retry as the app's ending offers: a new branch of this conversation, the partner as they were then.
      try {
        const branch = conversation.retryFrom(Number(retry[1] ?? Number.NaN) - 1);
        redoNext = false;
        last = undefined;
        say(c.dim(`Back to turn ${branch.fromTurn + 1}, with ${name} as they were then:`));
        partnerSays(conversation.state);
        status(conversation.state);
      } catch (error) {
        say(c.dim((error as Error).message));
      }
      prompt();
      continue;
    }
    if (text === '/redo') {
      const from = conversation.redoFrom;
      if (!from) say(c.dim('Nothing to redo yet.'));
      else {
        redoNext = true;
        say(c.dim('Trying again from the same moment:'));
        partnerSays(from);
        status(from);
      }
      prompt();
      continue;
    }

    const { attempt, analysis, reaction, continuedWith } = await conversation.reply({ text, redo: redoNext });
    say();
    printAnalysis(analysis, c, say);
    say();
    partnerSays(reaction);
    say(c.italic(c.dim(wrap(`(${name} thinks: ${reaction.thought})`, out.width, '  '))));
    status(reaction.state, reaction);
    if (reaction.tip) say(`${c.yellow('tip')}  ${wrap(reaction.tip.text, out.width - 5).replace(/\n/g, '\n     ')}`);
    if (redoNext && last) {
      say(c.dim(`compare  first: overall ${last.overall}, openness ${signed(last.reaction.opennessDelta)}, trust ${signed(last.reaction.trustDelta)}`));
      say(c.dim(`         again: overall ${analysis.scores.overall}, openness ${signed(reaction.opennessDelta)}, trust ${signed(reaction.trustDelta)}`));
    }
    redoNext = false;
    last = { overall: analysis.scores.overall, reaction };
    if (continuedWith !== attempt) {
      // As in the app: after a redo the talk goes on from the best attempt.
      say(c.dim(`Your earlier attempt scored higher, so ${name} goes on from it:`));
      partnerSays(conversation.state);
      status(conversation.state);
    }
    const ending = conversation.ending;
    if (ending && ending !== 'ended') {
      say();
      say(ending === 'success' ? c.green(c.bold(`${name} opened up.`)) : c.red(c.bold(`${name} withdrew.`)));
      para(scenario.endings[ending].summary);
      say();
      say(c.dim(wrap(`What was going on: ${scenario.persona.backstory}`, out.width)));
      say(c.dim(`${conversation.state.turn} replies.`));
      return ending;
    }
    say();
    prompt();
  }
  say();
  say(c.dim('End of input: the conversation stops here.'));
  return 'ended';
}

/** Scores, then each flagged span with its better phrasing, then the questions asked. */
function printAnalysis(a: AnalysisInput, c: ReturnType<typeof styler>, say: (s?: string) => void): void {
  const { judgmentFree, openQuestions, empathy, overall } = a.scores;
  const score = (label: string, n: number) => `${label} ${n >= 70 ? c.green(String(n)) : n >= 40 ? c.yellow(String(n)) : c.red(String(n))}`;
  say(`${c.bold('scores')}  ${score('judgment-free', judgmentFree)}  ${score('open questions', openQuestions)}  ${score('empathy', empathy)}  ${c.bold(score('overall', overall))}`);
  for (const j of a.judgments) say(`  ${c.red('✗')} ${j.kind} “${j.text}”  ${c.dim('→ try:')} “${j.suggestion}”`);
  for (const q of a.questions) {
    if (a.judgments.some((j) => j.start === q.start && j.end === q.end)) continue; // already shown as a judgment
    const flags = 'flags' in q && Array.isArray(q.flags) && q.flags.length ? ` (${q.flags.join(', ')})` : '';
    const label = q.type === 'open' && !flags ? c.green('✓ open question') : c.yellow(`· ${q.type} question${flags}`);
    const better = 'suggestion' in q && typeof q.suggestion === 'string' ? `  ${c.dim('→ try:')} “${q.suggestion}”` : '';
    say(`  ${label} “${q.text}”${better}`);
  }
  if (a.relevance?.onTopic === false) say(`  ${c.yellow('·')} That isn't what they said: reflect or ask about their words and feelings.`);
  const e = a.empathy;
  const heard: string[] = [];
  if (a.reflection) heard.push('reflection');
  if (a.validation) heard.push('validation');
  if (e.emotionalReactions) heard.push(`warmth ${e.emotionalReactions}/2`);
  if (e.interpretations) heard.push(`understanding ${e.interpretations}/2`);
  if (e.explorations) heard.push(`exploring ${e.explorations}/2`);
  if (heard.length) say(`  ${c.green('✓')} ${heard.join(', ')}`);
}

/** The analyzer, loaded when play starts (it is the same code the app uses). */
async function realAnalyzer(): Promise<Analyzer> {
  const { analyze } = await import('../../domain/analysis');
  return (text, partner, about) => analyze(text, about ? { partner, about } : { partner });
}

export const command: Command = {
  summary: 'role-play a scenario in the terminal by typing replies',
  async run(args, io) {
    const { values, positionals } = parseCli({ args, allowPositionals: true, options: { 'user-dir': { type: 'string' } } }, USAGE);
    const [id] = positionals;
    if (!id) throw new CliError(`name a scenario to play (see "attune scenarios list"); ${USAGE}`, 2);
    const { scenarios } = loadScenarios({ userDir: values['user-dir'] });
    const scenario = scenarios.find((s) => s.id === id);
    if (!scenario) throw new CliError(`no scenario "${id}"; run "attune scenarios list" to see the ids`, 2);
    const analyze = await realAnalyzer();
    const rl = createInterface({ input: io.stdin, terminal: false });
    await playConversation(scenario, rl, analyze, {
      write: (s) => io.stdout.write(s),
      color: wantsColor(io),
      echo: !io.stdin.isTTY,
      width: Math.min(io.stdout.columns || 88, 88),
    });
    rl.close();
    return 0;
  },
};
