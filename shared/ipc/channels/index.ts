/**
 * Every channel of the contract, by feature: the one list from which the contract's types
 * (../contract.ts), the API's method names (../methods.ts), the request checks and the handler
 * table (electron/features/handlers.ts) are derived. Pure: no Node, no DOM.
 */
import type { ChannelSpec } from '../channel';
import { appChannels } from './app';
import { dataChannels } from './data';
import { dialogChannels } from './dialog';
import { modelsChannels } from './models';
import { practiceChannels } from './practice';
import { progressChannels } from './progress';
import { scenariosChannels } from './scenarios';
import { sessionsChannels } from './sessions';
import { settingsChannels } from './settings';
import { speechChannels } from './speech';

/** Every channel (`feature:verb`) and its declaration. */
export const CHANNELS = {
  ...appChannels,
  ...scenariosChannels,
  ...sessionsChannels,
  ...practiceChannels,
  ...speechChannels,
  ...progressChannels,
  ...settingsChannels,
  ...dataChannels,
  ...modelsChannels,
  ...dialogChannels,
} satisfies Record<`${string}:${string}`, ChannelSpec>;
