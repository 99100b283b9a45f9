/**
 * Reading `session.json` text into a Session: JSON, then the migrations from older versions,
 * then the one schema (shared/types/sessions.ts). Every failure is one plain sentence.
 */
import type { z } from 'zod';
import { SESSION_SCHEMA_VERSION, sessionSchema, type Session } from '../../../shared/types/sessions';
import { assertSessionWithinCaps } from './caps';

/** One step: turns a version-n session object into a version-(n+1) one (the version field is set for it). */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * 2 → 3: versions 1 and 2 were checked loosely, so their files may carry fields no build defines
 * (an edited file, or what a later build added while unknown fields were kept); they are dropped.
 * The strict schema names each one (`unrecognized_keys`, at any depth); whatever else is wrong in
 * the file is left for the strict check to name.
 */
function dropUnknownFields(old: Record<string, unknown>): Record<string, unknown> {
  const result = sessionSchema.safeParse({ ...old, schemaVersion: 3 });
  if (result.success) return old;
  const copy = structuredClone(old);
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) delete holderAt(copy, issue.path)[key];
  }
  return copy;
}

/** The object at `path` inside `root` (a path the schema reported, so it leads to an object). */
function holderAt(root: Record<string, unknown>, path: readonly PropertyKey[]): Record<string, unknown> {
  return path.reduce<Record<PropertyKey, unknown>>((node, key) => node[key] as Record<PropertyKey, unknown>, root) as Record<string, unknown>;
}

/** Migrations by the version they upgrade from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 2 added retries (`branches`); a version-1 session has none, and its main line is read as before.
  1: (old) => ({ ...old, branches: [] }),
  2: dropUnknownFields,
};

/** Upgrades a parsed session object to `current`, or says plainly why it cannot. */
export function migrateSession(data: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, current: number = SESSION_SCHEMA_VERSION): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('session.json does not hold a session.');
  let session = data as Record<string, unknown>;
  let version = session.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new Error('session.json has no valid schema version.');
  if (version > current) throw new Error(`session.json has schema version ${version}; this Attune reads version ${current} (a newer Attune wrote it).`);
  while (version < current) {
    const step = migrations[version];
    if (!step) throw new Error(`session.json has schema version ${version}, which this Attune cannot upgrade.`);
    version += 1;
    session = { ...step(session), schemaVersion: version };
  }
  return session;
}

/** Parses `session.json` text into a Session, or throws an Error naming the field that is wrong. */
export function parseSession(text: string): Session {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`session.json is not valid JSON (${(error as Error).message}).`, { cause: error });
  }
  // Sizes first: the schema's walk over a 20 MB title or 5,000 turns is what the caps prevent.
  assertSessionWithinCaps(data);
  const result = sessionSchema.safeParse(migrateSession(data));
  if (!result.success) throw new Error(describeIssue(result.error.issues[0]));
  return result.data;
}

/** One plain sentence for the first thing wrong in a session file. */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  const where = issue?.path.length ? issue.path.join('.') : '';
  if (issue?.code === 'unrecognized_keys') {
    const fields = issue.keys.map((key) => (where ? `${where}.${key}` : key)).join(', ');
    return `session.json has ${issue.keys.length === 1 ? 'a field' : 'fields'} this Attune does not know (${fields}).`;
  }
  return `session.json is not a valid session: ${where || 'the file'}: ${issue?.message ?? 'invalid'}.`;
}
