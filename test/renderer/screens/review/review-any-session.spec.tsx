// @vitest-environment jsdom
/**
 * Review renders any session the strict schema accepts (issue #14): fast-check generates sessions
 * from the schema's own types and caps (test/helpers/zod-arbitrary.ts), each goes through the same
 * JSON read as a file on disk, and Review lists it, opens it and shows every attempt without
 * throwing. ATTUNE_PROPERTY_RUNS sets how many sessions (default 30; at 40 this was the unit run's longest file).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { answer, resetFake } from '../../support/fake-api';
import { summaryOf } from '../../support/sessions';
import { renderWithData } from '../../support/render';
import { arbitraryOf } from '../../../helpers/zod-arbitrary';
import { ReviewScreen } from '../../../../renderer/src/screens/review/ReviewScreen';
import { parseSession } from '../../../../electron/domain/sessions/schema';
import { sessionSchema, type Session } from '../../../../shared/types/sessions';
import { sessionLine } from '../../../../shared/sessions/branches';

vi.mock('../../../../renderer/src/lib/api', async () => ({ api: (await import('../../support/fake-api')).fakeApi }));

// The spec runs under Node but is type-checked without Node's types, hence the narrow cast.
const RUNS = Number((globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.ATTUNE_PROPERTY_RUNS ?? 30);

beforeEach(() => resetFake());
afterEach(cleanup);

/**
 * Valid sessions: whatever the schema's types and caps allow, with the rules that span fields
 * (which the derivation cannot see) made true: each turn's index is its place in its line, reply
 * and retry ids are unique, and each retry starts from a turn of the line it comes from.
 */
const sessions = (arbitraryOf(sessionSchema) as fc.Arbitrary<Session>).map((session) => {
  let n = 0;
  const lengths = new Map<string | undefined, number>([[undefined, session.turns.length]]);
  const branches = (session.branches ?? []).flatMap((branch, b) => {
    const id = `${branch.id.slice(0, 70)}-${b}`;
    const parent = branch.parent !== undefined && lengths.has(`${branch.parent.slice(0, 70)}-${b - 1}`) ? `${branch.parent.slice(0, 70)}-${b - 1}` : undefined;
    const parentLength = lengths.get(parent)!;
    if (parentLength === 0) return [];
    const fromTurn = branch.fromTurn % parentLength;
    lengths.set(id, fromTurn + branch.turns.length);
    return [{ ...branch, id, ...(parent ? { parent } : { parent: undefined }), fromTurn }];
  });
  for (const line of [{ first: 0, turns: session.turns }, ...branches.map((b) => ({ first: b.fromTurn, turns: b.turns }))]) {
    for (const [i, turn] of line.turns.entries()) {
      turn.index = line.first + i;
      for (const attempt of turn.attempts) attempt.id = `${attempt.id.slice(0, 70)}-${n++}`;
    }
  }
  for (const branch of branches) if (branch.parent === undefined) delete branch.parent;
  return session.branches ? { ...session, branches } : session;
});

describe('Review and the strict session schema', () => {
  it('lists, opens and shows every attempt of any session that passes the schema', async () => {
    // React reports a render error to the window, and a duplicate key or a bad prop to console.error; either fails the property.
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent): void => void errors.push(event.error);
    window.addEventListener('error', onError);
    const seen = { timedEvidence: 0, deliveryNotes: 0, retries: 0 };
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
    try {
      await fc.assert(
        fc.asyncProperty(sessions, async (generated) => {
          cleanup();
          resetFake();
          errors.length = 0;
          // What the app serves: the file's text read back through the one parser (which must accept every generated session).
          const session = parseSession(JSON.stringify(generated));
          expect(session).toEqual(JSON.parse(JSON.stringify(generated)));
          const attempts = session.turns.flatMap((t) => t.attempts);
          if (attempts.some((a) => a.transcript && a.transcript.words.length > 0 && a.analysis.evidence?.length)) seen.timedEvidence++;
          if (attempts.some((a) => a.delivery && a.delivery.notes.length > 0)) seen.deliveryNotes++;
          answer({
            dialogInfo: () => ({ hasDialogs: false }),
            listSessions: () => ({ sessions: [summaryOf(session)], problems: [] }),
            getSession: () => session,
            getSessionAudio: () => Promise.reject(new Error('No recordings in this test.')),
          });
          renderWithData(<ReviewScreen />);
          const list = await screen.findByTestId('session-list');
          await act(async () => fireEvent.click(within(list).getByRole('button', { name: /^Open / })));
          const replay = await screen.findByTestId('replay');
          expect(within(replay).getByRole('heading', { level: 1 }).textContent).toBe(session.scenarioTitle);
          expect(within(replay).queryAllByTestId('attempt')).toHaveLength(attempts.length);
          // Retry lines open too, with their own turns and the ones they share: the first two and the
          // last of each session (a session may hold 50; opening all of them doubled the spec's time).
          const branches = session.branches ?? [];
          for (const i of new Set([0, 1, branches.length - 1].filter((n) => n >= 0 && n < branches.length))) {
            const branch = branches[i]!;
            if (i === 0) seen.retries++;
            const picker = within(await screen.findByTestId('line-picker'));
            await act(async () => fireEvent.click(picker.getAllByRole('button')[i + 1]!));
            const onLine = sessionLine(session, branch.id).turns.flatMap((t) => t.attempts);
            await waitFor(() => expect(within(screen.getByTestId('replay')).queryAllByTestId('attempt')).toHaveLength(onLine.length));
          }
          expect(errors).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    } finally {
      window.removeEventListener('error', onError);
      consoleError.mockRestore();
    }
    // Not vacuous: many sessions had replies with timed words and evidence, and delivery notes.
    expect(seen.timedEvidence).toBeGreaterThan(RUNS / 5);
    expect(seen.deliveryNotes).toBeGreaterThan(RUNS / 5);
    expect(seen.retries).toBeGreaterThan(RUNS / 5);
  }, 120_000);
});
