/**
 * Partner-line recordings, fetched once per line through the API and kept as blob: URLs (the
 * page's CSP allows media from blob:, and nothing from outside its own origin).
 */
import type { LineAudioRequest } from '../../../shared/ipc/contract';
import { api } from './api';

/** A fetched recording: a blob: URL for an <audio> element and the text it records. */
export interface LineClip {
  url: string;
  text: string;
}

const clips = new Map<string, Promise<LineClip>>();

/** The clip for a scenario line, fetched on first use; a failed fetch is forgotten so a later try can succeed. */
export function lineClip(request: LineAudioRequest): Promise<LineClip> {
  const key = `${request.scenarioId}\n${request.line}`;
  let clip = clips.get(key);
  if (!clip) {
    clip = api.getLineAudio(request).then(({ bytes, mimeType, text }) => {
      return { url: URL.createObjectURL(new Blob([bytes], { type: mimeType })), text };
    });
    clip.catch(() => clips.delete(key));
    clips.set(key, clip);
  }
  return clip;
}
