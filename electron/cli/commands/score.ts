/** `attune score FILE.wav [--model …] [--partner "their line"] [--json]`: transcript, analysis and delivery of a spoken reply. */
import type { Command } from './index';
import { withLogsOnStderr } from '../io';
import { MODEL_NAMES } from '../../../shared/types/models';
import { CliError, parseCli } from '../errors';
import { analyze, type AnalysisResult } from '../../domain/analysis';
import { computeDelivery } from '../../domain/speech/delivery';
import type { Delivery, Transcript } from '../../../shared/types/speech';
import { formatTranscript, transcribeFile } from './speech-run';

const USAGE = `usage: attune score FILE.wav [--model ${MODEL_NAMES.join('|')}|DIR] [--partner "their line"] [--json]`;

/** What `attune score --json` prints; `analysis` is null when no speech was heard (there is nothing to score). */
export interface ScoreResult {
  transcript: Transcript;
  analysis: AnalysisResult | null;
  delivery: Delivery;
}

const UNITS_APART = new Set(['dBFS', 'dB', 'semitones']);

function formatScore(r: ScoreResult): string {
  const lines = [formatTranscript(r.transcript).trimEnd(), ''];
  if (r.analysis) {
    const s = r.analysis.scores;
    lines.push(`scores: overall ${s.overall}, judgment-free ${s.judgmentFree}, open questions ${s.openQuestions}, empathy ${s.empathy}`);
    for (const j of r.analysis.judgments) lines.push(`  "${j.text}" (${j.kind}): try "${j.suggestion}"`);
    lines.push('');
  }
  lines.push('delivery:');
  // The readings are plain words for the app; a terminal user also gets the measures they leave out.
  for (const n of r.delivery.notes) lines.push(`  ${n.label}: ${n.reading}${n.value !== null && UNITS_APART.has(n.unit) ? ` (${n.value} ${n.unit})` : ''}`);
  return lines.join('\n') + '\n';
}

/** The score command. */
export const command: Command = {
  summary: 'transcribe a spoken reply (WAV) and score what was said and how (--json for one object)',
  async run(args, io) {
    const parsed = parseCli({ args, allowPositionals: true, options: { model: { type: 'string' }, partner: { type: 'string', short: 'p' }, json: { type: 'boolean' } } }, USAGE);
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0) throw new CliError(USAGE, 2);
    const json = parsed.values.json ?? false;
    // With --json, stdout carries only the JSON object: anything a library logs goes to stderr.
    const transcribe = () => transcribeFile(io, file, parsed.values.model, !json && io.stderr.isTTY === true);
    const { audio, transcript } = json ? await withLogsOnStderr(io, transcribe) : await transcribe();
    const partner = parsed.values.partner;
    const analysis = transcript.noSpeech ? null : analyze(transcript.text, partner === undefined ? {} : { partner });
    const result: ScoreResult = { transcript, analysis, delivery: computeDelivery(audio.samples, transcript) };
    io.stdout.write(json ? JSON.stringify(result) + '\n' : formatScore(result));
    return 0;
  },
};
