import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeWav } from '../../../../electron/domain/audio/wav';
import { computeDelivery } from '../../../../electron/domain/speech/delivery';
import { noSpeechTranscript } from '../../../../electron/domain/speech/transcript';
import type { Transcript } from '../../../../shared/types/speech';
import { concatWavs, makeTempDir, silentWav, speechWav, toneWav } from '../../../helpers/speech-wav';

const tmp = makeTempDir();
afterAll(tmp.cleanup);
const load = (path: string) => decodeWav(readFileSync(path), path).samples;
const SENTENCE = 'It sounds like today was really hard for you. What happened after that?';

/** A transcript holding `text` (delivery reads only its words and the noSpeech flag). */
function said(text: string): Transcript {
  const words = text.split(' ').map((w) => ({ text: w, start: 0, end: 0 }));
  return { text, segments: [], words, wordTimestamps: 'estimated', model: 'test', noSpeech: false, durationSec: 0 };
}

describe('computeDelivery', () => {
  it('measures pace from the speech itself: espeak at 120 and 240 wpm read as calm and fast', () => {
    const slow = computeDelivery(load(speechWav(join(tmp.dir, 'slow.wav'), SENTENCE, { wpm: 120 })), said(SENTENCE));
    const fast = computeDelivery(load(speechWav(join(tmp.dir, 'fast.wav'), SENTENCE, { wpm: 240 })), said(SENTENCE));
    expect(slow.wordsPerMinute).toBeGreaterThan(95);
    expect(slow.wordsPerMinute).toBeLessThan(150);
    expect(fast.wordsPerMinute).toBeGreaterThan(190);
    expect(fast.notes.find((n) => n.id === 'pace')?.reading).toMatch(/^fast: about \d+ words a minute; a calmer pace helps a withdrawn partner feel safe$/);
    expect(slow.notes.find((n) => n.id === 'pace')?.reading).toMatch(/^(calm|slow): /);
  });

  it('finds the time before the first word and a pause between two sentences', () => {
    const a = speechWav(join(tmp.dir, 'a.wav'), 'That sounds exhausting.', { padSec: [2, 0] });
    const gap = silentWav(join(tmp.dir, 'gap.wav'), 1.5);
    const b = speechWav(join(tmp.dir, 'b.wav'), 'What would help right now?');
    const samples = load(concatWavs(join(tmp.dir, 'ab.wav'), [a, gap, b]));
    const d = computeDelivery(samples, said('That sounds exhausting. What would help right now?'));
    expect(d.timeToFirstWordSec).toBeGreaterThan(1.85);
    expect(d.timeToFirstWordSec).toBeLessThan(2.15);
    expect(d.pauseCount).toBeGreaterThanOrEqual(1);
    expect(d.longestPauseSec).toBeGreaterThan(1.35);
    expect(d.longestPauseSec).toBeLessThan(1.9);
  });

  it('measures loudness in dBFS and reads quiet and loud voices', () => {
    // A silent lead-in: a steady tone with no background is indistinguishable from hum.
    const lead = silentWav(join(tmp.dir, 'lead.wav'), 0.5);
    const loud = computeDelivery(load(concatWavs(join(tmp.dir, 'loud-all.wav'), [lead, toneWav(join(tmp.dir, 'loud.wav'), 2, 200, 0.5)])), said('hello there'));
    const quiet = computeDelivery(load(concatWavs(join(tmp.dir, 'quiet-all.wav'), [lead, toneWav(join(tmp.dir, 'quiet.wav'), 2, 200, 0.012)])), said('hello there'));
    // A sine's RMS is its amplitude / sqrt 2: 0.5 -> -9.0 dBFS.
    expect(loud.loudnessDbfs).toBeCloseTo(-9, 0);
    expect(loud.notes.find((n) => n.id === 'loudness')?.reading).toMatch(/^loud/);
    expect(quiet.loudnessDbfs).toBeLessThan(-35);
    expect(quiet.notes.find((n) => n.id === 'loudness')?.reading).toMatch(/^quiet/);
  });

  it('hears a steady tone as monotone and a glide as varied pitch', () => {
    // The steady tone has a short lead-in so silence detection sees a background level.
    const steady = load(concatWavs(join(tmp.dir, 'steady-all.wav'), [silentWav(join(tmp.dir, 's0.wav'), 0.5), toneWav(join(tmp.dir, 'steady.wav'), 2, 150, 0.3)]));
    const glide = load(concatWavs(join(tmp.dir, 'glide-all.wav'), [silentWav(join(tmp.dir, 's1.wav'), 0.5), toneWav(join(tmp.dir, 'glide.wav'), 2, 100, 0.3, 250)]));
    const flat = computeDelivery(steady, said('mm hmm')).pitchVariationSemitones!;
    const varied = computeDelivery(glide, said('mm hmm')).pitchVariationSemitones!;
    expect(flat).toBeLessThan(0.5);
    expect(varied).toBeGreaterThan(3);
  });

  it('reports real speech pitch variation within a human range', () => {
    const d = computeDelivery(load(speechWav(join(tmp.dir, 'speech.wav'), SENTENCE)), said(SENTENCE));
    expect(d.pitchVariationSemitones).toBeGreaterThan(0.5);
    expect(d.pitchVariationSemitones).toBeLessThan(12);
  });

  it('lists hesitation fillers and says the transcription drops many', () => {
    const d = computeDelivery(load(speechWav(join(tmp.dir, 'f.wav'), 'um I hear you uh')), said('Um, I hear you, uh, really.'));
    expect(d.fillerWords).toEqual(['um', 'uh']);
    expect(d.notes.find((n) => n.id === 'fillers')?.reading).toBe('2 heard (um, uh); the transcription leaves out many fillers, so the real count may be higher');
  });

  it('gives one plain note when no speech was heard', () => {
    const samples = load(silentWav(join(tmp.dir, 'quiet-room.wav'), 2));
    const d = computeDelivery(samples, noSpeechTranscript('tiny.en', 2));
    expect(d).toMatchObject({ speakingTimeSec: 0, wordsPerMinute: null, pauseCount: 0, timeToFirstWordSec: null, loudnessDbfs: null });
    expect(d.notes.map((n) => n.id)).toEqual(['no-speech']);
  });
});
