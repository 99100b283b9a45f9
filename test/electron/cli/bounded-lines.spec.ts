import { describe, expect, it } from 'vitest';
import { boundedLines, type BoundedLine } from '../../../electron/cli/bounded-lines';

async function collect(chunks: string[], max: number): Promise<BoundedLine[]> {
  const out: BoundedLine[] = [];
  for await (const l of boundedLines((async function* () { yield* chunks.map((c) => Buffer.from(c)); })(), max)) out.push(l);
  return out;
}

describe('boundedLines', () => {
  it('splits LF and CRLF lines across chunk boundaries, last line without a newline included', async () => {
    expect(await collect(['ab', 'c\r\nd', 'e\n\nf'], 10)).toEqual([{ line: 'abc' }, { line: 'de' }, { line: '' }, { line: 'f' }]);
  });

  it('keeps multi-byte characters split across chunks intact', async () => {
    const bytes = Buffer.from('héllo\n');
    const gen = boundedLines((async function* () { yield bytes.subarray(0, 2); yield bytes.subarray(2); })(), 100);
    const lines: BoundedLine[] = [];
    for await (const l of gen) lines.push(l);
    expect(lines).toEqual([{ line: 'héllo' }]);
  });

  it('drops an over-long line as it streams, reports its size and head, and goes on', async () => {
    const lines = await collect(['{"id":"x","text":"', 'a'.repeat(50), 'a'.repeat(50), '"}\nok\n'], 20);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ tooLong: { bytes: 120, head: '{"id":"x","text":"' + 'a'.repeat(50) } });
    expect(lines[1]).toEqual({ line: 'ok' });
  });
});
