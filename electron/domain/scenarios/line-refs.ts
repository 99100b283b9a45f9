/** Which spoken lines of a scenario have recordings, and the reference ("levels.2[0]") that names each: pure, no file access. */
import type { Scenario, ScenarioLine } from './types';

/** A spoken line that has a recording, with its reference: the field it comes from, e.g. "levels.2[0]". */
export interface LineRecording {
  ref: string;
  text: string;
  audio: string;
}

/** The places a partner line is spoken from (thoughts are shown, never spoken). */
function spokenLines(scenario: Scenario): [string, ScenarioLine][] {
  const lines: [string, ScenarioLine][] = [['opening.line', scenario.opening.line]];
  for (const [level, pool] of Object.entries(scenario.levels)) pool.forEach((l, i) => lines.push([`levels.${level}[${i}]`, l]));
  for (const [kind, pool] of Object.entries(scenario.reactions)) pool?.forEach((l, i) => lines.push([`reactions.${kind}[${i}]`, l]));
  lines.push(['endings.success.line', scenario.endings.success.line], ['endings.withdrawn.line', scenario.endings.withdrawn.line]);
  return lines;
}

/** Every spoken line of a scenario that has a recording. */
export function lineRecordings(scenario: Scenario): LineRecording[] {
  return spokenLines(scenario).flatMap(([ref, line]) => (line.audio ? [{ ref, text: line.text, audio: line.audio }] : []));
}

/** The reference of the recorded line the engine chose (it hands back text and audio path), if it has one. */
export function recordingRef(scenario: Scenario, line: { line: string; audio?: string }): string | undefined {
  if (!line.audio) return undefined;
  return lineRecordings(scenario).find((r) => r.audio === line.audio && r.text === line.line)?.ref;
}
