/**
 * File hashes: the pinned ones from the registry, or, for models fetched before pins were
 * filled in, the ones recorded at fetch/import time in `.attune-manifest.json` in the folder.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { KnownModel } from './registry';

/** Name of the recorded-hash file inside a model folder. */
export const MANIFEST_FILE = '.attune-manifest.json';

const manifestSchema = z.object({
  repo: z.string(),
  revision: z.string().nullable(),
  recordedAt: z.string(),
  source: z.string(),
  files: z.record(z.string(), z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative() })),
});

/** Hashes written when a model was fetched or imported without pins. */
export type Manifest = z.infer<typeof manifestSchema>;

/** sha256 (hex) of a file, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const hashed = new Map<string, { size: number; mtimeMs: number; sha256: string }>();

/**
 * sha256 of a model file, read again only when its size or modification time changed. Status is
 * asked at start-up and whenever a screen looks (the files are 40–80 MB), so each file is hashed
 * once per change, not once per question.
 */
export async function sha256Unchanged(path: string): Promise<string> {
  const { size, mtimeMs } = await stat(path);
  const known = hashed.get(path);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known.sha256;
  const sha256 = await sha256File(path);
  hashed.set(path, { size, mtimeMs, sha256 });
  return sha256;
}

/** Reads a folder's recorded manifest, or null if there is none or it is unreadable. */
export async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    return manifestSchema.parse(JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/** Compares a folder's files with the pinned hashes, else with its recorded manifest. */
export async function verifyHashes(dir: string, model: KnownModel): Promise<{ verification: 'pinned' | 'recorded' | 'unchecked'; problems: string[] }> {
  const pinned = model.files.every((f) => f.sha256 !== null);
  const manifest = pinned ? null : await readManifest(dir);
  if (!pinned && !manifest) return { verification: 'unchecked', problems: [] };
  const problems: string[] = [];
  for (const file of model.files) {
    const expected = pinned ? file.sha256 : manifest?.files[file.path]?.sha256;
    if (!expected) {
      problems.push(`${file.path} has no recorded hash`);
      continue;
    }
    const actual = await sha256Unchanged(join(dir, file.path));
    if (actual !== expected) problems.push(`${file.path} does not match its ${pinned ? 'pinned' : 'recorded'} sha256 (changed or corrupt)`);
  }
  return { verification: pinned ? 'pinned' : 'recorded', problems };
}
