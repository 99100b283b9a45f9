/** Role-play scenarios: the file format, the loader and the partner engine. */
export { builtinScenariosDir, loadScenarioFile, loadScenarios, scenarioFiles } from './loader';
export type { FileLoadResult, LoadOptions } from './loader';
export { OPEN, respond, startConversation, TRUST_GATES } from './engine';
export { familyOf, replyKinds } from './classify';
export type { AnalysisInput } from './classify';
export { audioPathProblem, CAUSES, RECORDING_EXTENSIONS, REPLY_KINDS, SEED_STRATEGIES, ScenarioSchema } from './schema';
export { checkRecording, lineRecordings, MAX_RECORDING_BYTES, readRecording, RECORDING_FORMATS, recordingRef } from './recordings';
export type { CheckedRecording, LineRecording, RecordingBytes } from './recordings';
export type * from './types';
