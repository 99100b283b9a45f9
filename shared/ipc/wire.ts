/**
 * Bytes over the browser bridge. Electron's IPC carries Uint8Array and Float32Array as they are;
 * JSON cannot, so the dev host and its HTTP bridge tag them as `{"$u8": base64}` and
 * `{"$f32": base64}`. Pure (no Node, no DOM; `btoa`/`atob` exist in both), so both ends share it.
 */

const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * JSON.stringify replacer. It reads the holder's own value, because JSON.stringify hands a Node
 * Buffer to replacers already turned into `{type: 'Buffer', data: [...]}` by its toJSON.
 */
export function encodeBinary(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  if (raw instanceof Float32Array) return { $f32: toBase64(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength)) };
  if (raw instanceof Uint8Array) return { $u8: toBase64(raw) };
  return value;
}

/** JSON.parse reviver: the inverse of `encodeBinary`. */
export function reviveBinary(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const tagged = value as { $u8?: unknown; $f32?: unknown };
  if (typeof tagged.$u8 === 'string' && Object.keys(value).length === 1) return fromBase64(tagged.$u8);
  if (typeof tagged.$f32 === 'string' && Object.keys(value).length === 1) {
    const bytes = fromBase64(tagged.$f32);
    // A Float32Array needs its own 4-byte-aligned buffer; a torn tail byte is dropped.
    return new Float32Array(bytes.buffer, 0, Math.floor(bytes.byteLength / 4));
  }
  return value;
}
