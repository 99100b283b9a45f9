/** Exports a stored session as a zip file or a folder: session.json, its WAVs and summary.md. */
import { join } from 'node:path';
import type { Zippable } from 'fflate';
import { zipAsync } from './zip-async';
import { writeFileAtomic, writeFolderAtomic } from '../atomic';
import type { SessionFiles } from '../sessions/files';
import { sessionSummaryMarkdown } from './summary-md';
import type { ExportResult } from '../../../shared/types/archive';

export type { ExportResult } from '../../../shared/types/archive';

/** Where to export: a zip file path, or a parent folder in which `<id>/` is created. */
export type ExportTarget = { kind: 'zip'; path: string } | { kind: 'folder'; parent: string };

/** Builds the archive's files in memory: the session's own files, byte for byte, plus the summary. */
export function collectExport({ session, files }: SessionFiles): Map<string, Uint8Array> {
  const out = new Map(files);
  out.set('summary.md', new TextEncoder().encode(sessionSummaryMarkdown(session)));
  return out;
}

/** Zips files under one top folder named after the session, so unzipping yields `<id>/…`; off this thread. */
export function zipSession(id: string, files: ReadonlyMap<string, Uint8Array>): Promise<Uint8Array> {
  const entries: Zippable = {};
  // WAV audio barely compresses; storing it keeps export fast. Flat keys avoid a bare folder entry.
  for (const [name, data] of files) entries[`${id}/${name}`] = [data, { level: name.toLowerCase().endsWith('.wav') ? 0 : 6 }];
  return zipAsync(entries);
}

/** Writes session `id`'s export files to `target`; never overwrites an existing folder. */
export async function writeExport(id: string, files: ReadonlyMap<string, Uint8Array>, target: ExportTarget): Promise<ExportResult> {
  const names = [...files.keys()];
  if (target.kind === 'zip') {
    const zip = await zipSession(id, files);
    await writeFileAtomic(target.path, zip);
    return { id, path: target.path, files: names, bytes: zip.byteLength };
  }
  const path = join(target.parent, id);
  await writeFolderAtomic(path, files).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST' || error.code === 'ENOTEMPTY') throw new Error(`${path} already exists; choose another folder.`);
    throw error;
  });
  return { id, path, files: names, bytes: [...files.values()].reduce((n, b) => n + b.byteLength, 0) };
}
