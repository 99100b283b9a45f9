/**
 * Spoken practice: Chromium's fake microphone plays an espeak-ng WAV, the renderer captures it
 * with an AudioWorklet and downsamples to 16 kHz, the dev host transcribes it in the speech
 * worker with the tiny fixture Whisper, and the reply is scored and stored with its WAV.
 * The fixture model has not learned to listen (it always says the same kind phrases), so the
 * assertions are about the pipeline, not about what the transcript says.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir, speechWav, silentWav } from '../helpers/speech-wav';
import { test, expect, TINY_WHISPER } from './support/fixtures';

const SCENARIO = 'conflict-its-nothing';
const temp = makeTempDir('attune-mic-');
const SPEECH = speechWav(join(temp.dir, 'reply.wav'), 'It sounds like that really hurt. What has it been like for you?', { rate: 48_000, bits: 16, padSec: [0.3, 0.5] });
const SILENCE = silentWav(join(temp.dir, 'silence.wav'), 4, { rate: 48_000, bits: 16 });
test.afterAll(() => temp.cleanup());

test.describe('with a microphone saying a reply', () => {
  test.use({ mic: { kind: 'file', wav: SPEECH }, speechModel: TINY_WHISPER });

  test('record → transcript → scores → partner reacts → session on disk with its WAV', async ({ app, page, dataDir }) => {
    await expect(page.getByTestId('model-missing')).toHaveCount(0);
    await app.startScenario(SCENARIO);
    const before = await app.opennessValue();
    const peakLevel = await app.record(3, { screenshot: 'practice-recording' });
    // The live level meter moved: the fake microphone's speech reached the AudioWorklet.
    expect(peakLevel).toBeGreaterThan(0);
    await expect(app.transcript).not.toBeEmpty({ timeout: 60_000 });
    await expect(page.getByTestId('score-overall')).toBeVisible();
    await expect(app.innerThought).not.toBeEmpty();
    expect(await app.opennessValue()).not.toBeNaN();
    expect(await app.opennessValue()).toBeGreaterThanOrEqual(before - 1);
    // How it was said: the delivery notes measured from the recording.
    const delivery = page.getByRole('region', { name: 'How you said it' });
    await expect(delivery).toBeVisible();
    await expect(delivery.getByRole('listitem').first()).not.toBeEmpty();
    await app.screenshot('practice-result-spoken');

    const sessions = join(dataDir, 'sessions');
    const [id] = await readdir(sessions);
    const files = await readdir(join(sessions, id!));
    const wavName = files.find((f) => f.endsWith('.wav'));
    expect(wavName, `files: ${files.join(', ')}`).toBeDefined();
    const session = JSON.parse(await readFile(join(sessions, id!, 'session.json'), 'utf8'));
    const attempt = session.turns[0].attempts[0];
    expect(attempt.source).toBe('voice');
    expect(attempt.audioFile).toBe(wavName);
    expect(attempt.transcript.noSpeech).toBe(false);
    expect(attempt.text).toBe(attempt.transcript.text.trim());
    expect(attempt.delivery.speakingTimeSec).toBeGreaterThan(0);
    expect(attempt.delivery.notes.length).toBeGreaterThan(0);

    // The stored WAV is 16-bit mono 16 kHz and about as long as the recording.
    const wav = await readFile(join(sessions, id!, wavName!));
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    expect(wav.readUInt16LE(22)).toBe(1);
    expect(wav.readUInt32LE(24)).toBe(16_000);
    expect(wav.readUInt16LE(34)).toBe(16);
    const seconds = (wav.length - 44) / 2 / 16_000;
    expect(seconds).toBeGreaterThan(2.5);
    expect(seconds).toBeLessThan(8);
  });

  test('Space starts and stops recording when focus is not in a text field', async ({ app, page }) => {
    await app.startScenario(SCENARIO);
    await app.record(2, { useSpace: true });
    await expect(page.getByTestId('score-overall')).toBeVisible({ timeout: 60_000 });
  });

  test('the header shows the live microphone; leaving Practice stops the recording and throws it away', async ({ app, page, dataDir }) => {
    await app.startScenario(SCENARIO);
    const indicator = page.getByRole('banner').getByTestId('mic-live');
    await expect(indicator).toHaveCount(0);
    await app.recordButton.click();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await expect(indicator).toHaveText('Microphone on');
    await app.screenshot('header-mic-live');
    await app.nav('Review');
    await expect(indicator).toHaveCount(0);
    await app.nav('Practice');
    await expect(app.recordButton).toHaveText('Record reply');
    // Nothing was sent: the session holds its opening line and no reply.
    const [id] = await readdir(join(dataDir, 'sessions'));
    const session = JSON.parse(await readFile(join(dataDir, 'sessions', id!, 'session.json'), 'utf8')) as { turns: { attempts: unknown[] }[] };
    expect(session.turns.flatMap((t) => t.attempts)).toEqual([]);
    await expect(page.getByTestId('score-overall')).toHaveCount(0);
  });
});

test.describe('with a microphone hearing only silence', () => {
  test.use({ mic: { kind: 'file', wav: SILENCE }, speechModel: TINY_WHISPER });

  test('says no speech was heard and stores nothing for that reply', async ({ app, page, dataDir }) => {
    await app.startScenario(SCENARIO);
    await app.record(2);
    const alert = page.getByRole('alert').filter({ hasText: 'No speech was heard' });
    await expect(alert).toBeVisible({ timeout: 60_000 });
    await app.screenshot('no-speech-heard');
    // Still answering the same line, and typing is still possible.
    await expect(page.getByLabel('Or type your reply')).toBeVisible();
    const [id] = await readdir(join(dataDir, 'sessions'));
    const session = JSON.parse(await readFile(join(dataDir, 'sessions', id!, 'session.json'), 'utf8'));
    expect(session.turns[0].attempts).toEqual([]);
  });
});

test.describe('with microphone access denied', () => {
  test.use({ mic: { kind: 'denied' }, speechModel: TINY_WHISPER });

  test('explains how to allow it and keeps typing available', async ({ app, page }) => {
    await app.startScenario(SCENARIO);
    await app.recordButton.click();
    const problem = page.getByTestId('mic-problem');
    await expect(problem).toContainText('not allowed to use the microphone');
    await app.screenshot('microphone-denied');
    await app.typeReply('That sounds really hard. What has it been like for you?');
  });
});
