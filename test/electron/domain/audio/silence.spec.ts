import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSpeech, trimSilence } from '../../../../electron/domain/audio/silence';
import { decodeWav } from '../../../../electron/domain/audio/wav';
import { makeTempDir, silentWav, speechWav } from '../../../helpers/speech-wav';

const tmp = makeTempDir();
afterAll(tmp.cleanup);
const load = (path: string) => decodeWav(readFileSync(path), path).samples;

describe('silence', () => {
  it('trims leading and trailing silence around speech to within the margins', () => {
    const bare = load(speechWav(join(tmp.dir, 'bare.wav'), 'Tell me more about that.'));
    const padded = load(speechWav(join(tmp.dir, 'padded.wav'), 'Tell me more about that.', { padSec: [1.5, 2] }));
    const { samples, offsetSec, span } = trimSilence(padded, 16000);
    expect(span.hasSpeech).toBe(true);
    expect(offsetSec).toBeGreaterThan(1.1);
    expect(offsetSec).toBeLessThan(1.5);
    const kept = samples.length / 16000;
    expect(kept).toBeGreaterThan(bare.length / 16000 - 0.3);
    expect(kept).toBeLessThan(bare.length / 16000 + 0.6);
  });

  it.each([
    ['digital silence', 0],
    ['steady background noise', 0.02],
  ])('hears no speech in %s', (_label, noise) => {
    const samples = load(silentWav(join(tmp.dir, `quiet-${noise}.wav`), 3, { rate: 16000 }, noise));
    const span = findSpeech(samples, 16000);
    expect(span.hasSpeech).toBe(false);
    expect(trimSilence(samples, 16000).samples.length).toBe(0);
  });

  it('hears no speech in an empty buffer or a lone click', () => {
    expect(findSpeech(new Float32Array(0), 16000).hasSpeech).toBe(false);
    const click = new Float32Array(32000);
    click.fill(0.9, 16000, 16080);
    expect(findSpeech(click, 16000).hasSpeech).toBe(false);
  });

  it('keeps a clip that is speech from end to end', () => {
    const samples = load(speechWav(join(tmp.dir, 'tight.wav'), 'Yes, absolutely, I understand.'));
    const { span } = trimSilence(samples, 16000);
    expect(span.hasSpeech).toBe(true);
    expect(span.voicedSec).toBeGreaterThan(0.5);
  });

  it('hears quiet speech over a quiet room', () => {
    const samples = load(speechWav(join(tmp.dir, 'soft.wav'), 'I am listening.', { padSec: [0.5, 0.5] })).map((s) => s * 0.1);
    expect(findSpeech(samples, 16000).hasSpeech).toBe(true);
  });
});
