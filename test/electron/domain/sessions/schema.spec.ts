import { describe, expect, expectTypeOf, it } from 'vitest';
import { migrateSession, parseSession, type Migration } from '../../../../electron/domain/sessions/schema';
import { SESSION_SCHEMA_VERSION, type Session, type sessionSchema } from '../../../../shared/types/sessions';
import { makeSession } from './fixtures';

describe('the session schema', () => {
  it('is where the Session type comes from', () => {
    expectTypeOf<Session>().toEqualTypeOf<ReturnType<typeof sessionSchema.parse>>();
    const session = makeSession('s-1');
    expect(parseSession(JSON.stringify(session))).toEqual(session);
  });

  it('refuses a field it does not know, at any level, with one plain sentence naming the file and the field', () => {
    const session = makeSession('s-2');
    expect(() => parseSession(JSON.stringify({ ...session, addedLater: { x: 1 } }))).toThrow(/^session\.json has a field this Attune does not know \(addedLater\).$/);
    const attempt = { ...session.turns[0]!.attempts[0]!, analysis: { ...session.turns[0]!.attempts[0]!.analysis, scores: { ...session.turns[0]!.attempts[0]!.analysis.scores, extra: 1, more: 2 } } };
    expect(() => parseSession(JSON.stringify({ ...session, turns: [{ ...session.turns[0]!, attempts: [attempt] }] }))).toThrow(
      'session.json has fields this Attune does not know (turns.0.attempts.0.analysis.scores.extra, turns.0.attempts.0.analysis.scores.more).',
    );
  });

  it.each([1, 2])('reads a version-%i file, dropping the fields the loose versions let through that no build defines', (version) => {
    const session = makeSession('s-3');
    const old = { ...session, schemaVersion: version, branches: [], addedLater: true, turns: [{ ...session.turns[0]!, note: 'hand edit' }] };
    expect(parseSession(JSON.stringify(old))).toEqual({ ...session, schemaVersion: SESSION_SCHEMA_VERSION, branches: [] });
    // An older file that is wrong in a known field is still refused, by name.
    expect(() => parseSession(JSON.stringify({ ...old, startedAt: 'yesterday' }))).toThrow('session.json is not a valid session: startedAt:');
  });

  it('refuses text and lists past their caps', () => {
    const session = makeSession('s-4');
    const attempt = session.turns[0]!.attempts[0]!;
    expect(() => parseSession(JSON.stringify({ ...session, scenarioId: 'x'.repeat(201) }))).toThrow('scenarioId: Too big');
    const words = Array.from({ length: 10_001 }, () => ({ start: 0, end: 1, text: 'a' }));
    const transcript = { text: 'a', segments: [], words, wordTimestamps: 'model', model: 'tiny.en', noSpeech: false, durationSec: 1 };
    expect(() => parseSession(JSON.stringify({ ...session, turns: [{ ...session.turns[0]!, attempts: [{ ...attempt, transcript }] }] }))).toThrow('10,001 items');
  });

  it.each([
    ['text that is not JSON', '{', 'session.json is not valid JSON'],
    ['a list', '[]', 'session.json does not hold a session.'],
    ['no version', JSON.stringify({ ...makeSession('s'), schemaVersion: undefined }), 'session.json has no valid schema version.'],
    ['a newer version', JSON.stringify({ ...makeSession('s'), schemaVersion: SESSION_SCHEMA_VERSION + 1 }), `session.json has schema version ${SESSION_SCHEMA_VERSION + 1}; this Attune reads version ${SESSION_SCHEMA_VERSION} (a newer Attune wrote it).`],
    ['a path-like id', JSON.stringify({ ...makeSession('s'), id: '../x' }), 'session.json is not a valid session: id: not a valid session id.'],
    ['a path-like audio name', JSON.stringify({ ...makeSession('s'), turns: [{ ...makeSession('s').turns[0]!, attempts: [{ ...makeSession('s').turns[0]!.attempts[0]!, audioFile: '../x.wav' }] }] }), 'turns.0.attempts.0.audioFile: not a plain .wav name.'],
    ['an attempt without its analysis', JSON.stringify({ ...makeSession('s'), turns: [{ ...makeSession('s').turns[0]!, attempts: [{ ...makeSession('s').turns[0]!.attempts[0]!, analysis: { scores: {} } }] }] }), 'turns.0.attempts.0.analysis.scores.judgmentFree:'],
    ['words that are not a list', JSON.stringify({ ...makeSession('s'), turns: [{ ...makeSession('s').turns[0]!, attempts: [{ ...makeSession('s').turns[0]!.attempts[0]!, transcript: { text: 'a', segments: [], words: 42, wordTimestamps: 'model', model: 'tiny.en', noSpeech: false, durationSec: 1 } }] }] }), 'turns.0.attempts.0.transcript.words:'],
  ])('refuses %s with one plain sentence', (_label, text, message) => {
    expect(() => parseSession(text)).toThrow(message);
  });
});

describe('migrateSession', () => {
  // Stand-ins test the mechanism; the real steps (MIGRATIONS) are tested above and below.
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

  it('loads a version-1 session as the current version with no retries, its main line unchanged', () => {
    const v1 = { ...makeSession('old'), schemaVersion: 1 };
    const loaded = parseSession(JSON.stringify(v1));
    expect(loaded).toEqual({ ...makeSession('old'), schemaVersion: SESSION_SCHEMA_VERSION, branches: [] });
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
    ['a retry with no turn of its own', [{ ...branch('r1', 0), turns: [] }], 'branches.0.turns: a retry holds at least the line it answers again.'],
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
