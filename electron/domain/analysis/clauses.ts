/**
 * Clause splitting that survives speech-recognition text. Punctuation is used when present;
 * without it, a new clause starts where a question begins mid-stream: a wh-word or an inverted
 * auxiliary ("are you", "did it") that is not embedded ("i wonder what…", "that you are…").
 */
import type { Parsed, Token } from './nlp';
import { EMBEDDERS, FILLERS, SUBJECTS, SUBJECT_PRONOUNS, TAGS, WH } from './lexicon';
import { PERSONAL, backOverSounds, isAsker, isCheck, isInversion, isInvertedWh, isInvitationStart, isPronounQuestion, isThereAny, isWhStart, isWonderStart } from './question-cues';

/** A clause: a token range [from, to) and its character span (leading fillers included). */
export interface Clause {
  from: number;
  to: number;
  start: number;
  end: number;
  /** Index of the first token that is not a filler or discourse marker (== to if none). */
  head: number;
  hasQuestionMark: boolean;
}

const INVITATION_EMBEDDERS = new Set(['you', 'to', 'please', 'and', "'ll", 'will', 'would', 'could', 'can', 'just', 'me', 'i', 'not']);
const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were']);
/** Object pronouns: an inverted question after them starts anew ("…for me do you…"). */
const OBJECT_PRONOUNS = new Set(['me', 'him', 'them', 'us']);
/** Verbs that embed an inverted question ("i wonder are they…"). */
const WONDER_VERBS = new Set(['wonder', 'wondering', 'wondered', 'ask', 'asking', 'asked']);
/** Auxiliaries that start a new question after a clause-final "not" ("not do it" and "not have you…" go on the statement). */
const AFTER_NOT = new Set(['can', 'could', 'are', 'is', 'was', 'were', 'did', 'does', 'will']);
const CLOSERS = new Set(['okay', 'ok', 'alright', 'yeah', 'right', 'too', 'then']);
const RELATIVE = new Set(['who', 'whom', 'which', 'whose', 'when', 'where', 'why']);
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'over', 'away', 'back', 'around']);
const SPLIT_PUNCT = new Set([',', ';', ':', '—', '–', '-', '...', '…']);
const END_PUNCT = new Set(['.', '!', '?', '?!', '!?']);


function startsQuestion(tokens: Token[], i: number): boolean {
  return isWhStart(tokens, i) || isInversion(tokens, i) || isInvitationStart(tokens, i) || isWonderStart(tokens, i);
}

/** The first word of a clause that is not a filler ("so how many…" → "how"). */
function firstWord(tokens: Token[], from: number, to: number): string {
  for (let k = from; k < to; k++) if (!FILLERS.has(tokens[k]!.lower) && !tokens[k]!.isPunct) return tokens[k]!.lower;
  return '';
}

/** Whether a mid-sentence question cue at i is embedded in the words before it. */
function isEmbedded(tokens: Token[], i: number, clauseFrom: number): boolean {
  // A hesitation sound is no word of the sentence: "wondering uh what's going on" embeds like "wondering what…".
  const prevIndex = i > clauseFrom ? backOverSounds(tokens, i - 1) : i - 1;
  const prev = tokens[prevIndex];
  if (!prev) return true;
  // "i'm curious are there any…", "i wonder what do you…": the question is what the wondering asks, one question.
  if (isAsker(tokens, prevIndex) && (isInversion(tokens, i, true) || isWhStart(tokens, i))) return true;
  // An inverted wh-question or a check asks wherever it is said ("sorry to hear that where are you
  // having pain"); after "i wonder" or "tell me" it is that question's object, one question.
  // (A preposition still embeds: "i thought about how should i say it".)
  if (isInvertedWh(tokens, i)) return isAsker(tokens, prevIndex) || prev.pos === 'ADP';
  // ("how does that work" is one question.)
  if ((isCheck(tokens, i) || isThereAny(tokens, i)) && !WH.has(prev.lower)) return false;
  // "sorry to hear that what is going on": "that" after a verb embeds no wh-word followed by its
  // verb ("tell me more about that what does…" goes on one question).
  if (WH.has(tokens[i]!.lower) && prev.lower === 'that' && tokens[prevIndex - 1]?.pos === 'VERB' && tokens[i + 1]?.pos === 'AUX') return false;
  // "i wonder if…" asks unless a conjunction or a wh-word embeds it ("because i'm curious why").
  if (isWonderStart(tokens, i)) return prev.pos === 'SCONJ' || WH.has(prev.lower) || prev.lower === 'that';
  // "…nobody sees you what's that like": a wh-word plus auxiliary after an object "you" is a new question.
  const isDirectWh = WH.has(tokens[i]!.lower) && tokens[i + 1]?.pos === 'AUX' && prev.lower === 'you';
  if (WH.has(prev.lower) || (SUBJECT_PRONOUNS.has(prev.lower) && !isDirectWh)) return true;
  const t = tokens[i]!;
  // "it was your fault", "that is hard": the word before an auxiliary is its subject, not a new question.
  const afterAux = tokens[i + 1];
  // ("that's what it is you know": "you know" is the filler, not a subject and its verb.)
  const isPronounInversion = !!afterAux && PERSONAL.has(afterAux.lower) && !!tokens[i + 2] && !tokens[i + 2]!.isPunct && !(afterAux.lower === 'you' && tokens[i + 2]!.lower === 'know');
  if (isInversion(tokens, i) && SUBJECTS.has(prev.lower) && !isPronounInversion) return true;
  // "someone who matters", "the day when": a relative clause, not a question.
  if (RELATIVE.has(t.lower) && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON')) return true;
  // "how many hours are you…", "which subject was it": the wh-phrase is still waiting for its verb.
  if (isInversion(tokens, i) && WH.has(firstWord(tokens, clauseFrom, i)) && !tokens.slice(clauseFrom, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return true;
  // "you always do this", "i really do": an adverb after a subject, not a new question.
  const prev2 = tokens[i - 2];
  if (isInversion(tokens, i) && prev.pos === 'ADV' && prev2 && SUBJECT_PRONOUNS.has(prev2.lower)) return true;
  // An auxiliary before "you", "it", "they"… and more words asks after words that embed no
  // inverted question: a verb but "wonder" and "ask" ("i see have you sought…", "you know do you
  // think…"), a stranded preposition ("…on are you on the schedule"), a clause-final "not" ("…you're
  // not can you tell me…") or "that" ("sorry to hear that would you like…").
  if (isPronounQuestion(tokens, i)) {
    if (prev.pos === 'VERB' && !WONDER_VERBS.has(prev.lower)) return false;
    // "…a never ending battle for me do you have a lot of it" (but "tell me do you…" asks one question).
    // ("what really gets me is i feel…": after "be" the pronoun is no inverted subject.)
    if (OBJECT_PRONOUNS.has(prev.lower) && !isAsker(tokens, prevIndex) && !BE_FORMS.has(t.lower)) return false;
    if (prev.pos === 'ADP' || prev.lower === 'that') return false;
    if ((prev.lower === 'not' || prev.lower === "n't") && AFTER_NOT.has(t.lower)) return false;
  }
  if (EMBEDDERS.has(prev.lower)) return true;
  if (prev.pos === 'AUX' || prev.pos === 'SCONJ' || prev.pos === 'PART') return true;
  // A preposition embeds ("about what"), a verb particle does not ("calm down what happened").
  if (prev.pos === 'ADP' && !PARTICLES.has(prev.lower)) return true;
  // English does not embed an inverted question after a verb ("i mean are you ok"), except in "i wonder…".
  if (prev.pos === 'VERB' && isInversion(tokens, i)) return WONDER_VERBS.has(prev.lower);
  if (prev.pos === 'VERB' && !['sucks', 'hurts', 'happened', 'matters'].includes(prev.lower)) return true;
  // "is that what you want": the cue sits inside a question that began two tokens earlier.
  if ((prev.lower === 'that' || prev.lower === 'this' || prev.lower === 'it') && i - clauseFrom <= 2) return true;
  return false;
}

/** True when the words from `from` to i are said again from i on (a speaker's restart). */
function isRestart(tokens: Token[], from: number, i: number): boolean {
  const n = i - from;
  if (n < 1 || n > 4) return false;
  for (let k = 0; k < n; k++) if (tokens[from + k]!.lower !== tokens[i + k]?.lower) return false;
  return true;
}

/** Splits a parsed reply into clauses. */
export function splitClauses(parsed: Parsed): Clause[] {
  const { tokens } = parsed;
  const cuts = new Set<number>();
  for (const [from, to] of parsed.sentences) {
    cuts.add(from);
    let clauseFrom = from;
    for (let i = from + 1; i < to; i++) {
      const prev = tokens[i - 1]!;
      const t = tokens[i]!;
      if (t.isPunct) continue;
      let cut = false;
      if (prev.isPunct && (SPLIT_PUNCT.has(prev.value) || END_PUNCT.has(prev.value))) {
        // "you're upset, right?" keeps its tag with the clause it tags.
        const isTag = TAGS.has(t.lower) && (tokens[i + 1] === undefined || tokens[i + 1]!.isPunct);
        cut = !isTag;
      } else if (isInvitationStart(tokens, i)) {
        cut = !INVITATION_EMBEDDERS.has(prev.lower);
      } else if (startsQuestion(tokens, i) && !isEmbedded(tokens, i, clauseFrom)) {
        cut = true;
      }
      // A restart ("what are what are your concerns", "do you do you think") is one question.
      if (cut && isRestart(tokens, clauseFrom, i)) cut = false;
      if (!cut) continue;
      // Fillers and discourse markers ("so", "um", "and") belong to the clause they introduce.
      let k = i;
      // ("okay", "right" and "yeah" usually end the clause before: "are you okay did he…".)
      // (But "i see", "you know": a verb after its subject is no discourse marker.)
      const isMarker = (j: number): boolean => FILLERS.has(tokens[j]!.lower) && !CLOSERS.has(tokens[j]!.lower) && !(tokens[j]!.pos === 'VERB' && SUBJECT_PRONOUNS.has(tokens[j - 1]?.lower ?? ''));
      while (k - 1 > clauseFrom && isMarker(k - 1)) k -= 1;
      cuts.add(k);
      clauseFrom = k;
    }
  }
  const starts = [...cuts].sort((a, b) => a - b);
  const clauses: Clause[] = [];
  starts.forEach((from, n) => {
    const to = starts[n + 1] ?? tokens.length;
    if (to <= from) return;
    let head = from;
    while (head < to && (FILLERS.has(tokens[head]!.lower) || tokens[head]!.isPunct)) head += 1;
    // A clause made only of fillers ("so", "um") still counts, but its head is `to`.
    const lastWord = [...tokens.slice(from, to)].reverse().find((t) => !t.isPunct);
    const trailing = tokens.slice(from, to).filter((t) => t.isPunct).map((t) => t.value).join('');
    clauses.push({
      from,
      to,
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
      head,
      hasQuestionMark: trailing.includes('?') && lastWord !== undefined,
    });
  });
  return clauses;
}
