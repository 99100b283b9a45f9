/** What `attune transcribe` and `attune score` share: reading the WAV and running the speech service. */
import { AudioError, type DecodedAudio } from '../../domain/audio/wav';
import { readWavFile } from '../../storage/audio/wav-file';
import type { Transcript } from '../../../shared/types/speech';
import { defaultModelsDir } from '../../speech/models-dir';
import { ModelNotFoundError } from '../../speech/resolve-model';
import { createSpeechService } from '../../speech/service';
import { CliError } from '../errors';
import type { CliIo } from '../io';

/** Decodes FILE and transcribes it; expected failures become one-sentence CliErrors. */
export async function transcribeFile(io: CliIo, file: string, model: string | undefined, showProgress: boolean): Promise<{ audio: DecodedAudio; transcript: Transcript }> {
  let audio: DecodedAudio;
  try {
    audio = await readWavFile(file);
  } catch (error) {
    if (error instanceof AudioError) throw new CliError(error.message);
    throw error;
  }
  const modelsDir = defaultModelsDir(io.env);
  const borrowed = io.speech?.(modelsDir);
  const service = borrowed ?? createSpeechService({ modelsDir });
  try {
    const transcript = await service.transcribe(audio.samples, {
      ...(model ? { model } : {}),
      onProgress: showProgress ? (p) => io.stderr.write(`\r${p.message}${p.fraction === null ? '' : ` ${Math.round(p.fraction * 100)}%`}\x1b[K`) : undefined,
    });
    if (showProgress) io.stderr.write('\r\x1b[K');
    return { audio, transcript };
  } catch (error) {
    if (showProgress) io.stderr.write('\r\x1b[K');
    if (error instanceof ModelNotFoundError) throw new CliError(error.message);
    throw error;
  } finally {
    if (!borrowed) await service.dispose();
  }
}

/** Shows a transcript for people: the text, then one line per timed segment. */
export function formatTranscript(t: Transcript): string {
  if (t.noSpeech) return `no speech heard in ${t.durationSec.toFixed(1)} s of audio (model ${t.model} was not run)\n`;
  const lines = [t.text, ''];
  for (const s of t.segments) lines.push(`  [${s.start.toFixed(2)}–${s.end.toFixed(2)} s] ${s.text}`);
  lines.push('', `model ${t.model}; word times ${t.wordTimestamps === 'model' ? 'from the model' : 'estimated from segments'}`);
  return lines.join('\n') + '\n';
}
