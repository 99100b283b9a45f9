/**
 * Word-order cues that a question starts at a token, for text with or without "?": an inverted
 * auxiliary ("are you…", "do um you…"), a wh-word ("what happened"), "i wonder if…", a check
 * ("is that okay"). A transcript has no punctuation, so these are what find its questions. Each
 * cue looks only at the words from the token on; whether the words before embed it is the
 * clause splitter's call (./clauses.ts).
 */
import type { Token } from './nlp';
import { AUX, SOUNDS, SUBJECTS, SUBJECT_PRONOUNS, WH } from './lexicon';

/** Personal pronouns: the subject of an inverted question ("are you", "did it"). */
export const PERSONAL = new Set(['you', 'it', 'he', 'she', 'they', 'we', 'i']);
/** A hesitation sound a recognizer writes out (`SOUNDS`), or a filler "like": they can fall anywhere, even inside "do um you". */
const isSound = (word: string, likeIsSound = true): boolean => SOUNDS.has(word) || (likeIsSound && word === 'like');
const POSSESSIVES = new Set(['your', 'my', 'his', 'her', 'their', 'our']);
/** Subjects wink may not tag as nouns ("is anyone", "does everybody"). */
const NOUN_SUBJECTS = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'any', 'all', 'some', 'people']);
/** Words whose object a direct wh-question can be ("i wonder what are your thoughts"). */
const ASKERS = new Set(['wonder', 'wondering', 'wondered', 'curious', 'ask', 'asking']);
/** Whether token j asks for what follows: "wonder", "curious", or "tell me" ("tell me where would you start"). */
export function isAsker(tokens: Token[], j: number): boolean {
  const w = tokens[j]?.lower ?? '';
  return ASKERS.has(w) || (w === 'me' && ['tell', 'show', 'ask'].includes(tokens[j - 1]?.lower ?? ''));
}
/** Auxiliaries that ask before a noun phrase at a clause's head ("is the…", "does your…", "could anyone…"). */
const NOUN_INVERTERS = new Set(['is', 'are', 'was', 'were', 'does', 'did', 'has', 'can', 'could', 'would', 'will', 'should']);
/** Forms of "be" (after them "like" is a word, not a sound). */
const BE = new Set(['am', 'is', 'are', 'was', 'were']);
/** Auxiliaries of a check question ("is that okay", "would that work", "does that make sense"). */
const CHECK_AUX = new Set(['is', 'was', 'would', 'will', 'does', 'do', 'can', 'could']);
/** What "i wonder" asks about: "if", "whether", or a wh-word (the wh-words are checked apart). */
const WONDER_OBJECTS = new Set(['if', 'whether']);

/** The first token from j on that is not a hesitation sound ("do um you…", "what uh are you…"). */
export function skipSounds(tokens: Token[], j: number, likeIsSound = true): number {
  while (tokens[j] && isSound(tokens[j]!.lower, likeIsSound)) j += 1;
  return j;
}

/**
 * The token after an auxiliary and its negation, past hesitation sounds ("do n't um you"). Inside
 * a clause "like" after an auxiliary is a verb ("people will like you", "it was like you said")
 * and a sound after "be" is a pause before what it is ("the other is um i do see…"); only at a
 * clause's head do "can like you call them" and "are uh you" ask.
 */
function subjectAfter(tokens: Token[], i: number, atHead = true): number {
  const isBe = BE.has(tokens[i]!.lower);
  const skip = (j: number): number => (isBe && !atHead ? j : skipSounds(tokens, j, atHead && !isBe));
  let j = skip(i + 1);
  if (tokens[j]?.lower === "n't" || tokens[j]?.lower === 'not') j = skip(j + 1);
  return j;
}

/** The last token at or before j that is not a hesitation sound. */
export function backOverSounds(tokens: Token[], j: number): number {
  while (j > 0 && SOUNDS.has(tokens[j]!.lower)) j -= 1;
  return j;
}

/** True when token i opens an inverted yes/no question ("are you…", "is it…"). */
export function isInversion(tokens: Token[], i: number, atHead = false): boolean {
  const t = tokens[i];
  if (!t || !AUX.has(t.lower)) return false;
  const next = tokens[subjectAfter(tokens, i, atHead)];
  return !!next && SUBJECTS.has(next.lower);
}

/**
 * True when a clause that opens at token i asks with an auxiliary before a noun phrase ("is the
 * pain worse", "has your health always been first", "does anyone know"). Only at a clause's head:
 * inside a clause the same words are a verb and its object ("the point is the money"). "do" and
 * "have" before a noun are usually imperatives ("do the dishes", "have a seat"), and "might" a
 * typed fragment ("might wanna see a doctor"), so they do not count.
 */
export function isNounInversion(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !NOUN_INVERTERS.has(t.lower)) return false;
  // "isn't a good combination": a fragment that goes on from the turn before.
  if (tokens[i + 1]?.lower === "n't" || tokens[i + 1]?.lower === 'not') return false;
  const next = tokens[skipSounds(tokens, i + 1, false)];
  if (!next || next.isPunct) return false;
  // A bare noun is left out: typed fragments drop their subject ("was super close to texting him").
  return next.pos === 'DET' || next.pos === 'PROPN' || POSSESSIVES.has(next.lower) || NOUN_SUBJECTS.has(next.lower);
}

/**
 * True when token i opens a wh-question with an inverted auxiliary after it ("what do you…",
 * "where are you…"). Relative and embedded wh-clauses keep subject-first order ("what you said",
 * "the day when i…", "i know where it is"), so this order asks a question wherever it is said:
 * "i wonder what have you heard", "sorry to hear that where are you having pain".
 */
export function isInvertedWh(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !WH.has(t.lower)) return false;
  const aux = skipSounds(tokens, i + 1);
  if (!tokens[aux] || !AUX.has(tokens[aux]!.lower)) return false;
  const subject = subjectAfter(tokens, aux);
  const after = tokens[subject + 1];
  // "… and what have you" (= and so on) ends there.
  if (t.lower === 'what' && tokens[aux]!.lower === 'have' && (!after || after.isPunct)) return false;
  return !!tokens[subject] && isAskedSubject(tokens, t.lower, subject) && !!after && !after.isPunct;
}

/**
 * Whether token j can be the subject of an inverted wh-question: a pronoun, or (but after "who"
 * and "which") a noun phrase ("how are things", "what are your thoughts") or "that"/"this" before
 * a verb ("how did that feel"). "there" never ("i don't know what is there").
 */
function isAskedSubject(tokens: Token[], wh: string, j: number): boolean {
  const t = tokens[j]!;
  if (PERSONAL.has(t.lower)) return true;
  // "who" and "which" relate as subjects ("someone who was my best friend", "which is the case
  // with me"); "what", "how", "where", "when", "why" rarely do.
  if (wh === 'who' || wh === 'which' || wh === 'whom' || wh === 'whose') return false;
  if (t.lower === 'that' || t.lower === 'this') return tokens[j + 1]?.pos === 'VERB';
  if (t.lower === 'there') return false;
  return t.pos === 'DET' || t.pos === 'NOUN' || POSSESSIVES.has(t.lower) || NOUN_SUBJECTS.has(t.lower);
}

/**
 * An inversion with a pronoun subject and more words ("have you sought…", "would you like…"),
 * not "…could you know…" (the filler) nor "do it…" (an imperative).
 */
export function isPronounQuestion(tokens: Token[], i: number): boolean {
  if (!isInversion(tokens, i)) return false;
  const subject = subjectAfter(tokens, i, false);
  const s = tokens[subject]?.lower ?? '';
  const next = tokens[skipSounds(tokens, subject + 1)];
  // "what i see is it's a mess": a contracted verb after the pronoun makes it the subject of a statement.
  if (!PERSONAL.has(s) || !next || next.isPunct || next.lower.startsWith("'")) return false;
  return !(s === 'you' && next.lower === 'know') && !(tokens[i]!.lower === 'do' && s === 'it');
}

/** True when token i starts a wh-question rather than a free relative ("what you said"). */
export function isWhStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !WH.has(t.lower)) return false;
  const next = tokens[skipSounds(tokens, i + 1)];
  if (!next || next.isPunct) return true;
  // "when i was…", "what you need is…": a subject right after the wh-word, no auxiliary between.
  if (SUBJECT_PRONOUNS.has(next.lower)) return false;
  return true;
}

/**
 * True when token i opens "i wonder if…", "i'm curious what…", "i was wondering whether…": in
 * motivational interviewing the speaker's own wondering asks (AnnoMI codes most of them as
 * questions), unlike "you're wondering if…", which reflects.
 */
export function isWonderStart(tokens: Token[], i: number): boolean {
  return wonderObject(tokens, i) >= 0;
}

/** The speaker as the subject of what they wonder ("i wonder if i…"). */
const SPEAKER = new Set(['i', "i'm", "i'd", "i've", "i'll", 'me']);

/** The index of what "i wonder…" at token i asks ("if", a wh-word, an auxiliary), or -1. */
export function wonderObject(tokens: Token[], i: number): number {
  const lower = (j: number): string => tokens[j]?.lower ?? '';
  // wink keeps "i'm" as one token.
  if (lower(i) !== 'i' && lower(i) !== "i'm") return -1;
  let j = skipSounds(tokens, i + 1);
  const past = lower(j) === 'was';
  if (lower(i) === 'i' && ["'m", 'am', 'was', "'d", 'would'].includes(lower(j))) j = skipSounds(tokens, j + 1);
  // ("i always wonder what…" tells a habit; it does not ask.)
  while (['just', 'really', 'also', 'kind', 'of', 'sort', 'be', 'been'].includes(lower(j))) j = skipSounds(tokens, j + 1);
  if (!['wonder', 'wondering', 'wondered', 'curious'].includes(lower(j))) return -1;
  // "i was curious whether they liked it" tells what was; "i wonder if i could have helped more"
  // wonders about the speaker, not the listener: neither asks them.
  if (past && lower(j) === 'curious') return -1;
  const k = skipSounds(tokens, j + 1);
  if (SPEAKER.has(lower(skipSounds(tokens, k + 1)))) return -1;
  return WONDER_OBJECTS.has(lower(k)) || WH.has(lower(k)) || isInversion(tokens, k, true) ? k : -1;
}

/** "…these things are there any you'd change", "…hear this is there something": "there" + "any"/"some" after "be" asks, even after a noun. */
export function isThereAny(tokens: Token[], i: number): boolean {
  if (!BE.has(tokens[i]?.lower ?? '')) return false;
  const j = subjectAfter(tokens, i, false);
  return tokens[j]?.lower === 'there' && /^(?:any|some)/.test(tokens[skipSounds(tokens, j + 1)]?.lower ?? '');
}

/**
 * True when token i opens a check at the end of a turn: "…with you is that okay", "would that be
 * all right", "does that make sense". It asks whatever comes before it.
 */
export function isCheck(tokens: Token[], i: number): boolean {
  if (!CHECK_AUX.has(tokens[i]?.lower ?? '')) return false;
  const subject = subjectAfter(tokens, i);
  if (!['that', 'this', 'it'].includes(tokens[subject]?.lower ?? '')) return false;
  const rest = tokens.slice(subject + 1, subject + 4).filter((t) => !t.isPunct && !isSound(t.lower)).map((t) => t.lower).join(' ');
  return /^(?:be |sound |seem )?(?:okay|ok|alright|all right|fine|right|correct|fair|true|make sense|work|help|sound|something)\b/.test(rest);
}

/** "tell me…", "help me understand…", "walk me through…": an open question in imperative form. */
export function isInvitationStart(tokens: Token[], i: number): boolean {
  const t = tokens[i]?.lower;
  const next = tokens[i + 1]?.lower;
  return ((t === 'tell' || t === 'help' || t === 'walk') && next === 'me') || (t === 'say' && next === 'more');
}
