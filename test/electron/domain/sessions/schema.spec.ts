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
    ['a newer version', JSON.stringify({ ...makeSession('s'), schemaVersion: 3 }), 'session.json has schema version 3; this Attune reads version 2 (a newer Attune wrote it).'],
    ['a path-like id', JSON.stringify({ ...makeSession('s'), id: '../x' }), 'session.json is not a valid session: id: not a valid session id.'],
    ['a path-like audio name', JSON.stringify({ ...makeSession('s'), turns: [{ ...makeSession('s').turns[0]!, attempts: [{ ...makeSession('s').turns[0]!.attempts[0]!, audioFile: '../x.wav' }] }] }), 'turns.0.attempts.0.audioFile: not a plain .wav name.'],
    ['an attempt without its analysis', JSON.stringify({ ...makeSession('s'), turns: [{ ...makeSession('s').turns[0]!, attempts: [{ ...makeSession('s').turns[0]!.attempts[0]!, analysis: { scores: {} } }] }] }), 'turns.0.attempts.0.analysis: is not an analysis'],
  ])('refuses %s with one plain sentence', (_label, text, message) => {
    expect(() => parseSession(text)).toThrow(message);
  });
});

describe('migrateSession', () => {
  // Stand-ins test the mechanism; the real steps (MIGRATIONS) are tested below.
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

describe('retries (version 2 branches)', () => {
  const branch = (id: string, fromTurn: number, parent?: string) => ({ id, fromTurn, ...(parent ? { parent } : {}), createdAt: '2026-11-30T10:00:00.000Z', turns: [{ index: fromTurn, partnerLine: "I'm fine.", attempts: [] }] });

  it('loads a version-1 session as version 2 with no retries, its main line unchanged', () => {
    const v1 = { ...makeSession('old'), schemaVersion: 1 };
    const loaded = parseSession(JSON.stringify(v1));
    expect(loaded).toEqual({ ...makeSession('old'), schemaVersion: 2, branches: [] });
  });

  it('keeps retries, a retry of a retry included', () => {
    const session = { ...makeSession('s'), branches: [branch('r1', 0), branch('r2', 0, 'r1')] };
    expect(parseSession(JSON.stringify(session))).toEqual(session);
  });

  it.each([
    ['a repeated id', [branch('r1', 0), branch('r1', 0)], 'branches.1.id: repeats the branch id "r1".'],
    ['a parent that is not an earlier retry', [branch('r1', 0, 'r2'), branch('r2', 0)], 'branches.0.parent: names no earlier branch.'],
    ['a turn the line does not have', [branch('r1', 1)], 'branches.0.fromTurn: retries turn 2, but the line it comes from has 1.'],
    ['a path-like id', [branch('../r1', 0)], 'branches.0.id: not a valid branch id.'],
  ])('refuses %s with one plain sentence', (_label, branches, message) => {
    expect(() => parseSession(JSON.stringify({ ...makeSession('s'), branches }))).toThrow(`session.json is not a valid session: ${message}`);
  });

  it('caps the number of retries and the turns of each, before the schema runs', () => {
    const many = { ...makeSession('s'), branches: Array.from({ length: 51 }, (_, i) => branch(`r${i + 1}`, 0)) };
    expect(() => parseSession(JSON.stringify(many))).toThrow('session.json has 51 retries; at most 50 are allowed.');
    const long = { ...makeSession('s'), branches: [{ ...branch('r1', 0), turns: Array.from({ length: 501 }, (_, index) => ({ index, partnerLine: 'hi', attempts: [] })) }] };
    expect(() => parseSession(JSON.stringify(long))).toThrow('session.json has 501 turns; at most 500 are allowed.');
  });
});
