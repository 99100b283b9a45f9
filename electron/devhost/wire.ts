/**
 * JSON cannot carry a Float32Array, so the HTTP bridge sends one as `{"$f32": "<base64>"}`.
 * The renderer's twin of this file is renderer/src/lib/wire.ts.
 */

/** JSON.parse reviver that turns `{"$f32": base64}` back into a Float32Array. */
export function reviveTypedArrays(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && typeof (value as { $f32?: unknown }).$f32 === 'string') {
    const bytes = Buffer.from((value as { $f32: string }).$f32, 'base64');
    const copy = new Uint8Array(bytes.byteLength - (bytes.byteLength % 4));
    copy.set(bytes.subarray(0, copy.byteLength));
    return new Float32Array(copy.buffer);
  }
  return value;
}
