/**
 * Relevance, a pass after the analyzer's other detectors: a reflection, interpretation or
 * exploration earns credit only when it is about what the partner said or meant (their content
 * words and near forms, the line's `about` feelings and topics, and synonyms). One about something
 * else keeps its place in the evidence as a "could be better" item that earns nothing; an echo
 * counts only for a content word said back in a reflective frame; and naming what the partner has
 * not said yet (`about.unsaid`) earns more than repeating their words (MITI's complex reflection).
 *
 * It works from evidence kinds, not from the detectors, so evidence added by other means (learned
 * models: kinds 'reflection' and 'learned-*') is gated the same way.
 */
import type { Parsed, Token } from './nlp';
import { hasAbout } from './options';
import { QUESTION_POINTS } from './evidence';
import { scoreEvidence } from './scores';
import { isAnyFeeling, isContentToken, isFeelingWord, isGeneric, isTemplateWord, matching, vocabulary, type LineAbout, type Vocabulary } from './relevance-vocab';
import type { AnalysisResult, EmpathyLevel, Evidence, Relevance } from './types';

export type { LineAbout } from './relevance-vocab';

/** Evidence kinds that earn credit only when they are about what the partner said. Extend as detectors add kinds. */
export const RELEVANCE_GATED_KINDS: string[] = ['echo', 'interpretation', 'exploration', 'reflection', 'open-question'];

/** Kinds starting with one of these (learned models' evidence) are gated too. */
export const RELEVANCE_GATED_PREFIXES: string[] = ['learned-'];

/** The whole reply's ceiling when its listening is all off what they said and it reflects something they did not say. */
export const OFF_TOPIC_CAP = 40;

/** Points for saying their words back in a reflective frame (a simple reflection) and for naming what is unsaid. */
export const REFLECTION_POINTS = { simple: 20, complex: 15 } as const;

/**
 * The whole reply's ceiling when it names nothing of what they said (no word of theirs, no feeling,
 * nothing unsaid): a template like "I hear you. That sounds hard. Tell me more." fits any line, so
 * it must score below a reply that says back what this partner said (simple reflections reach 70+).
 */
export const GENERIC_CAP = 65;

/** The note on a listening move in a reply that would fit any line. */
export const GENERIC_NOTE = 'This would fit anything they said: name their words or their feeling so they know you heard them.';

/** The note on a listening move about something else. */
export const OFF_TOPIC_NOTE = "That isn't what they said: reflect or ask about their words and feelings.";

/** True when evidence of this kind earns credit only when it is relevant. */
export function isGatedKind(kind: string): boolean {
  return RELEVANCE_GATED_KINDS.includes(kind) || RELEVANCE_GATED_PREFIXES.some((p) => kind.startsWith(p));
}

const REFLECTIVE_KINDS = ['interpretation', 'simple-reflection', 'complex-reflection', 'learned-reflection'];
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', "you're", 'youre', "you've", "you'd", "you'll", 'u', 'ur']);
const FIRST_PERSON = new Set(['i', "i'm", 'im', "i've", "i'd", "i'll", 'me', 'my', 'we', "we're", 'us', 'our']);
const FRAME_VERBS = new Set(['sounds', 'sound', 'seems', 'seem', 'must', 'was', 'is', "'s", 'looks', 'feels']);

/** One sentence of the reply and whether it is about what the partner said. */
interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  stems: Set<string>;
  isQuestion: boolean;
  verdict: 'relevant' | 'off' | 'empty';
  touched: string[];
  unsaid: string[];
  /** Names something of its own (their words, a feeling, what is unsaid, or any topic), not only a template's general words. */
  specific: boolean;
}

/** Applies the relevance rules to an analysis of `parsed` as a reply to `options.partner`. */
export function applyRelevance(result: AnalysisResult, parsed: Parsed, options: { partner?: string; about?: LineAbout }): AnalysisResult {
  const words = parsed.tokens.filter((t) => !t.isPunct).map((t) => t.stem);
  const about = hasAbout(options);
  if (!options.partner?.trim() && !about) return { ...result, relevance: { onTopic: true, touched: [], unsaid: false, words } };

  const vocab = vocabulary(options.partner, options.about);
  const sentences = readSentences(parsed, result, vocab);
  const sentenceOf = (e: { start: number; end: number }): Sentence[] => sentences.filter((s) => s.start < e.end && e.start < s.end);
  const relevant = (e: Evidence): boolean => sentenceOf(e).some((s) => s.verdict === 'relevant');

  // An echo is a reflection only when it is a content word said back to them, outside any judgment.
  let evidence = result.evidence.filter((e) => e.kind !== 'echo' || isReflectiveEcho(e, parsed, sentenceOf(e), result));
  let anyOff = false;
  let anyOn = false;
  let offReflection = false;
  evidence = evidence.map((e) => {
    if (!isGatedKind(e.kind) || e.delta <= 0) return e;
    if (relevant(e)) {
      anyOn = true;
      return e;
    }
    anyOff = true;
    if (!['exploration', 'learned-exploration', 'open-question'].includes(e.kind)) offReflection = true;
    return { ...e, delta: 0, note: OFF_TOPIC_NOTE, ...suggestionFor(vocab) };
  });
  const onTopic = !(anyOff && !anyOn);
  // EPITOME rates generic empathy ("I understand how you feel", "What happened?") as weak: a reply that
  // names nothing keeps half the points of its listening moves, and its overall stays below GENERIC_CAP.
  const generic = sentences.length > 0 && !sentences.some((s) => s.specific);
  if (generic) evidence = evidence.map((e) => (isGatedKind(e.kind) && e.delta > 0 ? { ...e, delta: Math.round(e.delta / 2), note: GENERIC_NOTE } : e));
  const added: Evidence[] = [];
  const item = (s: Sentence, kind: string, delta: number, note: string): Evidence => {
    const first = s.tokens.find((t) => !t.isPunct)!;
    const last = [...s.tokens].reverse().find((t) => !t.isPunct)!;
    return { dimension: 'empathy', delta, start: first.start, end: last.end, text: '', kind, note };
  };

  // Their words said back in a reflective statement, with no interpretation cue, is a simple reflection.
  const simple = sentences.find(
    (s) => s.verdict === 'relevant' && !s.isQuestion && evidence.some((e) => e.kind === 'echo' && sentenceOf(e).includes(s)) && !evidence.some((e) => e.kind === 'interpretation' && e.delta > 0 && sentenceOf(e).includes(s)),
  );
  if (simple && !evidence.some((e) => e.kind === 'interpretation' && e.delta > 0)) {
    added.push(item(simple, 'simple-reflection', REFLECTION_POINTS.simple, 'Says their words back to them: a simple reflection shows you heard.'));
  }
  // Naming what they have not said yet, in a reflection or a question about them, is a complex reflection.
  const listening = [...evidence, ...added].filter((e) => e.delta > 0 && (REFLECTIVE_KINDS.includes(e.kind) || e.kind === 'exploration' || e.kind.startsWith('learned-')));
  const complex = sentences.find((s) => s.unsaid.length > 0 && listening.some((e) => sentenceOf(e).includes(s)));
  if (complex) added.push(item(complex, 'complex-reflection', REFLECTION_POINTS.complex, `Names what they have not said yet (${complex.unsaid[0]}): a complex reflection.`));

  for (const e of added) e.text = parsed.text.slice(e.start, e.end);
  evidence = [...evidence, ...added];
  const empathy = { ...result.empathy };
  // A mechanism earns through the rules' evidence or the learned models' (`learned-<kind>`).
  const earns = (kind: string): boolean => evidence.some((e) => (e.kind === kind || e.kind === `learned-${kind}`) && e.delta > 0);
  // With `about` (a scenario line) every mechanism must be about them to count, and the labels
  // follow what is relevant. Without it the partner line is all there is: an AnnoMI reflection may
  // pick up what the client said three turns ago, after a bare "Yeah."; an EPITOME interpretation
  // may be the helper's own similar story. There the labels stay the models' reading of the
  // reply's form, which is measured better (cv-report.json: AnnoMI reflection F1 0.485 with this
  // veto, 0.640 without), and only the points go: the parts that are off earn nothing and a reply
  // off as a whole is capped (OFF_TOPIC_CAP, `relevance.onTopic`).
  if (about) {
    if (!earns('interpretation')) empathy.interpretations = 0;
    if (simple && added.some((e) => e.kind === 'simple-reflection')) empathy.interpretations = Math.max(empathy.interpretations, 1) as EmpathyLevel;
    if (complex) empathy.interpretations = 2;
    if (!earns('exploration')) empathy.explorations = 0;
    // Warmth only the model read into a reply that is off what they said is not there either.
    const learnedOnly = (kind: string): boolean => evidence.some((e) => e.kind === `learned-${kind}`) && !evidence.some((e) => e.kind === kind);
    if (learnedOnly('emotional-reaction') && !earns('emotional-reaction')) empathy.emotionalReactions = 0;
  }

  const stillReflects = REFLECTIVE_KINDS.some(earns) || earns('echo') || evidence.some((e) => e.kind === 'emotional-reaction' && e.delta > 0);
  const reflection = about ? onTopic && (added.some((e) => e.kind === 'simple-reflection') || (result.reflection && stillReflects)) : result.reflection;
  // The points for a reflection standing in for a question follow relevance, whatever the label.
  evidence = reflectionWithoutQuestion(evidence, reflection && onTopic, result, parsed);
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);

  const scores = scoreEvidence(evidence, result.judgments.length > 0);
  // Saying back something they did not say shows you were not listening: it caps the reply, like a judgment.
  if (!onTopic && offReflection) scores.overall = Math.min(scores.overall, OFF_TOPIC_CAP);
  if (generic) scores.overall = Math.min(scores.overall, GENERIC_CAP);
  const touched = [...new Set(sentences.filter((s) => s.verdict === 'relevant').flatMap((s) => s.touched))];
  const relevance: Relevance = { onTopic, touched, unsaid: !!complex, words };
  return { ...result, scores, empathy, reflection, evidence, relevance };
}

/** Keeps the "no question needed" reflection credit in step with whether the reply still reflects. */
function reflectionWithoutQuestion(evidence: Evidence[], reflection: boolean, result: AnalysisResult, parsed: Parsed): Evidence[] {
  const existing = evidence.find((e) => e.kind === 'reflection' && e.dimension === 'openQuestions');
  if (!reflection) return evidence.filter((e) => !(e === existing && e.delta > 0));
  if (existing || result.questions.length > 0) return evidence;
  const anchor = evidence.find((e) => e.delta > 0 && (REFLECTIVE_KINDS.includes(e.kind) || e.kind === 'echo'));
  if (!anchor) return evidence;
  const { start, end } = anchor;
  return [...evidence, { dimension: 'openQuestions', delta: QUESTION_POINTS.reflectionWithoutQuestion, start, end, text: parsed.text.slice(start, end), kind: 'reflection', note: 'No question needed: a reflection invites them to keep talking.' }];
}

/** The reply's sentences, each judged against the vocabulary; a sentence of general words takes the verdict before it. */
function readSentences(parsed: Parsed, result: AnalysisResult, vocab: Vocabulary): Sentence[] {
  const judged = (t: Token): boolean => result.judgments.some((j) => t.start >= j.start && t.end <= j.end);
  const out: Sentence[] = [];
  let previous: Sentence['verdict'] | undefined;
  for (const { tokens, isQuestion } of units(parsed, result)) {
    const words = tokens.filter((t) => !t.isPunct);
    if (!words.length) continue;
    // Only words that carry meaning can match: "lately" is not "late", "working out" is not "work".
    const stems = new Set(
      words
        .filter((t, i) => !judged(t) && (isContentToken(t) || isFeelingWord(t)) && (!isGeneric(t) || vocab.exactWords.has(t.lower) || vocab.exactWords.has(t.lemma)) && !isPhrasal(t, words[i + 1]))
        .map((t) => t.stem),
    );
    const touched = matching(vocab.said, stems);
    const unsaid = matching(vocab.unsaid, stems);
    const addressed = words.some((t) => SECOND_PERSON.has(t.lower));
    const free = words.filter((t) => !judged(t));
    // Without `about` a named feeling is a fair guess at theirs, and a statement about how they feel is about them;
    // a question without names ("what's that been like?") is about whatever the sentence before was.
    const guesses = !vocab.knowsFeelings && free.some(isFeelingWord);
    const aboutTheirFeeling = free.some((t) => ['feel', 'feels', 'feeling', 'felt'].includes(t.lower));
    const lenient = !vocab.hasAbout && addressed && !isQuestion && aboutTheirFeeling;
    // What a sentence names says what it is about: nouns, and with `about` feelings of another kind ("happy"
    // for a hurt; a hurting feeling outside their families is a fair guess, which they can correct).
    // Verbs and other adjectives are left out: a paraphrase ("you're putting in so much") rarely repeats them.
    // (The tagger calls many gerunds nouns: "spending your days" names no topic.)
    const names = free.filter(
      (t) => isContentToken(t) && !isGeneric(t) && ((['NOUN', 'PROPN'].includes(t.pos) && !t.lower.endsWith('ing')) || (vocab.knowsFeelings && isAnyFeeling(t) && !isFeelingWord(t))),
    );
    // Naming a happy feeling for a hurting line misreads them, whatever else the sentence repeats.
    const theirs = (t: Token): boolean => vocab.exactWords.has(t.lower) || vocab.exactWords.has(t.lemma);
    const misread = vocab.knowsFeelings && names.some((t) => isAnyFeeling(t) && !theirs(t)) && !free.some(isFeelingWord);
    // Against a scenario line, a sentence whose topics are all someone else's ("you're stressed about
    // your job" for a line about a birthday) is about something else, whatever feeling of theirs it
    // repeats; naming what they have not said ("the silence made you feel abandoned") still reads them.
    const topics = new Set(names.filter((t) => !isAnyFeeling(t)).map((t) => t.stem));
    // (Any word of what they said or left unsaid counts: "your job" reads "losing his job".)
    const theirTopic = [...vocab.said, ...vocab.unsaid].some((e) => e.stems.some((stem) => topics.has(stem)));
    const elsewhere = vocab.hasAbout && topics.size > 0 && unsaid.length === 0 && !theirTopic;
    let verdict: Sentence['verdict'] = misread || elsewhere ? 'off' : touched.length || unsaid.length || guesses || lenient ? 'relevant' : names.length ? 'off' : 'empty';
    if (verdict === 'empty') verdict = previous ?? 'empty';
    else previous = verdict;
    // When the line says what they feel, a feeling guessed from outside it ("hurt and unseen" for any line) names nothing of theirs.
    const guessed = (t: Token): boolean => vocab.knowsFeelings && isFeelingWord(t);
    const specific =
      touched.length > 0 ||
      unsaid.length > 0 ||
      free.some((t) => (isFeelingWord(t) && !vocab.knowsFeelings) || (isContentToken(t) && !isTemplateWord(t) && !guessed(t)) || vocab.saidLemmas.has(t.lemma)) ||
      saysPhrase(free, vocab.phrases);
    out.push({ start: words[0]!.start, end: words.at(-1)!.end, tokens, stems, isQuestion, verdict, touched, unsaid, specific });
  }
  // Opening words that name nothing ("That sounds so hard.") are about what the reply goes on to name.
  const first = out.find((s) => s.verdict !== 'empty')?.verdict ?? 'relevant';
  for (const s of out) if (s.verdict === 'empty') s.verdict = first;
  return out;
}

/** True when the words hold one of the line's `about` phrases whole ("left out", "off"). */
function saysPhrase(words: Token[], phrases: readonly string[]): boolean {
  const text = ` ${words.map((t) => t.lower).join(' ')} `;
  return phrases.some((p) => text.includes(` ${p} `));
}

/** A verb whose particle changes its meaning ("working out", "figure out"): not the word the partner used. */
function isPhrasal(t: Token, next: Token | undefined): boolean {
  return t.pos === 'VERB' && next?.lower === 'out';
}

/**
 * The reply in units to judge: its sentences, with each question cut out as a unit of its own
 * (a transcript without punctuation is often one long sentence holding a reflection and a question).
 */
function units(parsed: Parsed, result: AnalysisResult): Array<{ tokens: Token[]; isQuestion: boolean }> {
  const out: Array<{ tokens: Token[]; isQuestion: boolean }> = [];
  for (const [from, to] of parsed.sentences) {
    const tokens = parsed.tokens.slice(from, to);
    const questions = result.questions.filter((q) => tokens.some((t) => t.start >= q.start && t.end <= q.end));
    let rest: Token[] = [];
    for (const t of tokens) {
      const q = questions.find((x) => t.start >= x.start && t.end <= x.end);
      if (!q) {
        rest.push(t);
        continue;
      }
      if (rest.length) out.push({ tokens: rest, isQuestion: false });
      rest = [];
      const last = out.at(-1);
      if (last?.isQuestion && last.tokens[0]!.start >= q.start) last.tokens.push(t);
      else out.push({ tokens: [t], isQuestion: true });
    }
    // Trailing punctuation after a question ends it; anything else is a statement of its own.
    if (rest.some((t) => !t.isPunct)) out.push({ tokens: rest, isQuestion: false });
    else if (rest.length && out.at(-1)) out.at(-1)!.tokens.push(...rest);
  }
  return out;
}

/** An echo counts only for a content word, in a sentence said to or about them, with no judgment in it. */
function isReflectiveEcho(echo: Evidence, parsed: Parsed, sentences: Sentence[], result: AnalysisResult): boolean {
  const token = parsed.tokens.find((t) => t.start === echo.start);
  if (!token || !isContentToken(token)) return false;
  return sentences.some((s) => {
    if (result.judgments.some((j) => j.start < s.end && s.start < j.end)) return false;
    const words = s.tokens.filter((t) => !t.isPunct).map((t) => t.lower);
    const addressed = words.some((w) => SECOND_PERSON.has(w));
    const framed = words.slice(0, 4).some((w, i) => ['that', 'it', 'this', "that's", "it's"].includes(w) && (FRAME_VERBS.has(words[i + 1] ?? '') || w.endsWith("'s")));
    const aboutSelf = words.some((w) => FIRST_PERSON.has(w)) && !addressed;
    return s.isQuestion || addressed || (framed && !aboutSelf);
  });
}

/** A phrasing about what they said, for a listening move that missed it. */
function suggestionFor(vocab: Vocabulary): { suggestion?: string } {
  const feeling = vocab.feelings[0];
  return feeling ? { suggestion: `It sounds like you're feeling ${feeling}. What's that been like for you?` } : {};
}
