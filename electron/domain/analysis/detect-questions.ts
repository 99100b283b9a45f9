/**
 * Finds questions clause by clause (with or without "?"), classifies them open or closed in
 * MITI's sense, and flags accusatory "why", leading and stacked questions.
 */
import type { Clause } from './clauses';
import { isInversion, isNounInversion, isWhStart, skipSounds, wonderObject } from './question-cues';
import type { Parsed, Token } from './nlp';
import type { AnalyzedQuestion, QuestionFlag } from './types';
import { compile } from './rules/compile';
import {
  accusatoryWhy,
  closedFallback,
  closedRewrites,
  factHeads,
  leadingForms,
  openInvitations,
  stackedSuggestion,
} from './rules/questions';

/** A question plus the clause it came from (the detectors need both). */
export interface FoundQuestion extends AnalyzedQuestion {
  clause: Clause;
}

const anchored = (source: string): RegExp => new RegExp(`^(?:${compile(source).source})`, 'i');
const INVITATION = anchored(openInvitations.join('|'));
// Inside a yes/no frame only the asking-for-more forms open a question ("can you tell me more…"), not "do you want to talk about it".
const INVITATION_ANYWHERE = new RegExp(compile(openInvitations.filter((f) => !f.startsWith('talk')).join('|')).source, 'i');
const FACT_HEAD = anchored(factHeads);
const ACCUSATORY = anchored(accusatoryWhy);
const LEADING = leadingForms.map((f) => new RegExp(compile(f).source, 'i'));
const EXCLAMATION = /^(?:what an? |how (?:awful|terrible|horrible|sad|hard|rough|scary|awful|lovely|frustrating|exhausting|annoying|unfair|painful)\b(?!\s+(?:is|was|has|does|did|do|are|were)\b))/i;
/** "any other thoughts", "anything else": an elliptical question at a clause's head. */
const ELLIPTIC = /^(?:any(?:thing|one|body)? else\b|any (?:other|more|thoughts?|questions?|ideas?|concerns?|plans?|reasons?)\b)/i;
/**
 * "any other thoughts", "anything else": short, at a clause's head, not after "like" ("like any
 * other illness it…"), and not the subject of a verb ("anyone else would have quit by now",
 * "anything else is a bonus" state).
 */
function isElliptic(tokens: Token[], head: number, words: string): boolean {
  const next = tokens[skipSounds(tokens, skipSounds(tokens, head + 1) + 1)];
  const isSubject = next?.pos === 'AUX' || next?.pos === 'VERB';
  return ELLIPTIC.test(words.replace(/\b(?:um+|uh+|er|erm)\s+/gi, '')) && tokens[head - 1]?.lower !== 'like' && !isSubject && words.split(/\s+/).length <= 12;
}

/** Subjects of an embedded clause: "what makes you think that is true" still asks. */
const CLAUSE_SUBJECTS = new Set(['that', 'this', 'it', 'he', 'she', 'they', 'i', 'you', 'we', 'there']);

/**
 * "what really gets me is…", "what happened was…": a "what"-clause with its own verb, then "is" or
 * "was", names a thing and goes on to say it (a statement), unlike "what time is it".
 */
function isPseudoCleft(tokens: Token[], head: number, to: number): boolean {
  if ((tokens[head]?.lower !== 'what' && tokens[head]?.lower !== 'whats') || tokens[head + 1]?.pos === 'AUX') return false;
  for (let k = head + 2; k < Math.min(to, head + 8); k++) {
    if (tokens[k]!.lower !== 'is' && tokens[k]!.lower !== 'was') continue;
    const hasVerb = tokens.slice(head + 1, k).some((t) => t.pos === 'VERB');
    const after = tokens[k + 1];
    return hasVerb && !CLAUSE_SUBJECTS.has(tokens[k - 1]!.lower) && !!after && !after.isPunct;
  }
  return false;
}

/** A transcript may drop the apostrophe: "whats going on" asks like "what's going on". */
const NO_APOSTROPHE = new Map([['whats', 'what'], ['hows', 'how']]);
const TAG_END = /(?:,?\s*(?:right|isn'?t it|aren'?t you|don'?t you|didn'?t you|wasn'?t it|won'?t you))\s*$/i;
const REWRITES = closedRewrites.map((r) => ({ ...r, re: new RegExp(compile(r.pattern).source, 'i') }));

/** Finds and classifies the questions in a parsed reply. */
export function detectQuestions(parsed: Parsed, clauses: Clause[]): FoundQuestion[] {
  const { text, tokens } = parsed;
  const found: FoundQuestion[] = [];
  const endsAsStatement = statementEnds(parsed);
  for (const clause of clauses) {
    const headIndex = clause.head < clause.to ? clause.head : clause.from;
    const start = tokens[headIndex]!.start;
    const span = text.slice(start, clause.end);
    const words = span.replace(/[?.!,;:]+/g, ' ').trim();
    if (words.length === 0) continue;
    // "…and what have you" (= and so on) is no question either.
    const isExclamation = EXCLAMATION.test(words) || /^what have you$/i.test(words);
    // ("please tell me more…" invites like "tell me more…".)
    const invites = INVITATION.test(words.replace(/^please\s+/i, ''));
    // Cues for text with no punctuation (a transcript); a writer who ends it with "." states it
    // ("I'm wondering if that concern is coming from there.").
    const isUnpunctuated = !endsAsStatement[clause.from];
    // "i wonder if…", "i'm curious what…": the word it asks about is the question's head.
    const wondered = isUnpunctuated ? wonderObject(tokens, headIndex) : -1;
    const isQuestion =
      clause.hasQuestionMark ||
      invites ||
      wondered >= 0 ||
      (!isExclamation && isWhStart(tokens, headIndex) && !isPseudoCleft(tokens, headIndex, clause.to)) ||
      isInversion(tokens, headIndex, true) ||
      (isUnpunctuated && (isNounInversion(tokens, headIndex) || isElliptic(tokens, headIndex, words))) ||
      (TAG_END.test(words) && words.split(/\s+/).length >= 3 && !/\b(?:that'?s|is|thats) right$/i.test(words));
    if (!isQuestion) continue;
    const word = tokens[wondered >= 0 ? wondered : headIndex]!.lower;
    const head = NO_APOSTROPHE.get(word) ?? word;
    const isOpen =
      invites ||
      INVITATION_ANYWHERE.test(words) ||
      ((head === 'what' || head === 'how' || head === 'why') && !FACT_HEAD.test(words) && !/^what (?:time|day|year|date)\b/i.test(words));
    const flags: QuestionFlag[] = [];
    if (ACCUSATORY.test(words)) flags.push('accusatory-why');
    else if (LEADING.some((re) => re.test(words))) flags.push('leading');
    found.push({ text: span, start, end: clause.end, type: isOpen ? 'open' : 'closed', flags, clause });
  }
  markStacked(found, clauses);
  for (const q of found) {
    const suggestion = suggest(q);
    if (suggestion) q.suggestion = suggestion;
  }
  return found;
}

/**
 * For each token, whether the first "." "!" or "?" from it to its sentence's end is "." or "!":
 * the writer ended that stretch as a statement. One pass, so long transcripts stay linear.
 */
function statementEnds(parsed: Parsed): boolean[] {
  const out = new Array<boolean>(parsed.tokens.length).fill(false);
  for (const [from, to] of parsed.sentences) {
    let isStatement = false;
    for (let k = to - 1; k >= from; k--) {
      const v = parsed.tokens[k]!.value;
      if (v === '?') isStatement = false;
      else if (v === '.' || v === '!') isStatement = true;
      out[k] = isStatement;
    }
  }
  return out;
}

/** Two or more questions in a row, with no statement between, are stacked. */
function markStacked(found: FoundQuestion[], clauses: Clause[]): void {
  const isQuestionClause = new Set(found.map((q) => q.clause));
  let run: FoundQuestion[] = [];
  const flush = (): void => {
    if (run.length >= 2) for (const q of run) if (!q.flags.includes('stacked')) q.flags.push('stacked');
    run = [];
  };
  let qi = 0;
  for (const clause of clauses) {
    if (isQuestionClause.has(clause)) {
      run.push(found[qi]!);
      qi += 1;
    } else if (clause.head < clause.to) {
      flush();
    }
  }
  flush();
}

/** A speakable better question, or undefined when the question is already a good one. */
function suggest(q: FoundQuestion): string | undefined {
  const words = q.text.replace(/[?.!]+\s*$/, '').trim();
  if (q.flags.includes('accusatory-why')) return rewriteWhy(words);
  if (q.flags.includes('leading')) {
    if (/\b(?:tried|try|thought about|considered|why don'?t you|why not)\b/i.test(words)) return 'What have you tried so far, and how did it go?';
    return 'What do you make of it?';
  }
  if (q.type === 'closed') return REWRITES.find((r) => r.re.test(words))?.suggestion ?? closedFallback;
  if (q.flags.includes('stacked')) return stackedSuggestion;
  return undefined;
}

/** "why did you…" → "What led you to…?", "why can't you just…" → "What makes it hard to…?" */
function rewriteWhy(words: string): string {
  const m = /^why\s+(?:on earth\s+|the hell\s+)?(did|do|would|does|didn'?t|don'?t|won'?t|wouldn'?t|can'?t|cannot|couldn'?t)\s+you\s+(?:always\s+|just\s+|even\s+|ever\s+)?(.+)$/i.exec(words);
  if (!m) return 'What has been going on for you?';
  const aux = m[1]!.toLowerCase().replace("'", '');
  const rest = m[2]!.replace(/\bjust\s+/i, '');
  if (aux === 'did' || aux === 'do' || aux === 'would' || aux === 'does') return `What led you to ${rest}?`;
  if (aux === 'couldnt' || aux === 'didnt') return `What made it hard to ${rest}?`;
  return `What makes it hard to ${rest} right now?`;
}
