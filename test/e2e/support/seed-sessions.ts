/**
 * Seeds stored sessions for the Review and Progress tests: real speech made by espeak-ng (one clip
 * per word, so each word's time in the joined WAV is measured, not guessed) and real analysis from
 * the running app's own analyzer (`practice:analyze` on the dev host).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { concatWavs, makeTempDir, speechWav } from '../../helpers/speech-wav';
import type { Analysis } from '../../../electron/domain/analysis/types';
import type { TimedWord } from '../../../shared/types/speech';
import type { ReplyAttempt, Session } from '../../../shared/types/sessions';

/** Asks the dev host's analyzer, exactly as the practice screen does. */
export async function analyzeOnHost(request: APIRequestContext, origin: string, text: string, partner?: string): Promise<Analysis> {
  const response = await request.post(`${origin}/api/practice:analyze`, { headers: { Origin: origin, 'Content-Type': 'application/json' }, data: { text, partner } });
  const body = (await response.json()) as { result?: Analysis; error?: string };
  if (!body.result) throw new Error(`analyze failed: ${body.error}`);
  return body.result;
}

/** Duration of a 16-bit mono WAV from its data chunk size. */
function wavSeconds(bytes: Buffer, rate = 16000): number {
  const at = bytes.indexOf('data');
  return bytes.readUInt32LE(at + 4) / (rate * 2);
}

/** Speaks `text` word by word into one 16 kHz mono WAV; returns its bytes and each word's time. */
export async function spokenReply(text: string): Promise<{ wav: Buffer; words: TimedWord[]; durationSec: number }> {
  const temp = makeTempDir('attune-seed-');
  try {
    const parts: string[] = [];
    const words: TimedWord[] = [];
    let at = 0;
    for (const [i, word] of text.split(/\s+/).entries()) {
      const path = speechWav(join(temp.dir, `w${i}.wav`), word.replace(/[^\p{L}\p{N}']/gu, ''), { bits: 16 });
      const seconds = wavSeconds(await readFile(path));
      words.push({ text: ` ${word}`, start: Math.round(at * 1000) / 1000, end: Math.round((at + seconds) * 1000) / 1000 });
      at += seconds;
      parts.push(path);
    }
    const joined = concatWavs(join(temp.dir, 'reply.wav'), parts, { bits: 16 });
    return { wav: await readFile(joined), words, durationSec: at };
  } finally {
    temp.cleanup();
  }
}

/** One spoken attempt with real audio, timing and analysis. */
export async function spokenAttempt(request: APIRequestContext, origin: string, id: string, text: string, partner: string): Promise<{ attempt: ReplyAttempt; wav: Buffer }> {
  const { wav, words, durationSec } = await spokenReply(text);
  const analysis = await analyzeOnHost(request, origin, text, partner);
  return {
    wav,
    attempt: {
      id,
      createdAt: '2026-03-01T09:01:00.000Z',
      source: 'voice',
      text,
      audioFile: `${id}.wav`,
      // espeak-ng clips joined end to end: word times are measured from the clips, hence 'estimated' (not Whisper's).
      transcript: { text, segments: [{ start: 0, end: durationSec, text }], words, wordTimestamps: 'estimated', model: 'espeak-ng seed', noSpeech: false, durationSec },
      analysis,
      reaction: { opennessBefore: 30, opennessAfter: analysis.scores.overall >= 60 ? 40 : 20, line: analysis.scores.overall >= 60 ? 'Maybe… it has been a lot.' : 'Forget it.', thought: '' },
    },
  };
}

/** Writes a session folder as the store does (pretty JSON + newline) with its WAVs. */
export async function writeSession(dataDir: string, session: Session, wavs: Record<string, Buffer>): Promise<string> {
  const folder = join(dataDir, 'sessions', session.id);
  await mkdir(folder, { recursive: true });
  for (const [name, bytes] of Object.entries(wavs)) await writeFile(join(folder, name), bytes);
  await writeFile(join(folder, 'session.json'), JSON.stringify(session, null, 2) + '\n');
  return folder;
}

/** A typed attempt with real analysis, for histories. */
export async function typedAttempt(request: APIRequestContext, origin: string, id: string, text: string, createdAt: string): Promise<ReplyAttempt> {
  const analysis = await analyzeOnHost(request, origin, text);
  return { id, createdAt, source: 'typed', text, analysis, reaction: { opennessBefore: 30, opennessAfter: 35, line: '…', thought: '' } };
}
