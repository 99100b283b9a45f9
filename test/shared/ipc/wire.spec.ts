import { describe, expect, it } from 'vitest';
import { encodeBinary, reviveBinary } from '../../../shared/ipc/wire';

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, encodeBinary), reviveBinary);

describe('bytes over the HTTP bridge', () => {
  it('carries Uint8Array, Node Buffer and Float32Array values anywhere in a message, exactly', () => {
    const wav = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 37) % 256);
    const samples = Float32Array.from({ length: 1001 }, (_, i) => Math.sin(i / 7));
    const message = { result: { bytes: wav, nested: [{ buffer: Buffer.from('RIFF') }], audio: samples, text: 'kept' } };
    const back = roundTrip(message) as { result: { bytes: Uint8Array; nested: [{ buffer: Uint8Array }]; audio: Float32Array; text: string } };
    expect(back.result.bytes).toBeInstanceOf(Uint8Array);
    expect(back.result.bytes).toEqual(wav);
    // A Buffer is not sent as {type: 'Buffer', data: [...]} (its toJSON) but as bytes.
    expect(JSON.stringify(message, encodeBinary)).not.toContain('"type":"Buffer"');
    expect(new TextDecoder().decode(back.result.nested[0].buffer)).toBe('RIFF');
    expect(back.result.audio).toBeInstanceOf(Float32Array);
    expect(back.result.audio).toEqual(samples);
    expect(back.result.text).toBe('kept');
  });

  it('keeps a subarray to its own bytes, and an empty array empty', () => {
    const whole = Uint8Array.from([1, 2, 3, 4, 5, 6]);
    expect(roundTrip({ a: whole.subarray(2, 4) })).toEqual({ a: Uint8Array.from([3, 4]) });
    expect(roundTrip({ a: new Uint8Array(0) })).toEqual({ a: new Uint8Array(0) });
  });

  it('leaves look-alike objects alone', () => {
    expect(roundTrip({ a: { $u8: 'AAEC', other: 1 } })).toEqual({ a: { $u8: 'AAEC', other: 1 } });
    expect(roundTrip({ a: { $u8: 5 } })).toEqual({ a: { $u8: 5 } });
  });
});
