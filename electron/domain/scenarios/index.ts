/** Role-play scenarios: the file format, the loader and the partner engine. */
export { builtinScenariosDir, loadScenarioFile, loadScenarios, scenarioFiles } from './loader';
export type { FileLoadResult, LoadOptions } from './loader';
export { OPEN, respond, startConversation, TRUST_GATES } from './engine';
export { familyOf, replyKinds } from './classify';
export type { AnalysisInput } from './classify';
export { CAUSES, REPLY_KINDS, SEED_STRATEGIES, ScenarioSchema } from './schema';
export type * from './types';
