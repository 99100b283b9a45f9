/** Scenario features: the cards for the picker (each with the score of its most recent session) and line recordings. */
import { type Scenario } from '../domain/scenarios';
import { loadScenarios, readRecording } from '../storage/scenarios';
import type { LineAudio, LineAudioRequest, ScenarioCard, ScenarioProblem } from '../../shared/ipc/contract';
import type { AppContext, Handlers } from './context';
import { createSlot, slot } from './slots';

/** The scenarios loaded once per app, with the files that failed to load. */
const LIBRARY = createSlot<{ scenarios: Scenario[]; problems: ScenarioProblem[] }>('scenarios');

/** Loads (once per app) every scenario from the built-in and the user's folders. */
export function scenarioLibrary(ctx: AppContext): { scenarios: Scenario[]; problems: ScenarioProblem[] } {
  return slot(ctx, LIBRARY, () => {
    const { scenarios, problems } = loadScenarios({ builtinDir: ctx.builtinScenariosDir, userDir: ctx.scenariosDir });
    return {
      scenarios,
      problems: problems.map((p) => ({ file: p.file, message: [p.field, p.line ? `line ${p.line}` : '', p.message].filter(Boolean).join(': ') })),
    };
  });
}

/** Finds a scenario by id or throws a readable error. */
export function findScenario(ctx: AppContext, id: string): Scenario {
  const scenario = scenarioLibrary(ctx).scenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`There is no scenario "${id}".`);
  return scenario;
}

/** The scenario cards with last scores, and the files that failed to load. */
export async function listScenarios(ctx: AppContext): Promise<{ scenarios: ScenarioCard[]; problems: ScenarioProblem[] }> {
  const { scenarios, problems } = scenarioLibrary(ctx);
  const { sessions } = await ctx.store.list();
  const lastScore = new Map<string, number>();
  // Sessions come newest first, so the first scored session per scenario is the latest.
  for (const s of sessions) {
    if (s.scores && !lastScore.has(s.scenarioId)) lastScore.set(s.scenarioId, s.scores.overall);
  }
  return {
    scenarios: scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      cause: s.cause,
      difficulty: s.difficulty,
      partnerName: s.persona.name,
      summary: s.summary,
      lastScore: lastScore.get(s.id) ?? null,
    })),
    problems,
  };
}

/** The recorded clip of one partner line (at most MAX_RECORDING_BYTES, checked again as it is read). */
export async function lineAudio(ctx: AppContext, { scenarioId, line }: LineAudioRequest): Promise<LineAudio> {
  return readRecording(findScenario(ctx, scenarioId), line);
}

/** The scenario channels, served here. */
export const scenariosHandlers = {
  'scenarios:list': listScenarios,
  'scenarios:lineAudio': lineAudio,
} satisfies Handlers;
