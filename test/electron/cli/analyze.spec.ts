import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

function attune(args: string[], input?: string): { stdout: string; stderr: string; status: number | null } {
  const run = spawnSync(tsx, ['electron/cli/index.ts', ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

describe('attune analyze (spawned)', () => {
  it('--jsonl answers one line per non-blank input line, in order, errors included', () => {
    const input = [
      JSON.stringify({ id: 'a', text: "it sounds like you've been carrying this alone", partner: 'I feel so alone lately' }),
      '',
      'not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: 'why would you do that' }),
    ].join('\n');
    const { stdout, status } = attune(['analyze', '--jsonl'], input + '\n');
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c']);
    expect(lines[0]).toMatchObject({ reflection: true, advice: false, judgments: [] });
    expect(lines[0]).toHaveProperty('scores.overall');
    expect(lines[0]).toHaveProperty('empathy.interpretations', 2);
    expect(lines[1]).toHaveProperty('error');
    expect(String(lines[2]?.error)).toMatch(/text/);
    expect(lines[3]).toMatchObject({ questions: [{ type: 'open', flags: ['accusatory-why'], start: 0, end: 21 }] });
  });

  it('prints a readable report with marked spans and suggestions', () => {
    const { stdout, status } = attune(['analyze', 'calm down, what happened?', '--partner', 'work was awful']);
    expect(status).toBe(0);
    expect(stdout).toContain('[-calm down-]');
    expect(stdout).toContain('{+what happened?+}');
    expect(stdout).toMatch(/try: "Take your time/);
    expect(stdout).toMatch(/overall\s+\d+/);
  });

  it('fails with one plain sentence when no reply is given', () => {
    const { stdout, stderr, status } = attune(['analyze']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
