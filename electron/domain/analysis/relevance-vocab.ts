/**
 * What counts as "about what the partner said": the partner line's content words, the line's
 * `about` feelings and topics, and their near forms (Porter stems) and synonyms (rules/relevance.ts).
 */
import { parse, type Token } from './nlp';
import { FEELINGS, FILLERS, STOP } from './lexicon';
import type { LineAbout } from './types';
import { COMMON_ECHOES, FEELING_FAMILIES, FUNCTION_WORDS, GENERIC_WORDS, OTHER_FEELINGS, TEMPLATE_WORDS, TOPIC_FAMILIES } from './rules/relevance';

export type { LineAbout } from './types';

/** One word or phrase a reply may pick up: it matches when every one of its stems is in a sentence. */
export interface Entry {
  label: string;
  stems: string[];
}

/** The entries a reply is checked against. */
export interface Vocabulary {
  said: Entry[];
  unsaid: Entry[];
  /** Feeling words the line is about (the `about` feelings, or the feelings in the partner's words). */
  feelings: string[];
  /** True when `about` names the feelings: a feeling from outside their families is then off the mark. */
  knowsFeelings: boolean;
  /** The partner's own words and the `about` entries as written (forms and lemmas): saying one back counts even when
   * it is a common word ("trying" for "tries", "tonight" when the line is about tonight), but "lately" is not "late". */
  exactWords: Set<string>;
  /** True when the line came with an `about`: the check is then stricter (adjectives count, and "you" alone is not enough). */
  hasAbout: boolean;
  /** Lemmas of the partner's own words that can be said back (not pronouns, auxiliaries or COMMON_ECHOES). */
  saidLemmas: ReadonlySet<string>;
  /** The line's `about` phrases, lowercase ("left out", "off"), matched whole in a reply. */
  phrases: readonly string[];
}

const stemCache = new Map<string, string[]>();
const ECHO_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV']);

/** True for a word that can carry meaning (not a pronoun, auxiliary, function or filler word). */
export function isContentToken(t: Token): boolean {
  if (t.isPunct || t.lower.length < 3 || FILLERS.has(t.lower)) return false;
  if (FUNCTION_WORDS.has(t.lower) || STOP.has(t.lower) || STOP.has(t.lemma)) return false;
  return !['PRON', 'AUX', 'DET', 'ADP', 'PART', 'CCONJ', 'SCONJ', 'NUM', 'INTJ', 'SYM', 'PUNCT'].includes(t.pos);
}

/** True for a content word too general to say what a sentence is about ("hard", "lot", "mind"). */
export function isGeneric(t: Token): boolean {
  return GENERIC_WORDS.has(t.lower) || GENERIC_WORDS.has(t.lemma);
}

/** True for a content word only a listening template would use ("hear", "hard", "tell", "more"). */
export function isTemplateWord(t: Token): boolean {
  return TEMPLATE_WORDS.has(t.lower) || TEMPLATE_WORDS.has(t.lemma);
}

/** The content stems of a word or phrase ("passed over" → ["pass"]), cached. */
export function stemsOf(phrase: string): string[] {
  const key = phrase.toLowerCase().trim();
  let stems = stemCache.get(key);
  if (!stems) {
    const tokens = parse(key).tokens.filter((t) => !t.isPunct && !FUNCTION_WORDS.has(t.lower) && !STOP.has(t.lower));
    stems = [...new Set(tokens.map((t) => t.stem))];
    stemCache.set(key, stems);
  }
  return stems;
}

/** True for a word of a feeling family (rules/relevance.ts): "exhausting", "hurt"; not "awful" or "great". */
export function isFeelingWord(t: Token): boolean {
  return FEELING_STEMS.has(t.stem);
}

/** True for a feeling word of any kind, hurting or not ("lonely", "happy"): what the speaker says they feel. */
export function isAnyFeeling(t: Token): boolean {
  return isFeelingWord(t) || OTHER_STEMS.has(t.stem);
}

const OTHER_STEMS = new Set(OTHER_FEELINGS.flatMap((w) => stemsOf(w)));
const FEELING_STEMS = new Set(FEELING_FAMILIES.flat().flatMap((w) => (w.includes(' ') ? [] : stemsOf(w))));

/** Every member of every family that holds `word` (by stem), `word` included. */
function withFamilies(word: string, families: readonly (readonly string[])[]): string[] {
  const stems = stemsOf(word).join(' ');
  const out = new Set([word]);
  for (const family of families) if (family.some((w) => stemsOf(w).join(' ') === stems)) family.forEach((w) => out.add(w));
  return [...out];
}

const entry = (label: string): Entry | undefined => {
  const stems = stemsOf(label);
  return stems.length ? { label, stems } : undefined;
};

const vocabCache = new Map<string, Vocabulary>();
const VOCAB_CACHE_SIZE = 64;

/** The vocabulary of one partner line, cached: a conversation analyzes many replies (and redos) against the same line. */
export function vocabulary(partner: string | undefined, about: LineAbout | undefined): Vocabulary {
  const key = JSON.stringify([partner ?? '', about ?? null]);
  let vocab = vocabCache.get(key);
  if (!vocab) {
    vocab = buildVocabulary(partner, about);
    if (vocabCache.size >= VOCAB_CACHE_SIZE) vocabCache.delete(vocabCache.keys().next().value!);
    vocabCache.set(key, vocab);
  }
  return vocab;
}

/** The vocabulary of one partner line: its words and `about`, widened by near forms and synonyms. */
function buildVocabulary(partner: string | undefined, about: LineAbout | undefined): Vocabulary {
  const said = new Map<string, Entry>();
  const add = (label: string): void => {
    const e = entry(label);
    if (e) said.set(e.stems.join(' '), said.get(e.stems.join(' ')) ?? e);
  };
  const partnerFeelings: string[] = [];
  const exactWords = new Set<string>();
  const addExact = (t: Token): void => {
    exactWords.add(t.lower);
    exactWords.add(t.lemma);
  };
  const saidStems = new Set<string>();
  const saidLemmas = new Set<string>();
  for (const t of partner ? parse(partner).tokens : []) {
    saidStems.add(t.stem);
    if (ECHO_POS.has(t.pos) && !FUNCTION_WORDS.has(t.lower) && !COMMON_ECHOES.has(t.lemma) && t.lower.length >= 3) saidLemmas.add(t.lemma);
    if (isContentToken(t) && !OTHER_STEMS.has(t.stem)) addExact(t);
    if (!isContentToken(t) && !isFeelingWord(t) && !FEELINGS.has(t.lower)) continue;
    // "Great. I'm a workaholic now": a happy word in a hurting line is sarcasm, not what they feel.
    if (OTHER_STEMS.has(t.stem) || isGeneric(t)) continue;
    const isFeeling = isFeelingWord(t) || FEELINGS.has(t.lower);
    if (isFeeling) partnerFeelings.push(t.lower);
    for (const w of withFamilies(t.lower, isFeeling ? FEELING_FAMILIES : TOPIC_FAMILIES)) add(w);
  }
  const feelings = [...(about?.feelings ?? []), ...partnerFeelings];
  for (const w of [...(about?.feelings ?? []), ...(about?.topics ?? [])]) parse(w.toLowerCase()).tokens.forEach(addExact);
  for (const f of about?.feelings ?? []) for (const w of withFamilies(f, FEELING_FAMILIES)) add(w);
  for (const topic of about?.topics ?? []) for (const w of withFamilies(topic, TOPIC_FAMILIES)) add(w);
  // What the line itself says is not unsaid: naming it is a simple reflection, not a complex one.
  const unsaid = (about?.unsaid ?? [])
    .map(entry)
    .filter((e): e is Entry => e !== undefined && !e.stems.every((stem) => saidStems.has(stem)));
  for (const w of about?.unsaid ?? []) parse(w.toLowerCase()).tokens.forEach(addExact);
  const phrases = [...(about?.feelings ?? []), ...(about?.topics ?? []), ...(about?.unsaid ?? [])].map((w) => w.toLowerCase().trim()).filter(Boolean);
  return { said: [...said.values()], unsaid, feelings, knowsFeelings: (about?.feelings?.length ?? 0) > 0, exactWords, hasAbout: !!about, saidLemmas, phrases };
}

/** The entries whose stems all occur among `stems`. */
export function matching(entries: readonly Entry[], stems: ReadonlySet<string>): string[] {
  const near = (stem: string): boolean => stems.has(stem) || [...stems].some((s) => stemsMatch(s, stem));
  return entries.filter((e) => e.stems.every(near)).map((e) => e.label);
}

/** Two stems of one word that Porter splits ("guilt" and "guilti"): a longer stem of at most two more letters. */
function stemsMatch(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short);
}
