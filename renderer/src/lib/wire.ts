/** JSON with Float32Arrays as `{"$f32": base64}`: the HTTP bridge's twin of electron/devhost/wire.ts. */

/** JSON.stringify replacer that encodes Float32Arrays. */
export function encodeTypedArrays(_key: string, value: unknown): unknown {
  if (value instanceof Float32Array) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    let binary = '';
    const step = 0x8000;
    for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
    return { $f32: btoa(binary) };
  }
  return value;
}
