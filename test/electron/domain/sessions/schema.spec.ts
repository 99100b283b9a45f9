import { describe, expect, expectTypeOf, it } from 'vitest';
import { migrateSession, parseSession, type Migration } from '../../../../electron/domain/sessions/schema';
import type { sessionSchema} from '../../../../shared/types/sessions';
import { type Session } from '../../../../shared/types/sessions';
import { makeSession } from './fixtures';

describe('the session schema', () => {
  it('is where the Session type comes from', () => {
    expectTypeOf<Session>().toEqualTypeOf<ReturnType<typeof sessionSchema.parse>>();
    const session = makeSession('s-1');
    expect(parseSession(JSON.stringify(session))).toEqual(session);
  });

  it('keeps fields a newer build added, so a load and save loses nothing', () => {
    const text = JSON.stringify({ ...makeSession('s-2'), addedLater: { x: 1 } });
    expect(parseSession(text)).toMatchObject({ addedLater: { x: 1 } });
  });

  it.each([
    ['text that is not JSON', '{', 'session.json is not valid JSON'],
    ['a list', '[]', 'session.json does not hold a session.'],
    ['no version', JSON.stringify({ ...makeSession('s'), schemaVersion: undefined }), 'session.json has no valid schema version.'],
    ['a newer version', JSON.stringify({ ...makeSession('s'), schemaVersion: 2 }), 'session.json has schema version 2; this Attune reads version 1 (a newer Attune wrote it).'],
    ['a path-like id', JSON.stringify({ ...makeSession('s'), id: '../x' }), 'session.json is not a valid session: id: not a valid session id.'],
    ['a path-like audio name', JSON.stringify({ ...makeSession('s'), turns: [{ ...makeSession('s').turns[0]!, attempts: [{ ...makeSession('s').turns[0]!.attempts[0]!, audioFile: '../x.wav' }] }] }), 'turns.0.attempts.0.audioFile: not a plain .wav name.'],
    ['an attempt without its analysis', JSON.stringify({ ...makeSession('s'), turns: [{ ...makeSession('s').turns[0]!, attempts: [{ ...makeSession('s').turns[0]!.attempts[0]!, analysis: { scores: {} } }] }] }), 'turns.0.attempts.0.analysis: is not an analysis'],
  ])('refuses %s with one plain sentence', (_label, text, message) => {
    expect(() => parseSession(text)).toThrow(message);
  });
});

describe('migrateSession', () => {
  // Version 1 is the first format, so the real table is empty; these stand-ins test the mechanism.
  const migrations: Record<number, Migration> = {
    1: (old) => ({ ...old, renamed: old.before, before: undefined }),
    2: (old) => ({ ...old, turns: old.turns ?? [] }),
  };

  it('applies each step in order and stamps each new version', () => {
    expect(migrateSession({ schemaVersion: 1, before: 'b' }, migrations, 3)).toEqual({ schemaVersion: 3, renamed: 'b', before: undefined, turns: [] });
    expect(migrateSession({ schemaVersion: 2, turns: ['t'] }, migrations, 3)).toEqual({ schemaVersion: 3, turns: ['t'] });
  });

  it('leaves a current file as it is, and refuses a version it has no step for', () => {
    const current = { schemaVersion: 3, turns: [] };
    expect(migrateSession(current, migrations, 3)).toBe(current);
    expect(() => migrateSession({ schemaVersion: 1 }, { 2: migrations[2]! }, 3)).toThrow('session.json has schema version 1, which this Attune cannot upgrade.');
  });
});
