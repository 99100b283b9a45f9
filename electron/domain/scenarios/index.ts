/** Role-play scenarios: the file format and the partner engine (reading files is electron/storage/scenarios). */
export { OPEN, respond, startConversation, TRUST_GATES } from './engine';
export { familyOf, replyKinds } from './classify';
export { analyzeOptions, exampleOf, MIN_ATTENTIVE } from './listening';
export type { AnalysisInput } from './classify';
export { audioPathProblem, CAUSES, RECORDING_EXTENSIONS, REPLY_KINDS, SEED_STRATEGIES, ScenarioSchema } from './schema';
export type * from './types';
