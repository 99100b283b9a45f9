/**
 * Loads scenario files (YAML) from the built-in folder and the user's folder. Each file is parsed
 * keeping line positions and validated with the zod schema; a bad file becomes problems naming the
 * file, field and line, and never stops the others from loading.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { readBoundedSync, UnsafeFileError } from '../files/read-bounded';
import { checkRecording } from './recordings';
import { audioPathProblem, ScenarioSchema } from '../../domain/scenarios/schema';
import type { LoadResult, Scenario, ScenarioProblem } from '../../domain/scenarios/types';

/** The scenarios shipped with Attune, resolved from the source tree (packaged builds pass their own folder). */
export function builtinScenariosDir(): string {
  return fileURLToPath(new URL('../../domain/scenarios/builtin/', import.meta.url));
}

/** Options for `loadScenarios`: both folders are optional; a missing user folder is not a problem. */
export interface LoadOptions {
  builtinDir?: string;
  userDir?: string;
}

const DIFFICULTY_ORDER = { gentle: 0, moderate: 1, hard: 2 } as const;

/** Limits on one scenario file: the longest built-in one is about 10 KB, with no aliases and 5 levels. */
export const SCENARIO_FILE_LIMITS = { maxBytes: 1024 * 1024, maxAliasCount: 50, maxDepth: 16 };

/** Loads every scenario from the built-in folder (default: the shipped one) and the user's folder. */
export function loadScenarios(options: LoadOptions = {}): LoadResult {
  const scenarios: Scenario[] = [];
  const problems: ScenarioProblem[] = [];
  const builtinDir = options.builtinDir ?? builtinScenariosDir();
  const folders: [string, boolean][] = [[builtinDir, true]];
  if (!existsSync(builtinDir)) problems.push({ file: builtinDir, message: 'the built-in scenarios folder is missing' });
  if (options.userDir && existsSync(options.userDir)) folders.push([options.userDir, false]);

  const seen = new Map<string, string>();
  for (const [dir, builtin] of folders) {
    if (!existsSync(dir)) continue;
    for (const file of scenarioFiles(dir)) {
      const result = loadGuarded(file, builtin);
      problems.push(...result.problems);
      if (!result.scenario) continue;
      const first = seen.get(result.scenario.id);
      if (first) {
        problems.push({ file, field: 'id', line: result.idLine, message: `id "${result.scenario.id}" is already used by ${first}; this file was skipped` });
        continue;
      }
      seen.set(result.scenario.id, file);
      scenarios.push(result.scenario);
    }
  }
  scenarios.sort((a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.title.localeCompare(b.title));
  return { scenarios, problems };
}

/** One file's load, with anything unforeseen turned into a problem naming it: one bad file never stops the rest. */
function loadGuarded(file: string, builtin: boolean): FileLoadResult {
  try {
    return loadScenarioFile(file, { builtin });
  } catch (error) {
    return { problems: [{ file, message: `could not be loaded (${firstLine((error as Error).message)}); it was skipped` }] };
  }
}

/** YAML files directly in `dir` or one folder down (so a scenario can sit beside its audio). */
export function scenarioFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      for (const inner of readdirSync(path).sort()) if (isYaml(inner)) files.push(join(path, inner));
      // Anything else named *.yaml (a FIFO, a device, a link) is listed so its load names it as a problem.
    } else if (stat && isYaml(name)) files.push(path);
  }
  return files;
}

function isYaml(name: string): boolean {
  return !name.startsWith('.') && ['.yaml', '.yml'].includes(extname(name).toLowerCase());
}

/** The result of loading one file: the scenario when valid, and every problem found. */
export interface FileLoadResult {
  scenario?: Scenario;
  problems: ScenarioProblem[];
  /** Line of the `id` field, for duplicate-id problems. */
  idLine?: number;
}

/** Loads and validates one scenario file, including that each line's recording is a playable clip inside its folder. */
export function loadScenarioFile(file: string, { builtin = false }: { builtin?: boolean } = {}): FileLoadResult {
  const path = resolve(file);
  let source: string;
  try {
    // Bounded: a FIFO, a device or a huge file named *.yaml must not hang or fill memory.
    source = readBoundedSync(path, { maxBytes: SCENARIO_FILE_LIMITS.maxBytes, what: 'This file' }).toString('utf8');
  } catch (error) {
    if (error instanceof UnsafeFileError && error.reason !== 'missing') return { problems: [{ file, message: `${error.message.replace(/^This file /, '').replace(/\.$/, '')}; it was skipped` }] };
    return { problems: [{ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error instanceof UnsafeFileError ? 'ENOENT' : String(error))})` }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({ file, line: lineCounter.linePos(e.pos[0]).line, message: `is not valid YAML: ${firstLine(e.message)}` })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: SCENARIO_FILE_LIMITS.maxAliasCount });
  } catch (error) {
    const isAliasBomb = /alias/i.test((error as Error).message);
    return { problems: [{ file, message: isAliasBomb ? 'uses too many YAML aliases (&name / *name) for a scenario; it was skipped' : `is not valid YAML: ${firstLine((error as Error).message)}` }] };
  }
  if (depthOf(data) > SCENARIO_FILE_LIMITS.maxDepth) return { problems: [{ file, message: 'is nested deeper than any scenario is; it was skipped' }] };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ file, line: 1, message: 'must be a YAML mapping of scenario fields (see docs/scenarios.md)' }] };
  }
  const lineOf = (p: PropertyKey[]) => lineAt(doc, lineCounter, p);
  const idLine = lineOf(['id']);
  const parsed = ScenarioSchema.safeParse(data);
  const dir = dirname(path);
  // Recordings are checked even when other fields are wrong, so an author sees every problem at once.
  const recordings = recordingProblems(file, dir, data, lineOf);
  if (!parsed.success) return { problems: [...parsed.error.issues.flatMap((i) => toProblems(file, i, data, lineOf)), ...recordings], idLine };
  if (recordings.length > 0) return { problems: recordings, idLine };
  return { scenario: { ...parsed.data, source: { file: path, dir, builtin } }, problems: [], idLine };
}

/** How deeply lists and mappings nest in `value` (walked without recursion, so depth cannot overflow the stack). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > SCENARIO_FILE_LIMITS.maxDepth) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

type Issue = z.core.$ZodIssue;

/** One zod issue as problems; unions are unwrapped to the branch that matched the value's shape. */
function toProblems(file: string, issue: Issue, data: unknown, lineOf: (p: PropertyKey[]) => number | undefined): ScenarioProblem[] {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branch = issue.errors.find((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0)) ?? issue.errors.at(-1)!;
    return branch.flatMap((i) => toProblems(file, { ...i, path: [...issue.path, ...i.path] } as Issue, data, lineOf));
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      return { file, field: fieldName(path), line: lineOf(path), message: 'is not a scenario field (check the spelling; see docs/scenarios.md)' };
    });
  }
  return [{ file, field: fieldName(issue.path) || undefined, line: lineOf(issue.path), message: plainMessage(issue, valueAt(data, issue.path)) }];
}

/** zod's message, reworded where it reads like a type checker rather than a person. */
function plainMessage(issue: Issue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    if (value === undefined) return 'is required';
    const found = Array.isArray(value) ? 'a list' : value === null ? 'nothing' : typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
    const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`;
    return `must be ${expected}, not ${found}`;
  }
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')} (found ${JSON.stringify(value)})`;
  return issue.message;
}

/**
 * Every `audio:` value that does not name a playable clip inside the scenario's folder (see
 * recordings.ts), and any on a thought: thoughts are shown, never spoken, so it would not play.
 */
function recordingProblems(file: string, dir: string, data: unknown, lineOf: (p: PropertyKey[]) => number | undefined): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key !== 'audio' || typeof v !== 'string') {
          walk(v, [...path, key]);
          continue;
        }
        const where = { file, field: fieldName([...path, key]), line: lineOf([...path, key]) };
        if (path[0] === 'thoughts') {
          problems.push({ ...where, message: 'is on a thought, which is shown but never spoken; put recordings on partner lines' });
          continue;
        }
        // A path of the wrong shape is the schema's problem, already reported; check the rest on disk.
        if (audioPathProblem(v)) continue;
        const checked = checkRecording(dir, v);
        if ('problem' in checked) problems.push({ ...where, message: checked.problem });
      }
    }
  };
  walk(data, []);
  return problems;
}

/** "persona.name", "levels.2[0].text". */
function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

type Ranged = { range?: [number, number, number] } | undefined;

/**
 * The 1-based line of the deepest node on `path` that exists (a missing field points at its parent).
 * Walks the nodes by hand rather than with `doc.getIn`, because a key written `3:` is the number 3
 * in YAML but the string "3" in the parsed object's paths.
 */
function lineAt(doc: Document, lineCounter: LineCounter, path: PropertyKey[]): number | undefined {
  const lineOf = (node: unknown) => {
    const range = (node as Ranged)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  let node: unknown = doc.contents;
  let line = lineOf(node);
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => String((it.key as { value?: unknown })?.value ?? it.key) === String(step));
      if (!pair) break;
      // Point at the key of a mapping entry rather than its value, which may start on the next line.
      line = lineOf(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
      if (node === undefined) break;
      line = lineOf(node) ?? line;
    } else break;
  }
  return line;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
