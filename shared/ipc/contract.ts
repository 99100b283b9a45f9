/**
 * The one contract between the UI and Node, typed at both ends and derived from the channel
 * declarations (./channels). Electron carries it over IPC (main/ipc.ts, preload), the dev host
 * over loopback HTTP (devhost/); the renderer sees the same `AttuneApi` either way. Type-only.
 */
import type { z } from 'zod';
import type { CHANNELS } from './channels';
import type { ChannelSpec } from './channel';
import type { SpeechProgress, ModelFetchProgress } from '../types/speech';

export type { Bytes } from './channel';
export type { ScenarioCard, ScenarioProblem, LineAudio, LineAudioRequest } from './channels/scenarios';
export type { StorageStatus, PracticeView, ReplyResult, ChoiceResult, ReplyRequest, RetryRequest } from './channels/practice';
export type { SpeechReadiness } from './channels/speech';
export type { DataLocation } from './channels/data';
export type { PickKind } from './channels/dialog';

type Channels = typeof CHANNELS;

/** A channel name (`feature:verb`). */
export type Channel = keyof Channels;
/** What a channel's request holds once its schema has passed it. */
export type RequestOf<K extends Channel> = z.output<Channels[K]['request']>;
/** What a channel answers. */
export type ResponseOf<K extends Channel> = Channels[K] extends ChannelSpec<string, z.ZodType, infer R> ? R : never;
/** The renderer's method name for a channel. */
export type MethodNameOf<K extends Channel> = Channels[K]['method'];

/** Request/response pairs, by channel. */
export type InvokeMap = { [K in Channel]: { request: RequestOf<K>; response: ResponseOf<K> } };

/** What changed in the stored data, so every screen can re-read what it shows (pushed after each mutating call). */
export interface DataChange {
  what: 'session-saved' | 'session-deleted' | 'sessions-imported' | 'all-deleted' | 'settings-changed' | 'models-changed';
  /** The sessions concerned, when known (saved, deleted, imported, or deleted by retention). */
  ids?: string[];
}

/** Pushes from Node to the UI. */
export interface EventMap {
  'speech:progress': SpeechProgress;
  'models:fetch': ModelFetchProgress;
  'data:changed': DataChange;
}

/** Arguments of `invoke(channel, …)`: none for channels without a request. */
export type ArgsOf<K extends Channel> = RequestOf<K> extends void ? [] : [RequestOf<K>];

/** One method of the API: no argument for channels without a request. */
type MethodOf<K extends Channel> = (...args: ArgsOf<K>) => Promise<ResponseOf<K>>;

/** The renderer's API: one named method per channel, plus event subscription. */
export type AttuneApi = { [K in Channel as MethodNameOf<K>]: MethodOf<K> } & {
  on<E extends keyof EventMap>(event: E, listener: (payload: EventMap[E]) => void): () => void;
};
