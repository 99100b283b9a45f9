import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../../helpers/temp-dir';
import { CAUSES } from '../../../../electron/domain/scenarios';
import { SESSION_LIMITS } from '../../../../shared/types/session-parts';
import { builtinScenariosDir, loadScenarioFile, loadScenarios } from '../../../../electron/storage/scenarios';

const fixtures = 'test/fixtures/scenarios';
const malformed = (name: string) => loadScenarioFile(join(fixtures, 'malformed', `${name}.yaml`)).problems;

describe('loadScenarioFile', () => {
  it('loads a valid file, applies defaults and records where it came from', () => {
    const { scenario, problems } = loadScenarioFile(join(fixtures, 'valid/minimal.yaml'));
    expect(problems).toEqual([]);
    expect(scenario?.id).toBe('minimal');
    expect(scenario?.opening.trust).toBe(30);
    expect(scenario?.levels[0]).toEqual([{ text: 'Bye.' }]);
    expect(scenario?.levels[3][0]).toEqual({ text: 'Almost there.', audio: 'audio/almost.wav' });
    expect(scenario?.source.dir).toMatch(/fixtures\/scenarios\/valid$/);
    expect(scenario?.source.builtin).toBe(false);
  });

  // Each malformed fixture is the valid minimal file with one fault; each must name the field, line and reason.
  it.each([
    ['yaml-syntax', undefined, 15, /not valid YAML: Missing closing "quote/],
    ['duplicate-key', undefined, 4, /not valid YAML: Map keys must be unique/],
    ['not-a-mapping', undefined, 1, /must be a YAML mapping/],
    ['empty', undefined, 1, /must be a YAML mapping/],
    ['missing-field', 'persona.name', 7, /^is required$/],
    ['wrong-type', 'opening.openness', 16, /must be a number, not string "high"/],
    ['unknown-cause', 'cause', 4, /must be one of: low-self-esteem, .*\(found "boredom"\)/],
    ['unknown-field', 'persona.nickname', 10, /is not a scenario field/],
    ['bad-id', 'id', 2, /lowercase words joined by dashes/],
    ['openness-too-high', 'opening.openness', 16, /must be 0 or 1/],
    ['empty-pool', 'levels.2', 20, /needs at least one line/],
    ['empty-line', 'levels.1[0]', 19, /must not be empty/],
    ['missing-audio', 'levels.3[0].audio', 23, /recording that does not exist \(audio\/missing\.wav/],
    ['audio-outside', 'levels.3[0].audio', 23, /relative to the scenario file/],
    ['audio-format', 'levels.3[0].audio', 23, /must be a \.wav/],
    ['tip-missing', 'tips', 39, /needs a tip for "fixing" replies/],
    ['unknown-tip-basis', 'tips[0].basis', 41, /must be one of: open-communication/],
    ['about-unknown-topic', 'opening.line.about.topics[0]', 14, /names no topic of this scenario: "the-garden" must be one of: the-room/],
    ['topic-requires-unknown', 'topics.the-room.requires', 61, /names no topic of this scenario: "the-garden"/],
    ['topic-common-word', 'topics.the-room.words[0]', 60, /too common a word/],
  ])('%s → %s', (name, field, line, message) => {
    const problems = malformed(name);
    expect(problems.length).toBeGreaterThan(0);
    const [p] = problems;
    expect(p!.file).toContain(`${name}.yaml`);
    expect(p!.field).toBe(field);
    expect(p!.line).toBe(line);
    expect(p!.message).toMatch(message);
  });

  it('reports both halves of a misspelt key inside a line', () => {
    const problems = malformed('bad-line-object');
    expect(problems.map((p) => p.field)).toEqual(['levels.0[0].text', 'levels.0[0].txt']);
    expect(problems.map((p) => p.message)).toEqual(['is required', expect.stringMatching(/not a scenario field/)]);
  });

  it('refuses a title longer than a session can keep, naming the field', () => {
    const file = join(tempDir('attune-title-'), 'long-title.yaml');
    const valid = readFileSync(join(fixtures, 'valid/minimal.yaml'), 'utf8');
    writeFileSync(file, valid.replace(/^title: .*$/m, `title: "${'A'.repeat(SESSION_LIMITS.title + 1)}"`));
    const { scenario, problems } = loadScenarioFile(file);
    expect(scenario).toBeUndefined();
    // (The copy's recording is not beside it; that problem is named too.)
    expect(problems.find((p) => p.field === 'title')?.message).toMatch(/300/);
  });

  it('reports an unreadable file without throwing', () => {
    const problems = loadScenarioFile(join(fixtures, 'nope.yaml')).problems;
    expect(problems).toEqual([{ file: join(fixtures, 'nope.yaml'), message: 'cannot be read (ENOENT)' }]);
  });
});

describe('loadScenarios', () => {
  it('loads the built-in scenarios without problems', () => {
    const { scenarios, problems } = loadScenarios();
    expect(problems).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(2);
    for (const s of scenarios) {
      expect(s.source.builtin).toBe(true);
      expect(CAUSES).toContain(s.cause);
    }
  });

  it('keeps loading the others when a user file is bad, and names it', () => {
    const { scenarios, problems } = loadScenarios({ userDir: join(fixtures, 'malformed') });
    const builtin = loadScenarios().scenarios.length;
    expect(scenarios.length).toBe(builtin);
    const files = new Set(problems.map((p) => p.file.split('/').pop()));
    expect(files.size).toBe(21);
    expect(files).toContain('missing-field.yaml');
  });

  it('adds valid user scenarios, from files or one folder down', () => {
    const dir = tempDir('attune-scenarios-');
    cpSync(join(fixtures, 'valid'), join(dir, 'mine'), { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
    const { scenarios, problems } = loadScenarios({ userDir: dir });
    expect(problems).toEqual([]);
    const mine = scenarios.find((s) => s.id === 'minimal');
    expect(mine?.source.builtin).toBe(false);
  });

  it('skips a second file with the same id and says which file has it', () => {
    const { scenarios, problems } = loadScenarios({ userDir: join(fixtures, 'duplicate') });
    expect(scenarios.filter((s) => s.id === 'minimal')).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'id', line: 2 });
    expect(problems[0]!.file).toMatch(/b\.yaml$/);
    expect(problems[0]!.message).toMatch(/already used by .*a\.yaml/);
  });

  it('tolerates a missing user folder and reports a missing built-in folder', () => {
    expect(loadScenarios({ userDir: '/no/such/folder' }).problems).toEqual([]);
    const { problems } = loadScenarios({ builtinDir: '/no/such/builtin' });
    expect(problems[0]?.message).toMatch(/built-in scenarios folder is missing/);
  });

  it('resolves the shipped folder from the source tree', () => {
    expect(builtinScenariosDir()).toMatch(/electron\/domain\/scenarios\/builtin\/?$/);
  });
});
