/** `attune transcribe FILE.wav [--model tiny.en|base.en|DIR] [--json]`: local speech-to-text for a WAV file. */
import type { Command } from './index';
import { CliError, parseCli } from '../errors';
import { formatTranscript, transcribeFile } from './speech-run';
import { MODEL_NAMES } from '../../../shared/types/models';

const USAGE = `usage: attune transcribe FILE.wav [--model ${MODEL_NAMES.join('|')}|DIR] [--json]`;

/** The transcribe command. */
export const command: Command = {
  summary: 'transcribe a WAV file locally with Whisper (--json for the transcript object)',
  async run(args, io) {
    const parsed = parseCli({ args, allowPositionals: true, options: { model: { type: 'string' }, json: { type: 'boolean' } } }, USAGE);
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0) throw new CliError(USAGE, 2);
    const json = parsed.values.json ?? false;
    const { transcript } = await transcribeFile(io, file, parsed.values.model, !json && io.stderr.isTTY === true);
    io.stdout.write(json ? JSON.stringify(transcript) + '\n' : formatTranscript(transcript));
    return 0;
  },
};
