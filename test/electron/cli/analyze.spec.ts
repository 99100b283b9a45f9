import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../../helpers/run-cli';

describe('attune analyze', () => {
  // The JSON Lines contract is what other tools script against, so it runs as a real process.
  it('--jsonl (a real process) answers one line per non-blank input line, in order, errors included', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: "it sounds like you've been carrying this alone", partner: 'I feel so alone lately' }),
      '',
      'not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: 'why would you do that' }),
    ].join('\n');
    const { stdout, code } = await spawnCli(['analyze', '--jsonl'], { NO_COLOR: '1' }, input + '\n');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c']);
    expect(lines[0]).toMatchObject({ reflection: true, advice: false, judgments: [] });
    expect(lines[0]).toHaveProperty('scores.overall');
    expect(lines[0]).toHaveProperty('empathy.interpretations', 2);
    expect(lines[1]).toHaveProperty('error');
    expect(String(lines[2]?.error)).toMatch(/text/);
    expect(lines[3]).toMatchObject({ questions: [{ type: 'open', flags: ['accusatory-why'], start: 0, end: 21 }] });
  });

  it('--jsonl answers an over-long text and an over-long line with one error each, and goes on', async () => {
    const input = [
      JSON.stringify({ id: 'huge', text: 'a'.repeat(1_000_000) }),
      JSON.stringify({ id: 'line', text: 'b'.repeat(5 * 1024 * 1024) }),
      JSON.stringify({ id: 'ok', text: 'what happened?' }),
    ].join('\n');
    const t0 = Date.now();
    const { stdout, code } = await runCli(['analyze', '--jsonl'], {}, input + '\n');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['huge', 'line', 'ok']);
    expect(lines[0]?.error).toMatch(/^"text": is 1,000,000 characters long; the analyzer takes at most 10,000 /);
    expect(lines[1]?.error).toBe('the line is 5.0 MB; a request line may be at most 4 MB (text up to 10,000 characters)');
    expect(lines[2]).toHaveProperty('scores.overall');
  });

  it('--jsonl takes what the partner\'s line is about, and scores relevance with it', async () => {
    const template = (x: string) => `It sounds like ${x}. What's that been like for you?`;
    const partner = "I don't have time for this conversation right now.";
    const about = { feelings: ['overwhelmed'], topics: ['work', 'deadline'] };
    const input = [
      { id: 'off', text: template('the weather has been really something lately'), partner, about },
      { id: 'on', text: template("you're feeling overwhelmed"), partner, about },
      { id: 'bad', text: 'hi', partner, about: { moods: ['sad'] } },
    ].map((r) => JSON.stringify(r));
    const { stdout, code } = await runCli(['analyze', '--jsonl'], {}, input.join('\n') + '\n');
    expect(code).toBe(0);
    const [off, on, bad] = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { scores: { overall: number }; relevance: { onTopic: boolean }; error?: string });
    expect(off!.relevance.onTopic).toBe(false);
    expect(off!.scores.overall).toBeLessThan(50);
    expect(on!.relevance.onTopic).toBe(true);
    expect(on!.scores.overall).toBeGreaterThan(70);
    expect(bad!.error).toMatch(/^"about": /);
  });

  it('prints a readable report with marked spans and suggestions', async () => {
    const { stdout, code } = await runCli(['analyze', 'calm down, what happened?', '--partner', 'work was awful']);
    expect(code).toBe(0);
    expect(stdout).toContain('[-calm down-]');
    expect(stdout).toContain('{+what happened?+}');
    expect(stdout).toMatch(/try: "Take your time/);
    expect(stdout).toMatch(/overall\s+\d+/);
  });

  it('fails with one plain sentence when no reply is given', async () => {
    const { stdout, stderr, code } = await runCli(['analyze']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
