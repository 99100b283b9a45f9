/**
 * A user scenario (in the data folder's `scenarios` folder, as the app keeps them) whose opening
 * line ships a recording made with espeak-ng: the page plays the recording itself, replays it from
 * the keyboard, mutes it with the voice toggle, falls back quietly when a clip cannot play, and
 * plays it again from Review. Every request stays on the app's own origin (checked by the fixture).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { makeTempDir, speechWav } from '../helpers/speech-wav';
import { test, expect, isOwn, type Page } from './support/fixtures';

const OPENING = "I'm fine. It's nothing, really.";

/** The opening line spoken by espeak-ng into a 22 kHz WAV, made fresh for this run (about two seconds). */
function recordedLine(text: string): Buffer {
  const temp = makeTempDir('attune-recorded-');
  try {
    return readFileSync(speechWav(join(temp.dir, 'line.wav'), text, { rate: 22050, bits: 16, wpm: 150 }));
  } finally {
    temp.cleanup();
  }
}

const FINAL = "Here's the thing.";
/** The success ending's line, recorded once for the whole file (it is the same for every test). */
const finalWav = recordedLine(FINAL);

/** The minimal fixture scenario, renamed, with its opening line recorded at `audio/opening.wav` (and its success line). */
function scenarioFiles(openingWav: Uint8Array): Record<string, string | Uint8Array> {
  const yaml = readFileSync('test/fixtures/scenarios/valid/minimal.yaml', 'utf8')
    .replace('id: minimal', 'id: recorded-line')
    .replace('title: Minimal', 'title: A recorded line')
    .replace('  line: "Hi."', `  line: { text: ${JSON.stringify(OPENING)}, audio: audio/opening.wav }`)
    .replace(`    line: ${JSON.stringify(FINAL)}`, `    line: { text: ${JSON.stringify(FINAL)}, audio: audio/final.wav }`);
  return {
    'scenarios/recorded-line/recorded-line.yaml': yaml,
    'scenarios/recorded-line/audio/opening.wav': openingWav,
    'scenarios/recorded-line/audio/final.wav': finalWav,
    'scenarios/recorded-line/audio/almost.wav': readFileSync('test/fixtures/scenarios/valid/audio/almost.wav'),
  };
}

// Typed structurally: the Node test config has no DOM library.
type MediaElement = { currentSrc: string; currentTime: number; duration: number; paused: boolean; addEventListener(type: string, listener: () => void): void };
type PageGlobals = { audioLog: string[]; speechSynthesis: { getVoices(): { localService: boolean }[] } };

/** Records the media events of the partner <audio> element of one screen (screens stay mounted) from now on. */
async function watchAudio(screen: Locator): Promise<void> {
  await screen.getByTestId('partner-audio').evaluate((element) => {
    const el = element as unknown as MediaElement;
    const log: string[] = [];
    (globalThis as unknown as PageGlobals).audioLog = log;
    for (const type of ['playing', 'pause', 'ended', 'error']) el.addEventListener(type, () => log.push(type));
  });
}

const audioLog = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).audioLog);
const audioState = (screen: Locator) =>
  screen.getByTestId('partner-audio').evaluate((element) => {
    const el = element as unknown as MediaElement;
    return { src: el.currentSrc, time: el.currentTime, duration: el.duration, paused: el.paused };
  });

test.describe('a scenario line with a recording', () => {
  test.use({ seedFiles: scenarioFiles(recordedLine(OPENING)) });

  test('plays the recording with the text on screen, replays it from the keyboard, and the voice toggle mutes it', async ({ app, page, host, requests }) => {
    const practice = page.getByRole('main', { name: 'Practice' });
    await watchAudio(practice);
    await app.startScenario('recorded-line');
    await expect(app.partnerLine).toHaveText(OPENING);

    // The <audio> element really plays: its clock advances and it reaches the end of the clip.
    await expect.poll(async () => (await audioState(practice)).time, { timeout: 10_000 }).toBeGreaterThan(0.3);
    await expect(page.getByText('Playing the recording…')).toBeVisible();
    await app.screenshot('recorded-line-playing');
    const playing = await audioState(practice);
    expect(playing.src).toMatch(/^blob:/);
    expect(playing.duration).toBeGreaterThan(1);
    await expect.poll(() => audioLog(page), { timeout: 15_000 }).toContain('ended');
    expect(await audioLog(page)).toEqual(['playing', 'pause', 'ended']);

    // Replay from the keyboard: Tab reaches the button from the focused line, Enter plays from the start.
    await expect(page.getByRole('figure', { name: /says/ })).toBeFocused();
    await page.keyboard.press('Tab');
    const replay = page.getByRole('button', { name: 'Hear it again' });
    await expect(replay).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await audioLog(page)).filter((e) => e === 'playing').length).toBe(2);

    // Turning the partner's voice off stops the clip and hides the replay button; the text stays.
    const toggle = page.getByRole('checkbox', { name: /Partner voice/ });
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    expect((await audioState(practice)).paused).toBe(true);
    await expect(replay).toBeHidden();
    await expect(app.partnerLine).toHaveText(OPENING);
    await expect(page.getByTestId('voice-note')).toBeHidden();

    expect(requests.some((url) => url.includes('/api/scenarios:lineAudio'))).toBe(true);
    expect(requests.filter((url) => !isOwn(url, host.origin))).toEqual([]);
  });

  test('the partner’s recorded last words play on the ending screen, with their text', async ({ app, page }) => {
    await app.startScenario('recorded-line');
    const practice = page.getByRole('main', { name: 'Practice' });
    for (const reply of [
      'That sounds like a lot. What has today been like for you?',
      'It makes sense that you feel worn down. What has been weighing on you most?',
      'I can hear how heavy this is for you. What would help right now?',
    ]) {
      if (await page.getByRole('button', { name: 'See how it ended' }).isVisible()) break;
      await app.typeReply(reply);
      if (await page.getByRole('button', { name: 'Next' }).isVisible()) await app.next();
    }
    await watchAudio(practice);
    await page.getByRole('button', { name: 'See how it ended' }).click();
    await expect(page.getByTestId('ending')).toHaveAttribute('data-ending', 'success');
    await expect(app.partnerLine).toHaveText(FINAL);
    // 'ended' after the click means the clip played through ('playing' itself can fire before
    // the listener is attached when playback starts as the ending appears).
    await expect.poll(() => audioLog(page), { timeout: 15_000 }).toContain('ended');
    expect((await audioState(practice)).duration).toBeGreaterThan(0.5);
    await app.screenshot('recorded-line-ending');
  });

  test('leaving Practice silences the partner line', async ({ app, page }) => {
    const practice = page.getByRole('main', { name: 'Practice' });
    await app.startScenario('recorded-line');
    await expect.poll(async () => (await audioState(practice)).time, { timeout: 10_000 }).toBeGreaterThan(0.2);
    await app.nav('Progress');
    // A hidden screen has no role to find it by; its id still does.
    const left = await audioState(page.locator('#screen-practice'));
    expect(left.paused).toBe(true);
    expect(left.time).toBeLessThan(left.duration);
  });

  test('Review plays the recorded partner line of a saved session', async ({ app, page }) => {
    await app.startScenario('recorded-line');
    await app.typeReply('That sounds like a lot. What has today been like for you?');
    await app.nav('Review');
    const review = page.getByRole('main', { name: 'Review' });
    await review.getByRole('button', { name: /^Open A recorded line/ }).click();
    await expect(review.getByText(OPENING)).toBeVisible();
    await watchAudio(review);
    await review.getByRole('button', { name: 'Hear the recorded line' }).click();
    await expect.poll(() => audioLog(page), { timeout: 15_000 }).toContain('playing');
    await app.screenshot('recorded-line-review');
    await expect.poll(() => audioLog(page), { timeout: 15_000 }).toContain('ended');
    expect((await audioState(review)).duration).toBeGreaterThan(1);
    await expect(review.getByTestId('voice-note')).toBeHidden();
  });
});

test.describe('a recording the browser cannot decode', () => {
  // A WAV header over noise bytes: it passes the loader's format check, but no decoder accepts it.
  const broken = Buffer.concat([Buffer.from('RIFF\x24\x10\x00\x00WAVEjunk', 'latin1'), Buffer.alloc(4096, 0x5a)]);
  test.use({ seedFiles: scenarioFiles(broken) });

  test('falls back with a quiet note and keeps the text', async ({ app, page }) => {
    await app.startScenario('recorded-line');
    await expect(app.partnerLine).toHaveText(OPENING);
    const note = page.getByTestId('voice-note');
    await expect(note).toContainText('The recording could not be played.');
    await expect(note).toHaveAttribute('role', 'status');
    // Debian's chromium has no local voices here, so the line stays as text (with a voice, it would be read).
    const hasVoice = await page.evaluate(() => (globalThis as unknown as PageGlobals).speechSynthesis.getVoices().some((v) => v.localService));
    await expect(note).toContainText(hasVoice ? 'A system voice read the line instead.' : 'The line is shown as text.');
    await app.screenshot('recorded-line-fallback');
  });
});

test.describe('a saved session whose recorded line has since changed in the scenario', () => {
  // The session remembers "opening.line" as recorded, but the scenario now says something else there.
  const session = {
    schemaVersion: 1,
    id: '20260301-090000-rec001',
    scenarioId: 'recorded-line',
    scenarioTitle: 'A recorded line',
    startedAt: '2026-03-01T09:00:00.000Z',
    endedAt: '2026-03-01T09:01:00.000Z',
    ending: 'ended',
    turns: [{ index: 0, partnerLine: 'Leave it. I said it was fine.', partnerAudio: 'opening.line', attempts: [] }],
  };
  test.use({ seedFiles: { ...scenarioFiles(recordedLine(OPENING)), [`sessions/${session.id}/session.json`]: JSON.stringify(session) } });

  test('Review does not play a different line; it says why, quietly', async ({ app, page }) => {
    await app.nav('Review');
    const review = page.getByRole('main', { name: 'Review' });
    await review.getByRole('button', { name: /^Open A recorded line/ }).click();
    await watchAudio(review);
    await review.getByRole('button', { name: 'Hear the recorded line' }).click();
    await expect(review.getByTestId('voice-note')).toContainText('This line’s recording has changed in the scenario since.');
    expect(await audioLog(page)).toEqual([]);
    await expect(review.getByText('Leave it. I said it was fine.')).toBeVisible();
  });
});
