/** The readable `attune analyze "reply"` report: the reply with spans marked, scores, flags, suggestions. */
import type { AnalysisResult, Evidence } from '../../domain/analysis';

/** How to print: colours only on a terminal. */
export interface ReportOptions {
  partner?: string | undefined;
  color: boolean;
}

const ANSI = { green: '\x1b[32m', red: '\x1b[31m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m', underline: '\x1b[4m' };

/** The reply with helped spans as {+…+} (green) and hurt spans as [-…-] (red); hurt wins where they overlap. */
export function markSpans(text: string, evidence: Evidence[], color: boolean): string {
  const sign = new Array<number>(text.length).fill(0);
  for (const e of evidence) {
    if (e.delta === 0) continue;
    for (let i = e.start; i < e.end; i++) sign[i] = e.delta < 0 ? -1 : sign[i] === -1 ? -1 : 1;
  }
  let out = '';
  let i = 0;
  while (i < text.length) {
    const s = sign[i]!;
    let j = i;
    while (j < text.length && sign[j] === s) j++;
    const run = text.slice(i, j);
    if (s === 0) out += run;
    else if (color) out += `${s > 0 ? ANSI.green : ANSI.red}${ANSI.underline}${run}${ANSI.reset}`;
    else out += s > 0 ? `{+${run}+}` : `[-${run}-]`;
    i = j;
  }
  return out;
}

function bar(score: number): string {
  const filled = Math.round(score / 5);
  return '█'.repeat(filled) + '░'.repeat(20 - filled);
}

const LEVEL = ['none', 'weak', 'strong'] as const;

/** Formats the whole report. */
export function formatReport(text: string, result: AnalysisResult, options: ReportOptions): string {
  const c = (code: keyof typeof ANSI, s: string): string => (options.color ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const lines: string[] = [];
  if (options.partner) lines.push(c('dim', `Partner: ${options.partner}`));
  lines.push(c('bold', 'Reply') + (options.color ? '' : '   ({+helped+}  [-hurt-])'));
  lines.push(`  ${markSpans(text, result.evidence, options.color)}`, '');

  lines.push(c('bold', 'Scores'));
  const s = result.scores;
  for (const [label, value] of [['overall', s.overall], ['judgment-free', s.judgmentFree], ['open questions', s.openQuestions], ['empathy', s.empathy]] as const) {
    lines.push(`  ${label.padEnd(15)} ${String(value).padStart(3)}  ${bar(value)}`);
  }
  const e = result.empathy;
  lines.push(
    '',
    c('bold', 'Empathy (EPITOME)'),
    `  emotional reactions ${LEVEL[e.emotionalReactions]}, interpretations ${LEVEL[e.interpretations]}, explorations ${LEVEL[e.explorations]}`,
    `  reflection ${result.reflection ? 'yes' : 'no'}, validation ${result.validation ? 'yes' : 'no'}, advice ${result.advice ? 'yes' : 'no'}`,
  );

  lines.push('', c('bold', `Questions (${result.questions.length})`));
  if (result.questions.length === 0) lines.push('  none');
  for (const q of result.questions) {
    const flags = q.flags.length ? `  [${q.flags.join(', ')}]` : '';
    lines.push(`  "${q.text}"  ${q.type}${flags}`);
    if (q.suggestion) lines.push(`    try: "${q.suggestion}"`);
  }

  lines.push('', c('bold', `Judgments (${result.judgments.length})`));
  if (result.judgments.length === 0) lines.push('  none');
  for (const j of result.judgments) {
    lines.push(`  "${j.text}"  ${j.kind}: ${j.note}`);
    lines.push(`    try: "${j.suggestion}"`);
  }

  lines.push('', c('bold', 'Evidence'));
  for (const ev of result.evidence) {
    const delta = `${ev.delta > 0 ? '+' : ''}${ev.delta}`.padStart(4);
    const coloured = ev.delta > 0 ? c('green', delta) : ev.delta < 0 ? c('red', delta) : delta;
    lines.push(`  ${coloured} ${ev.dimension.padEnd(13)} ${ev.kind.padEnd(19)} "${ev.text}"  ${c('dim', ev.note)}`);
  }
  return lines.join('\n') + '\n';
}
