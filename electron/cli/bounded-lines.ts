/**
 * Reads lines from a stream with a cap on each line's size. readline keeps a line in memory until
 * its newline arrives, so `attune analyze --jsonl < /dev/zero` grew without bound; here an
 * over-long line is dropped as it streams in and reported in its place, and the stream goes on.
 */

/** One line, or the report of a line dropped for size (with its first bytes, to name it). */
export type BoundedLine = { line: string } | { tooLong: { bytes: number; head: string } };

const NEWLINE = 0x0a;
/** Bytes of an over-long line kept to find its id. */
const HEAD_BYTES = 200;

/** Splits `input` into lines (LF or CRLF) of at most `maxBytes` bytes each. */
export async function* boundedLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let dropped = 0; // bytes of the current line already dropped (0: the line still fits)
  let head = '';
  const finish = (): BoundedLine => {
    const result: BoundedLine = dropped > 0 ? { tooLong: { bytes: dropped + size, head } } : { line: Buffer.concat(parts, size).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    dropped = 0;
    head = '';
    return result;
  };
  const add = (piece: Buffer): void => {
    if (dropped > 0) {
      dropped += piece.length;
      return;
    }
    if (size + piece.length <= maxBytes) {
      parts.push(piece);
      size += piece.length;
      return;
    }
    const all = Buffer.concat([...parts, piece]);
    head = all.subarray(0, HEAD_BYTES).toString('utf8');
    dropped = all.length;
    parts = [];
    size = 0;
  };
  for await (const chunk of input) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let at = buffer.indexOf(NEWLINE);
    while (at >= 0) {
      add(buffer.subarray(0, at));
      yield finish();
      buffer = buffer.subarray(at + 1);
      at = buffer.indexOf(NEWLINE);
    }
    if (buffer.length > 0) add(buffer);
  }
  if (size > 0 || dropped > 0) yield finish();
}
