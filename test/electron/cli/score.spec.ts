import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../electron/domain/analysis';
import { makeTempDir, silentWav, speechWav } from '../../helpers/speech-wav';
import { closeCliSpeech, runCli } from '../../helpers/run-cli';
import { TINY_WHISPER_DIR } from '../../helpers/tiny-whisper';

const tmp = makeTempDir();
afterAll(async () => {
  await closeCliSpeech();
  tmp.cleanup();
});
const env = { ATTUNE_MODELS_DIR: join(tmp.dir, 'models') };

describe('attune score', () => {
  it('--json prints transcript, the analyze() object for its text, and delivery', async () => {
    const wav = speechWav(join(tmp.dir, 'reply.wav'), 'That sounds really hard. What happened?', { rate: 44100, padSec: [0.8, 0.5] });
    const partner = "I don't know. Work has been a lot.";
    const r = await runCli(['score', wav, '--model', TINY_WHISPER_DIR, '--partner', partner, '--json'], env);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout) as { transcript: { text: string; noSpeech: boolean }; analysis: unknown; delivery: { notes: { id: string }[]; timeToFirstWordSec: number } };
    expect(Object.keys(out)).toEqual(['transcript', 'analysis', 'delivery']);
    expect(out.transcript.noSpeech).toBe(false);
    expect(out.analysis).toEqual(JSON.parse(JSON.stringify(analyze(out.transcript.text, { partner }))));
    expect(out.delivery.notes.map((n) => n.id)).toContain('pace');
    expect(out.delivery.timeToFirstWordSec).toBeGreaterThan(0.6);
  });

  it('does not score silence', async () => {
    const r = await runCli(['score', silentWav(join(tmp.dir, 'silence.wav'), 2), '--model', TINY_WHISPER_DIR, '--json'], env);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { transcript: { noSpeech: boolean }; analysis: unknown; delivery: { notes: { id: string }[] } };
    expect(out.transcript.noSpeech).toBe(true);
    expect(out.analysis).toBeNull();
    expect(out.delivery.notes.map((n) => n.id)).toEqual(['no-speech']);
  });

  it('fails with one plain sentence for a missing file', async () => {
    const r = await runCli(['score', join(tmp.dir, 'gone.wav')], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^attune score: .*gone\.wav does not exist\n$/);
  });
});
