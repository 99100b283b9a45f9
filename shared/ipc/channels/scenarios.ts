/** Scenario channels: the picker's cards and a partner line's recording. */
import { z } from 'zod';
import { OPEN } from '../../openness';
import { channel, noRequest, type Bytes } from '../channel';

/** A scenario as the picker shows it. */
export interface ScenarioCard {
  id: string;
  title: string;
  cause: string;
  difficulty: string;
  partnerName: string;
  summary: string;
  /** Overall score of the most recent scored session of this scenario (its mean over turns, sessions/scores.ts). */
  lastScore: number | null;
}

/** A scenario file that failed to load; the others still load. */
export interface ScenarioProblem {
  file: string;
  message: string;
}

/** A line's recorded clip, with the text it records (so the UI can tell when a scenario changed since a session). */
export interface LineAudio {
  bytes: Bytes;
  mimeType: string;
  text: string;
}

/**
 * A line reference as the engine names lines: "opening.line", "levels.2[0]" (a level below OPEN,
 * one digit while OPEN ≤ 10), "reactions.judgment[1]", "endings.success.line".
 */
const LINE_REF = new RegExp(
  `^(opening\\.line|endings\\.(success|withdrawn)\\.line|levels\\.[0-${OPEN - 1}]\\[\\d{1,4}\\]|reactions\\.[A-Za-z]{1,20}\\[\\d{1,4}\\])$`,
);

/** The request of `scenarios:lineAudio`: a scenario id and a line reference, never a path. */
export const lineAudioRequest = z.strictObject({
  scenarioId: z.string().min(1).max(120),
  line: z.string().max(60).regex(LINE_REF, 'must name a partner line, such as "levels.2[0]"'),
});

/** A partner line's recording: the scenario and the line's reference (`PracticeView.partnerAudio`, `Turn.partnerAudio`). */
export type LineAudioRequest = z.infer<typeof lineAudioRequest>;

/** Channels of the scenarios feature (electron/features/scenarios.ts). */
export const scenariosChannels = {
  'scenarios:list': channel('listScenarios', noRequest).returns<{ scenarios: ScenarioCard[]; problems: ScenarioProblem[] }>(),
  'scenarios:lineAudio': channel('getLineAudio', lineAudioRequest).returns<LineAudio>(),
};
