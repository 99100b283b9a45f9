/** Reading role-play scenarios from disk: the YAML loader and the recordings beside the files. */
export { builtinScenariosDir, loadScenarioFile, loadScenarios, scenarioFiles } from './loader';
export type { FileLoadResult, LoadOptions } from './loader';
export { checkRecording, lineRecordings, MAX_RECORDING_BYTES, readRecording, RECORDING_FORMATS, recordingRef } from './recordings';
export type { CheckedRecording, LineRecording, RecordingBytes } from './recordings';
