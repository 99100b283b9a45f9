/** A readable Markdown summary of a session, put next to session.json in every export. */
import type { ReplyAttempt, Session, Turn } from '../../../shared/types/sessions';
import { attemptCount, branchScores, continuingAttempt, replyCount, sessionScores } from '../../../shared/sessions/scores';
import { branchLabel } from '../../../shared/sessions/branches';

const ENDINGS: Record<string, string> = {
  success: 'the partner opened up',
  withdrawn: 'the partner withdrew',
  ended: 'stopped by you',
};

/** Markdown has few specials that matter in prose; escape the ones that would change meaning. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\r?\n/g, ' ');
}

function attemptLines(attempt: ReplyAttempt, label: string): string[] {
  const { scores, judgments, questions } = attempt.analysis;
  const lines = [
    `**${label}** (${attempt.source === 'voice' ? `spoken${attempt.audioFile ? `, audio \`${attempt.audioFile}\`` : ''}` : 'typed'}):`,
    '',
    `> ${md(attempt.text) || '_(no words)_'}`,
    '',
    `Scores: overall ${scores.overall}, judgment-free ${scores.judgmentFree}, open questions ${scores.openQuestions}, empathy ${scores.empathy}.`,
  ];
  for (const j of judgments) lines.push(`- Hurt (${md(j.kind)}): “${md(j.text)}”. Try: “${md(j.suggestion)}”`);
  for (const q of questions) lines.push(`- ${q.type === 'open' ? 'Open' : 'Closed'} question: “${md(q.text)}”`);
  for (const note of attempt.delivery?.notes ?? []) lines.push(`- Delivery, ${md(note.label)}: ${md(note.reading)}`);
  lines.push('', `Partner: openness ${attempt.reaction.opennessBefore} → ${attempt.reaction.opennessAfter}. “${md(attempt.reaction.line)}”`, '');
  return lines;
}

function turnLines(turns: readonly Turn[], heading: string): string[] {
  const lines: string[] = [];
  for (const turn of turns) {
    lines.push(`${heading} Turn ${turn.index + 1}`, '', `Partner: “${md(turn.partnerLine)}”`, '');
    const continued = continuingAttempt(turn);
    turn.attempts.forEach((attempt, i) =>
      lines.push(...attemptLines(attempt, turn.attempts.length > 1 ? `Your reply, attempt ${i + 1}${attempt === continued ? ', the one the talk went on from' : ''}` : 'Your reply')),
    );
  }
  return lines;
}

/** Renders the summary; plain text stays readable even without a Markdown viewer. */
export function sessionSummaryMarkdown(session: Session): string {
  const lines = [
    `# ${md(session.scenarioTitle)}`,
    '',
    `- Session: ${session.id}`,
    `- Started: ${session.startedAt}${session.endedAt ? `, ended ${session.endedAt}` : ''}`,
    `- Ending: ${session.ending ? (ENDINGS[session.ending] ?? session.ending) : 'not finished'}`,
  ];
  const scores = sessionScores(session);
  if (scores) {
    lines.push(
      `- Session score (mean over ${replyCount(session)} ${replyCount(session) === 1 ? 'reply' : 'replies'}, ${attemptCount(session)} ${attemptCount(session) === 1 ? 'attempt' : 'attempts'}): overall ${scores.overall}, judgment-free ${scores.judgmentFree}, open questions ${scores.openQuestions}, empathy ${scores.empathy}.`,
    );
  }
  lines.push('');
  lines.push(...turnLines(session.turns, '##'));
  // Each retry lists only its own turns: the earlier ones are those of the line above it.
  for (const branch of session.branches ?? []) {
    const score = branchScores(session, branch.id);
    lines.push(`## ${md(branchLabel(branch))}`, '', `Score of this retry (its whole line): ${score ? `overall ${score.overall}` : 'nothing answered'}.`, '');
    lines.push(...turnLines(branch.turns, '###'));
  }
  lines.push('---', 'Exported from Attune. Everything here stayed on your computer; session.json holds the full data and the WAV files your voice.', '');
  return lines.join('\n');
}
