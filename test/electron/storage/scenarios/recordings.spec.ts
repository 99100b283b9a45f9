import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audioPathProblem, startConversation } from '../../../../electron/domain/scenarios';
import { checkRecording, lineRecordings, loadScenarioFile, MAX_RECORDING_BYTES, readRecording, recordingRef } from '../../../../electron/storage/scenarios';

const minimal = readFileSync('test/fixtures/scenarios/valid/minimal.yaml', 'utf8');
const wav = readFileSync('test/fixtures/scenarios/valid/audio/almost.wav');

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scenario folder: `outer/scenario/minimal.yaml` with `audio/almost.wav`, whose level-3 line points at `audio`. */
function scenarioFolder(audio: string): { outer: string; dir: string; file: string } {
  const outer = mkdtempSync(join(tmpdir(), 'attune-recordings-'));
  temps.push(outer);
  const dir = join(outer, 'scenario');
  mkdirSync(join(dir, 'audio'), { recursive: true });
  writeFileSync(join(dir, 'audio', 'almost.wav'), wav);
  const file = join(dir, 'minimal.yaml');
  writeFileSync(file, minimal.replace('audio: audio/almost.wav', `audio: ${JSON.stringify(audio)}`));
  return { outer, dir, file };
}

function problemsFor(audio: string, prepare?: (dirs: { outer: string; dir: string }) => void) {
  const dirs = scenarioFolder(audio);
  prepare?.(dirs);
  return loadScenarioFile(dirs.file).problems;
}

describe('audioPathProblem', () => {
  it.each([
    ['audio/almost.wav', undefined],
    ['clip.MP3', undefined],
    ['a/b/c.ogg', undefined],
    ['take.webm', undefined],
    ['take.m4a', undefined],
    ['../elsewhere/a.wav', /".." is not allowed/],
    ['audio/../../a.wav', /".." is not allowed/],
    ['/etc/passwd.wav', /not an absolute path/],
    ['C:/clips/a.wav', /not an absolute path/],
    ['audio\\a.wav', /must use "\/"/],
    ['audio/a.flac', /must be a \.wav, \.mp3, \.ogg, \.webm or \.m4a file/],
    ['audio/wav', /must be a \.wav/],
  ])('%s', (path, expected) => {
    const problem = audioPathProblem(path);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});

describe('recordings when a scenario loads', () => {
  it('accepts a WAV inside the folder and reports where the field is', () => {
    const { file } = scenarioFolder('audio/almost.wav');
    const { scenario, problems } = loadScenarioFile(file);
    expect(problems).toEqual([]);
    expect(scenario?.levels[3][0]?.audio).toBe('audio/almost.wav');
  });

  it.each([
    ['an escape with ..', '../outside.wav', /".." is not allowed/],
    ['an absolute path', '/tmp/outside.wav', /not an absolute path/],
    ['a missing file', 'audio/missing.wav', /does not exist \(audio\/missing\.wav next to the scenario file\)/],
    ['a format that does not play', 'audio/almost.aiff', /must be a \.wav/],
  ])('names the file, field and line for %s', (_, audio, message) => {
    const problems = problemsFor(audio);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'levels.3[0].audio', line: 23 });
    expect(problems[0]!.file).toMatch(/minimal\.yaml$/);
    expect(problems[0]!.message).toMatch(message);
  });

  it('refuses a symbolic link that leads out of the scenario folder', () => {
    const problems = problemsFor('audio/link.wav', ({ outer, dir }) => {
      writeFileSync(join(outer, 'secret.wav'), wav);
      symlinkSync(join(outer, 'secret.wav'), join(dir, 'audio', 'link.wav'));
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/outside the scenario's folder \(audio\/link\.wav leads to .*secret\.wav\)/);
  });

  it('accepts a symbolic link that stays inside the folder', () => {
    const problems = problemsFor('audio/same.wav', ({ dir }) => symlinkSync(join(dir, 'audio', 'almost.wav'), join(dir, 'audio', 'same.wav')));
    expect(problems).toEqual([]);
  });

  it('says so when the file cannot be read (a symbolic link loop)', () => {
    const problems = problemsFor('audio/loop.wav', ({ dir }) => {
      symlinkSync(join(dir, 'audio', 'loop2.wav'), join(dir, 'audio', 'loop.wav'));
      symlinkSync(join(dir, 'audio', 'loop.wav'), join(dir, 'audio', 'loop2.wav'));
    });
    expect(problems[0]!.message).toMatch(/cannot be read \(audio\/loop\.wav: ELOOP\)/);
  });

  it.skipIf(process.getuid?.() === 0)('says so when the file has no read permission', () => {
    const problems = problemsFor('audio/locked.wav', ({ dir }) => {
      writeFileSync(join(dir, 'audio', 'locked.wav'), wav);
      chmodSync(join(dir, 'audio', 'locked.wav'), 0o000);
    });
    expect(problems[0]!.message).toMatch(/cannot be read \(audio\/locked\.wav: EACCES\)/);
  });

  it('refuses a file whose bytes are not the format its name says', () => {
    const problems = problemsFor('audio/fake.wav', ({ dir }) => writeFileSync(join(dir, 'audio', 'fake.wav'), 'this is text, not sound'));
    expect(problems[0]!.message).toBe('names a file that is not WAV audio, though it ends in .wav (audio/fake.wav)');
  });

  it('refuses an empty file, a folder and a file over the size limit', () => {
    expect(problemsFor('audio/empty.wav', ({ dir }) => writeFileSync(join(dir, 'audio', 'empty.wav'), ''))[0]!.message).toMatch(/empty file/);
    expect(problemsFor('audio/dir.wav', ({ dir }) => mkdirSync(join(dir, 'audio', 'dir.wav')))[0]!.message).toMatch(/names a folder/);
    const big = problemsFor('audio/big.wav', ({ dir }) => {
      writeFileSync(join(dir, 'audio', 'big.wav'), wav);
      truncateSync(join(dir, 'audio', 'big.wav'), MAX_RECORDING_BYTES + 1);
    });
    expect(big[0]!.message).toMatch(/8\.0 MiB; the limit is 8 MiB/);
  });

  it('refuses a recording on a thought, which is never spoken', () => {
    const { file } = scenarioFolder('audio/almost.wav');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  judgment: ["Judged."]', '  judgment:\n    - { text: "Judged.", audio: audio/almost.wav }'));
    const { problems } = loadScenarioFile(file);
    expect(problems).toEqual([expect.objectContaining({ field: 'thoughts.judgment[0].audio', message: expect.stringMatching(/shown but never spoken/) })]);
  });
});

describe('checkRecording', () => {
  it.each([
    ['clip.wav', wav, 'audio/wav'],
    ['clip.mp3', Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0]), 'audio/mpeg'],
    ['bare.mp3', Buffer.from([0xff, 0xfb, 0x90, 0x64, 0, 0]), 'audio/mpeg'],
    ['clip.ogg', Buffer.from('OggS\0\x02\0\0\0\0\0\0\0\0'), 'audio/ogg'],
    ['clip.webm', Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42]), 'audio/webm'],
    ['clip.m4a', Buffer.from('\0\0\0\x20ftypM4A \0\0\0\0'), 'audio/mp4'],
  ])('recognises %s by its first bytes', (name, bytes, mimeType) => {
    const { dir } = scenarioFolder('audio/almost.wav');
    writeFileSync(join(dir, name), bytes);
    expect(checkRecording(dir, name)).toMatchObject({ mimeType, bytes: bytes.length });
  });

  it('refuses an Ogg name on a WAV file', () => {
    const { dir } = scenarioFolder('audio/almost.wav');
    writeFileSync(join(dir, 'clip.ogg'), wav);
    expect(checkRecording(dir, 'clip.ogg')).toEqual({ problem: expect.stringMatching(/not Ogg \(Vorbis or Opus\) audio/) });
  });
});

describe('line references', () => {
  it('lists recorded spoken lines by field and finds the one the engine chose', () => {
    const { file } = scenarioFolder('audio/almost.wav');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  line: "Hi."', '  line: { text: "Hi.", audio: audio/almost.wav }'));
    const { scenario } = loadScenarioFile(file);
    expect(lineRecordings(scenario!)).toEqual([
      { ref: 'opening.line', text: 'Hi.', audio: 'audio/almost.wav' },
      { ref: 'levels.3[0]', text: 'Almost there.', audio: 'audio/almost.wav' },
    ]);
    const state = startConversation(scenario!);
    expect(recordingRef(scenario!, state)).toBe('opening.line');
    expect(recordingRef(scenario!, { line: 'Almost there.', audio: 'audio/almost.wav' })).toBe('levels.3[0]');
    expect(recordingRef(scenario!, { line: 'Bye.' })).toBeUndefined();
  });

  it('reads a line recording by reference, and refuses lines without one', () => {
    const { file, dir } = scenarioFolder('audio/almost.wav');
    const { scenario } = loadScenarioFile(file);
    const clip = readRecording(scenario!, 'levels.3[0]');
    expect(clip).toMatchObject({ mimeType: 'audio/wav', text: 'Almost there.' });
    expect(Buffer.from(clip.bytes)).toEqual(wav);
    expect(() => readRecording(scenario!, 'levels.0[0]')).toThrow('The line "levels.0[0]" of scenario "minimal" has no recording.');
    expect(() => readRecording(scenario!, '../../etc/passwd')).toThrow('has no recording');
    // The file changed after loading: it is checked again before it is read.
    writeFileSync(join(dir, 'audio', 'almost.wav'), 'gone bad');
    expect(() => readRecording(scenario!, 'levels.3[0]')).toThrow(/is not WAV audio/);
  });
});
