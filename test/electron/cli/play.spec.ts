import { describe, expect, it } from 'vitest';
import { playConversation, wrap } from '../../../electron/cli/commands/play';
import { loadScenarioFile, loadScenarios } from '../../../electron/storage/scenarios';
import { analysis, attentive, blaming } from '../domain/scenarios/analysis-builders';
import { runCli, spawnCli } from '../../helpers/run-cli';

const scenario = loadScenarios().scenarios.find((s) => s.id === 'grief-birthday')!;

/** A stand-in analyzer keyed on words in the reply: this spec tests the play loop, not scoring. */
const fakeAnalyze = (text: string) => (text.includes('always') ? blaming() : text.startsWith('are') ? analysis({ closed: 1 }) : attentive());

async function play(replies: string[]) {
  let output = '';
  async function* lines() {
    yield* replies;
  }
  const ending = await playConversation(scenario, lines(), fakeAnalyze, { write: (s) => (output += s), color: false, echo: true, width: 80 });
  return { ending, output };
}

describe('playConversation', () => {
  it('shows the opening, then scores, line, thought and openness after each reply, up to the ending', async () => {
    const { ending, output } = await play(['that sounds hard', 'tell me more', 'it sounds heavy']);
    expect(ending).toBe('success');
    expect(output).toContain(`Elena: “${scenario.opening.line.text}”`);
    expect(output).toContain('openness ●○○○ 1/4');
    expect(output).toMatch(/scores {2}judgment-free 90 {2}open questions 85 {2}empathy 67 {2}overall 79/);
    expect(output).toContain('openness ●●○○ 2/4  (+1)');
    expect(output).toContain('(Elena thinks:');
    expect(output).toContain('Elena opened up.');
    expect(output).toContain('What was going on:');
  });

  it('redoes the last reply from the same state and compares the two attempts', async () => {
    const { output } = await play(['you always do this', '/redo', 'that sounds hard', '/end']);
    expect(output).toContain('Trying again from the same moment:');
    expect(output).toMatch(/compare {2}first: overall 15, openness −1, trust −15\n {9}again: overall 79, openness \+1, trust \+25/);
  });

  it('retries from an earlier turn with the partner as they were then, and refuses a turn it cannot retry in one sentence', async () => {
    const { ending, output } = await play(['that sounds hard', 'you always do this', '/retry 5', '/retry', '/retry 2', 'tell me more', 'it sounds heavy']);
    expect(output).toContain('There is no answered turn 5 to retry from; choose a turn from 1 to 2.');
    expect(output).toContain('Say which turn to retry from: a number from 1 to 2.');
    const back = output.indexOf('Back to turn 2, with Elena as they were then:');
    expect(back).toBeGreaterThan(0);
    // The partner's state is the one after the first reply: openness 2/4, as that reply left it.
    expect(output.slice(back).split('\n').slice(1, 4).join('\n')).toContain('openness ●●○○ 2/4');
    expect(ending).toBe('success');
  });

  it('withdraws after judgment and shows the tip', async () => {
    const { ending, output } = await play(['you always do this', 'you always do this']);
    expect(ending).toBe('withdrawn');
    expect(output).toMatch(/tip {2}Grief has no right way/);
    expect(output).toContain('Elena withdrew.');
  });

  it('stops on /end or at the end of input', async () => {
    expect((await play(['/end'])).ending).toBe('ended');
    const { ending, output } = await play(['are you ok?']);
    expect(ending).toBe('ended');
    expect(output).toContain('closed question');
    expect(output).toContain('End of input');
  });
});

describe('playConversation with recorded lines', () => {
  it('says when a partner line has a recording (the terminal shows text only)', async () => {
    // The fixture's level-3 line is recorded; three attentive replies reach level 3 on the way to success.
    const minimal = loadScenarioFile('test/fixtures/scenarios/valid/minimal.yaml').scenario!;
    let output = '';
    async function* lines() {
      yield* ['that sounds hard', 'tell me more', 'it sounds heavy', 'what else?'];
    }
    await playConversation(minimal, lines(), fakeAnalyze, { write: (s) => (output += s), color: false, echo: true, width: 80 });
    expect(output).toContain('Sam: “Almost there.”\n     (recorded: audio/almost.wav; the app plays it)');
    expect(output.match(/\(recorded:/g)).toHaveLength(1);
  });
});

describe('wrap', () => {
  it('breaks at word boundaries within the width', () => {
    const text = wrap('one two three four five six seven', 10, '  ');
    expect(text.split('\n').every((l) => l.length <= 10)).toBe(true);
    expect(text.replace(/\s+/g, ' ').trim()).toBe('one two three four five six seven');
  });
});

describe('attune play (piped stdin, real analyzer)', () => {
  it('plays a scenario to success from replies on stdin', async () => {
    const input = [
      "It sounds like you're feeling really heavy today. I'm here.",
      'That must be so hard. What was it like going through his things?',
      "I'm so sorry. It sounds like you've been carrying a lot of guilt. How are you feeling right now?",
    ].join('\n');
    const r = await runCli(['play', 'grief-birthday'], { NO_COLOR: '1' }, input);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('you› It sounds like you');
    expect(r.stdout).toMatch(/scores {2}judgment-free \d+ {2}open questions \d+ {2}empathy \d+ {2}overall \d+/);
    expect(r.stdout).toContain('(Elena thinks:');
    expect(r.stdout).toContain('openness ●●○○ 2/4  (+1)');
    expect(r.stdout).toContain('Elena opened up.');
    expect(r.stdout).not.toContain('\x1b[');
  });

  // A real process, so the exit code is the one a shell sees.
  it('names an unknown scenario plainly (a real process)', async () => {
    const r = await spawnCli(['play', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('attune play: no scenario "nope"; run "attune scenarios list" to see the ids');
  });
});
