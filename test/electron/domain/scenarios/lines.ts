/** Every partner line of a scenario that a user answers, with where it comes from. */
import type { Scenario, ScenarioLine } from '../../../../electron/domain/scenarios';

export interface PlacedLine {
  where: string;
  line: ScenarioLine;
}

/** The opening line, the level lines, the reaction lines and the topic lines (endings are never answered). */
export function answerableLines(s: Scenario): PlacedLine[] {
  const out: PlacedLine[] = [{ where: 'opening.line', line: s.opening.line }];
  for (const [level, pool] of Object.entries(s.levels)) pool.forEach((line, i) => out.push({ where: `levels.${level}[${i}]`, line }));
  for (const [kind, pool] of Object.entries(s.reactions)) (pool ?? []).forEach((line, i) => out.push({ where: `reactions.${kind}[${i}]`, line }));
  for (const [id, topic] of Object.entries(s.topics)) (topic.lines ?? []).forEach((line, i) => out.push({ where: `topics.${id}.lines[${i}]`, line }));
  return out;
}
