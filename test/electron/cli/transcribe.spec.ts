import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeCliSpeech, runCli } from '../../helpers/run-cli';
import { makeTempDir, silentWav, speechWav } from '../../helpers/speech-wav';
import { TINY_WHISPER_ATTN_DIR, TINY_WHISPER_DIR } from '../../helpers/tiny-whisper';

const tmp = makeTempDir();
afterAll(async () => {
  await closeCliSpeech();
  tmp.cleanup();
});

/** Runs the CLI in-process with an empty models folder. */
const attune = (...args: string[]) => runCli(args, { ATTUNE_MODELS_DIR: join(tmp.dir, 'models') });

describe('attune transcribe', async () => {
  const wav = speechWav(join(tmp.dir, 'reply.wav'), 'I hear you. What was that like?', { rate: 48000, channels: 2, padSec: [0.5, 0.5] });

  it('--json prints one transcript object', async () => {
    const r = await attune('transcribe', wav, '--model', TINY_WHISPER_DIR, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(t).sort()).toEqual(['durationSec', 'model', 'noSpeech', 'segments', 'text', 'wordTimestamps', 'words']);
    expect(t.model).toBe(TINY_WHISPER_DIR);
    expect(t.noSpeech).toBe(false);
    expect((t.segments as unknown[]).length).toBeGreaterThan(0);
  });

  it('--json says where word times come from: the model (cross-attentions) or estimated from segments', async () => {
    const keys = ['durationSec', 'model', 'noSpeech', 'segments', 'text', 'wordTimestamps', 'words'];
    const fromModel = await attune('transcribe', wav, '--model', TINY_WHISPER_ATTN_DIR, '--json');
    expect(fromModel.stderr).toBe('');
    const a = JSON.parse(fromModel.stdout) as { wordTimestamps: string; words: { start: number; end: number; text: string }[]; text: string };
    expect(Object.keys(a).sort()).toEqual(keys);
    expect(a.wordTimestamps).toBe('model');
    expect(a.words.map((w) => w.text).join(' ')).toBe(a.text);
    const b = JSON.parse((await attune('transcribe', wav, '--model', TINY_WHISPER_DIR, '--json')).stdout) as typeof a;
    expect(b.wordTimestamps).toBe('estimated');
    expect((await attune('transcribe', wav, '--model', TINY_WHISPER_ATTN_DIR)).stdout).toMatch(/word times from the model\n$/);
  });

  it('says when nothing was said', async () => {
    const r = await attune('transcribe', silentWav(join(tmp.dir, 'silence.wav'), 2), '--model', TINY_WHISPER_DIR, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ text: '', segments: [], noSpeech: true });
    expect((await attune('transcribe', join(tmp.dir, 'silence.wav'), '--model', TINY_WHISPER_DIR)).stdout).toMatch(/^no speech heard in 2\.0 s of audio/);
  });

  it.each([
    ['a missing model', [wav], /^attune transcribe: the tiny\.en model is not installed .*models fetch tiny\.en/],
    ['a missing file', [join(tmp.dir, 'nope.wav'), '--model', TINY_WHISPER_DIR], /nope\.wav does not exist\n$/],
    ['a text file', [join(tmp.dir, 'notes.wav'), '--model', TINY_WHISPER_DIR], /notes\.wav is not a readable WAV file/],
    ['no file', [], /^attune transcribe: usage: attune transcribe FILE\.wav/],
  ])('fails with one plain sentence for %s', async (_label, args, message) => {
    writeFileSync(join(tmp.dir, 'notes.wav'), 'just some text');
    const r = await attune('transcribe', ...args);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
