/** Session files that parse as JSON but would break Review (issue #14): refused at the edge in one sentence. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSession } from '../../electron/domain/sessions/schema';
import { createSessionStore } from '../../electron/storage/sessions/store';
import { spokenSession, tempSessionsDir } from '../electron/storage/archive/fixture';

/** A valid spoken session whose first reply carries a transcript, delivery and evidence; `change` breaks one field. */
function sessionText(change: (attempt: Record<string, unknown>) => void = () => undefined): string {
  const session = spokenSession('s-1') as unknown as { turns: Array<{ attempts: Array<Record<string, unknown>> }> };
  const attempt = session.turns[0]!.attempts[0]!;
  attempt.transcript = { text: 'Just get over it.', segments: [{ start: 0, end: 1.2, text: 'Just get over it.' }], words: [{ start: 0, end: 0.3, text: 'Just' }], wordTimestamps: 'model', model: 'tiny.en', noSpeech: false, durationSec: 1.5 };
  attempt.delivery = { speakingTimeSec: 1.2, wordsPerMinute: 150, pauseCount: 0, longestPauseSec: 0, timeToFirstWordSec: 0.1, loudnessDbfs: -20, loudnessVariationDb: 3, pitchVariationSemitones: null, fillerWords: [], notes: [{ id: 'pace', label: 'Pace', value: 150, unit: 'wpm', reading: 'steady' }] };
  (attempt.analysis as Record<string, unknown>).evidence = [{ dimension: 'judgmentFree', delta: -20, start: 0, end: 16, text: 'Just get over it', kind: 'minimizing', note: 'x' }];
  change(attempt);
  return JSON.stringify(session);
}

describe('a session file with wrongly typed nested fields', () => {
  it('parses when every field has its type', () => {
    expect(parseSession(sessionText()).id).toBe('s-1');
  });

  it.each([
    ['transcript.words is a number', (a: Record<string, unknown>) => ((a.transcript as Record<string, unknown>).words = 42), /transcript/],
    ['transcript.segments hold strings', (a: Record<string, unknown>) => ((a.transcript as Record<string, unknown>).segments = ['x']), /transcript/],
    ['delivery.notes is a number', (a: Record<string, unknown>) => ((a.delivery as Record<string, unknown>).notes = 5), /delivery/],
    ['delivery.pauseCount is text', (a: Record<string, unknown>) => ((a.delivery as Record<string, unknown>).pauseCount = 'many'), /delivery/],
    ['analysis.evidence is text', (a: Record<string, unknown>) => ((a.analysis as Record<string, unknown>).evidence = 'all good'), /analysis/],
  ])('is refused when %s', (_name, change, field) => {
    let message = '';
    try {
      parseSession(sessionText(change));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(field);
    expect(message.split(/\.\s+(?=[A-Z])/).length).toBe(1);
  });
});

describe('a session file with a field Attune does not know', () => {
  it('is listed as a problem in one plain sentence naming the session, the file and the field; the other sessions still list', async () => {
    const dir = await tempSessionsDir();
    const store = createSessionStore(dir);
    await store.save(spokenSession('good-1'));
    const odd = JSON.parse(sessionText()) as { id: string; turns: Array<{ attempts: Array<{ reaction: Record<string, unknown> }> }> };
    odd.id = 'odd-1';
    odd.turns[0]!.attempts[0]!.reaction.mood = 'cheerful';
    await mkdir(join(dir, 'odd-1'));
    await writeFile(join(dir, 'odd-1', 'session.json'), JSON.stringify(odd));
    const { sessions, problems } = await store.list();
    expect(sessions.map((s) => s.id)).toEqual(['good-1']);
    expect(problems).toEqual([{ id: 'odd-1', message: 'Session odd-1 could not be read: session.json has a field this Attune does not know (turns.0.attempts.0.reaction.mood).' }]);
  });
});
