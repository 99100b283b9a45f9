/**
 * How the learned models and the rules vote. The rules find the spans (questions, judgments,
 * cues, echoes) and are features of every model; the models then decide what rules cannot:
 * whether the reply reflects, whether each question is open, whether it gives advice or judges,
 * and the three EPITOME levels. A rule's own judgment stands when it is precise (every rule kind
 * but advice); a model's decision that no rule found points at the words that drove it.
 */
import type { Findings } from '../rule-analysis';
import type { EmpathyLevel, Evidence } from '../types';
import { extractFeatures, weighGrams, type Feature } from './features';
import { decideLevel, predict, type Contribution, type LinearModel } from './model';
import type { RuleFindings } from '../rule-analysis';
import { hasAbout, type AnalyzeOptions } from '../options';

/** The compiled models and idf table the analyzer runs with. */
export interface ModelSet {
  models: Record<string, LinearModel>;
  idf: Map<string, number>;
  /**
   * The tone model's probability from which a tone costs points. Default: the tone model's trained
   * threshold, the floor under which 9 in 10 of the project's good replies fall out of fold
   * (scripts/train/pipeline.ts `goodReplyFloor`); the trainer's experiments vary it.
   */
  toneFloor?: number;
}

/** Judgment kinds the learned judgment model can name, with a note and a suggestion each. */
export const LEARNED_JUDGMENTS = {
  condescending: { note: 'This can come across as talking down to them.', suggestion: 'Help me understand how it looks from where you are.' },
  dismissive: { note: 'This can come across as brushing their feeling aside.', suggestion: 'That sounds like it matters to you. Tell me more.' },
  hostile: { note: 'This can come across as an attack.', suggestion: 'I can hear this is hard. What do you need from me right now?' },
  sarcastic: { note: 'Sarcasm reads as mockery, even when meant lightly.', suggestion: 'Say what you mean plainly and kindly: what is going on for you?' },
} as const;

/** A possibly judging tone costs up to this much, graded by the tone model's probability. */
const TONE_COST = 20;
/**
 * Advice the model is not sure enough to flag still leans toward telling them what to do: from
 * p = `floor` up to the advice threshold it costs up to `cost` judgment-free points, graded (like
 * tone), with no flag. Unasked-for advice is what most separates AnnoMI's low- from high-quality
 * transcripts (the mean advice probability alone ranks them at AUC 0.87, the flag at 0.77). The
 * floor keeps warm replies clear: on the project's good replies (in-sample) p ≥ 0.1 would have
 * marked 36 of 195, p ≥ 0.15 marks 9. A lean that would cost under `minimum` is not shown: a
 * mark of a point or two on a reflection teaches nothing (the quality AUC does not move). See
 * models/analyzer/README.md for how these were chosen.
 */
const ADVICE_LEAN = { floor: 0.15, cost: 20, minimum: 5 } as const;
/** Below this advice probability the model overrules a rule's advice. */
const ADVICE_VETO = 0.08;
/**
 * How far under its threshold the open-question model must be to close a question the rules call
 * open: "…you're not overreacting but calm down what happened are you ok" reads 0.59 against a
 * threshold of 0.6, and "what happened" is open whatever surrounds it.
 */
const CLOSE_MARGIN = 0.2;
/** The judgment probability needed over words the rules read as warm. */
const WARM_JUDGMENT = 0.85;
/**
 * The judgment probability needed to flag a reply at all. The cross-validated F1-best threshold
 * on the project's replies (0.225) flags too many plain replies for a trainer, where a false
 * "that sounds condescending" hurts more than a missed one; above it precision comes first.
 */
const FLAG_JUDGMENT = 0.5;
/** Replies shorter than this ("Okay.", "Are you okay?") are the rules' alone: too few words for a model to read a tone or a level into. */
const MIN_WORDS = 4;
/** The probability a learned EPITOME level needs to raise the rules' level. */
const RAISE_CONFIDENCE = 0.5;
/** Empathy points for a reflection the model found: simple, and complex (naming what was not said). */
export const REFLECTION_POINTS = { simple: 15, complex: 25 } as const;

const NOTES = {
  emotionalReactions: 'Warmth and concern for what they are going through.',
  interpretations: 'Shows you understood what they feel or mean.',
  explorations: 'Asks about their own feelings and experience.',
} as const;

/** The strongest positive word features of a decision, or none when no word pulled toward it. */
function pullingWords(contributions: Contribution[]): Contribution[] {
  return contributions.filter((c) => c.amount > 0 && c.feature.end > c.feature.start && !c.feature.name.startsWith('r:')).sort((a, b) => b.amount - a.amount || a.feature.start - b.feature.start);
}

/** The words that pulled a decision the most: the strongest positive word features, as one span. */
export function topSpan(contributions: Contribution[], fallback: { start: number; end: number }): { start: number; end: number } {
  const words = pullingWords(contributions);
  const best = words[0];
  if (!best) return fallback;
  // Join the strongest features that lie close together (within a few words of the best one).
  let { start, end } = best.feature;
  for (const c of words.slice(1, 4)) {
    if (c.feature.start <= end + 12 && c.feature.end >= start - 12) {
      start = Math.min(start, c.feature.start);
      end = Math.max(end, c.feature.end);
    }
  }
  return { start, end };
}

/** Contributions toward a class of a K-way model (its logit minus the mean of the others). */
function toward(contributions: Contribution[][], k: number): Contribution[] {
  if (contributions.length === 1) return contributions[0]!;
  return contributions[k]!.map((c, i) => ({ feature: c.feature, amount: c.amount - contributions.filter((_, j) => j !== k).reduce((s, cs) => s + cs[i]!.amount, 0) / (contributions.length - 1) }));
}

/** The whole reply as a span (trimmed). */
function wholeSpan(text: string): { start: number; end: number } {
  const start = text.length - text.trimStart().length;
  return { start, end: Math.max(start, text.trimEnd().length) };
}

/** Revises the rules' findings with the learned models' decisions. */
export function fuse(text: string, findings: RuleFindings, options: AnalyzeOptions, set: ModelSet): Findings {
  const partner = options.partner;
  // A scenario line's `about` is the product's case: its levels stay guarded (see the rating below).
  const about = hasAbout(options);
  const lookup = (name: string): number | undefined => set.idf.get(name);
  const raw = extractFeatures(findings, partner);
  const features = weighGrams(raw, lookup);
  const m = set.models;
  const whole = wholeSpan(text);
  const out: Findings = { ...findings, judgments: [...findings.judgments], extra: [] };
  // Words as the models read them: fillers left out, and only words they saw in training.
  const words = raw.filter((f) => f.name.startsWith('w:') && f.name !== 'w:?' && set.idf.has(f.name)).length;

  // A question the rules could not see (a transcript has no "?"): the model finds that one is
  // asked; the clause its strongest words are in is the question. Punctuation alone ("?!") asks nothing.
  if (m.hasQuestion && out.questions.length === 0 && words > 0) {
    const pred = predict(m.hasQuestion, features);
    if (pred.probabilities[0]! >= m.hasQuestion.threshold) {
      const focus = topSpan(pred.contributions[0]!, whole);
      const clause = findings.clauses.find((c) => c.start <= focus.start && focus.start < c.end) ?? findings.clauses.at(-1);
      if (clause) {
        const span = clause.end - clause.start > 160 ? focus : { start: clause.start, end: clause.end };
        out.questions = [{ text: text.slice(span.start, span.end), ...span, type: 'closed', flags: [], clause }];
      }
    }
  }

  // Question type: the model reads the whole reply (its label is "has an open question"); the
  // rules' per-question types change only as much as needed to agree with it. A wh-question the
  // rules call open ("what happened") is closed only when the model is clearly against it.
  if (m.openQuestion && out.questions.length) {
    const p = predict(m.openQuestion, features).probabilities[0]!;
    const isOpen = p >= m.openQuestion.threshold;
    const open = out.questions.filter((q) => q.type === 'open');
    if (isOpen && !open.length) {
      // The first question without an accusation or a lead is the one that opens.
      const q = out.questions.find((x) => !x.flags.includes('accusatory-why') && !x.flags.includes('leading')) ?? out.questions[0]!;
      q.type = 'open';
    } else if (p < m.openQuestion.threshold - CLOSE_MARGIN && open.length) {
      for (const q of open) q.type = 'closed';
    }
  }

  // Advice: the model decides; a rule's advice span explains it when there is one.
  if (m.advice) {
    const pred = predict(m.advice, features);
    const isAdvice = pred.probabilities[0]! >= m.advice.threshold;
    const ruleAdvice = out.judgments.filter((j) => j.kind === 'advice');
    // The rules' advice patterns are precise: only a model that is sure it is not advice overrules them.
    if (pred.probabilities[0]! < ADVICE_VETO && ruleAdvice.length) out.judgments = out.judgments.filter((j) => j.kind !== 'advice');
    const span = sentenceAround(findings, topSpan(pred.contributions[0]!, whole));
    // A judgment the rules found in the same words already says what is wrong there ("you should have known").
    const covered = out.judgments.some((j) => j.start < span.end && span.start < j.end);
    if (isAdvice && !ruleAdvice.length && !covered) {
      out.judgments.push({ ...span, text: text.slice(span.start, span.end), kind: 'advice', rule: 'learned-advice', note: 'Advice before they feel heard tells them what to do instead of listening.', suggestion: 'What do you think might help?' });
    }
    // Only in a reply to someone (a partner's or a scenario's line): with no one answered, a comment
    // that leans toward "they should…" tells no listener what to do (UCC's news comments).
    const answering = !!partner?.trim() || about;
    const lean = answering ? adviceLean(pred.probabilities[0]!, m.advice.threshold) : 0;
    if (!out.judgments.some((j) => j.kind === 'advice') && !covered && lean < 0 && words >= MIN_WORDS && pullingWords(pred.contributions[0]!).length) {
      out.extra.push({ dimension: 'judgmentFree', delta: lean, ...span, text: text.slice(span.start, span.end), kind: 'leaning-advice', note: 'This could read as a little like advice: it leans toward telling them what to do.', suggestion: 'What do you think might help?' });
    }
  }

  // Judgment (condescending, dismissive, hostile, sarcastic): rules stand; the model adds what they
  // miss. A judging tone the model is less sure of costs a little, graded by how sure it is.
  const judged = out.judgments.some((j) => j.kind !== 'advice' && j.kind !== 'self-focus');
  if (m.judgment && !judged) {
    const pred = predict(m.judgment, features);
    // Over words the rules read as warm (a reflection, validation), the model must be surer.
    const warm = findings.cues.length > 0 || findings.echoes.length > 0;
    const needed = Math.max(m.judgment.threshold, warm ? WARM_JUDGMENT : FLAG_JUDGMENT);
    const span = sentenceAround(findings, topSpan(pred.contributions[0]!, whole));
    // Words a rule already marked (their own story, advice) are that rule's to explain.
    const covered = out.judgments.some((j) => j.start < span.end && span.start < j.end);
    if (pred.probabilities[0]! >= needed && !covered) {
      const kind = judgmentKind(m, features);
      const { note, suggestion } = LEARNED_JUDGMENTS[kind];
      out.judgments.push({ ...span, text: text.slice(span.start, span.end), kind, rule: `learned-${kind}`, note, suggestion });
    }
  }
  if (m.tone && words >= MIN_WORDS && !out.judgments.some((j) => j.kind !== 'advice' && j.kind !== 'self-focus')) {
    const pred = predict(m.tone, features);
    const p = pred.probabilities[0]!;
    const tone = toneEvidence(text, sentenceAround(findings, topSpan(pred.contributions[0]!, whole)), judgmentKind(m, features), p, set.toneFloor ?? m.tone.threshold);
    if (tone.delta < 0 && pullingWords(pred.contributions[0]!).length) out.extra.push(tone);
  }
  out.judgments.sort((a, b) => a.start - b.start);

  // Reflection.
  if (m.reflection) {
    const pred = predict(m.reflection, features);
    // A blame, label or scorn in the words that make it a reflection ("you're overthinking") is not one.
    const blamed = (span: { start: number; end: number }): boolean => out.judgments.some((j) => j.kind !== 'advice' && j.start < span.end && span.start < j.end);
    // Nor is one said in the same breath as scorn, blame or advice ("whatever, I'm going to bed").
    // (Advice too: "you need to take your medicine" tells, it does not reflect.)
    const sentenceJudged = out.judgments.some((j) => j.kind !== 'self-focus' && sameSentence(findings, j, topSpan(pred.contributions[0]!, whole)));
    const isReflection = pred.probabilities[0]! >= m.reflection.threshold && !blamed(topSpan(pred.contributions[0]!, whole)) && !sentenceJudged;
    out.reflection = isReflection;
    out.reflectionAnchor = isReflection ? (findings.reflectionAnchor ?? topSpan(pred.contributions[0]!, whole)) : undefined;
    // A reflection the rules did not credit (no echo, no reflecting cue) earns its points here.
    const credited = findings.echoes.length > 0 || findings.cues.some((c) => c.rule.reflects);
    if (isReflection && !credited && out.reflectionAnchor) {
      const isComplex = !!m.complex && predict(m.complex, features).probabilities[0]! >= m.complex.threshold;
      out.extra.push({
        dimension: 'empathy',
        delta: isComplex ? REFLECTION_POINTS.complex : REFLECTION_POINTS.simple,
        ...out.reflectionAnchor,
        text: '',
        kind: 'learned-reflection',
        note: isComplex ? 'Reflects what they meant, beyond their words: shows you understood.' : 'Reflects what they said back: shows you heard them.',
      });
    }
  }

  // EPITOME levels.
  if (m.emotionalReactions && m.interpretations && m.explorations) {
    // Advice and one's own story sit beside real empathy in support talk; blame, labels and scorn do not.
    const judging = out.judgments.some((j) => j.kind !== 'advice' && j.kind !== 'self-focus');
    const canExplore = out.questions.some((q) => !q.flags.includes('leading') && !q.flags.includes('accusatory-why'));
    // Questions fired in a row crowd each other: the model may not raise their exploration.
    const isStacked = out.questions.some((q) => q.flags.includes('stacked'));
    const learned = {} as NonNullable<Findings['learnedEmpathy']>;
    for (const mechanism of ['emotionalReactions', 'interpretations', 'explorations'] as const) {
      const pred = predict(m[mechanism]!, features);
      const probs = pred.probabilities;
      const ruleLevel = findings.result.empathy[mechanism];
      const modelLevel = decideLevel(m[mechanism]!, probs) as EmpathyLevel;
      // The guarded level is the higher of the two: the model never drops a precise rule cue ("it seems like asking for help is really hard").
      let level = Math.max(ruleLevel, modelLevel) as EmpathyLevel;
      if (judging && level > ruleLevel) level = ruleLevel;
      // A level above the rules' must rest on words of the reply (not on its length or the priors
      // alone), and the model must be more sure of it than of all the other levels together.
      if (level > ruleLevel && (words < MIN_WORDS || probs[level]! < RAISE_CONFIDENCE || !pullingWords(toward(pred.contributions, level)).length)) level = ruleLevel;
      if (mechanism === 'explorations' && !canExplore) level = 0;
      if (mechanism === 'explorations' && isStacked && level > ruleLevel) level = ruleLevel;
      const explorer = out.questions.find((q) => !q.flags.includes('leading') && !q.flags.includes('accusatory-why'));
      const span = mechanism === 'explorations' && explorer ? explorer : topSpan(toward(pred.contributions, level), whole);
      // Beside advice or their own story, a level the rules did not see stands but earns nothing.
      const credit = level <= ruleLevel || !out.judgments.length;
      // The rating: against a scenario line (`about`), the guarded level that earns the points; against
      // a partner line alone, the model's own reading, measured better (the model card, "Against a
      // partner line alone"). It must rest on words of the reply,
      // enough of them to read a level into ("Are you okay?" is the rules' to rate).
      const rating = about || words < MIN_WORDS || (modelLevel > 0 && !pullingWords(toward(pred.contributions, modelLevel)).length) ? level : modelLevel;
      learned[mechanism] = { level, rating, ruleLevel, start: span.start, end: span.end, note: NOTES[mechanism], credit, ratingSpan: topSpan(toward(pred.contributions, modelLevel), whole) };
    }
    out.learnedEmpathy = learned;
  }
  return out;
}

/** The kind of a learned judgment: whichever kind model is surest. */
function judgmentKind(m: Record<string, LinearModel>, features: Feature[]): keyof typeof LEARNED_JUDGMENTS {
  const kinds = m.judgmentKind ? predict(m.judgmentKind, features).probabilities : [1, 0, 0, 0];
  const names = Object.keys(LEARNED_JUDGMENTS) as Array<keyof typeof LEARNED_JUDGMENTS>;
  return names[kinds.indexOf(Math.max(...kinds))] ?? 'condescending';
}

/** What advice the model leans toward but does not flag costs: 0 below the floor, growing to `ADVICE_LEAN.cost` at the threshold (0 while under `ADVICE_LEAN.minimum`). */
export function adviceLean(p: number, threshold: number): number {
  if (p < ADVICE_LEAN.floor || p >= threshold) return 0;
  const cost = Math.round((ADVICE_LEAN.cost * (p - ADVICE_LEAN.floor)) / (threshold - ADVICE_LEAN.floor));
  return cost < ADVICE_LEAN.minimum ? 0 : -cost;
}

/** A possibly judging tone: a small cost, graded by how sure the model is. */
function toneEvidence(text: string, span: { start: number; end: number }, kind: keyof typeof LEARNED_JUDGMENTS, p: number, floor: number): Evidence {
  const delta = -Math.max(0, Math.round((TONE_COST * (p - floor)) / (1 - floor)));
  const note = p < 0.5 ? `This could read as a little ${kind}.` : `This may come across as ${kind}.`;
  return { dimension: 'judgmentFree', delta, ...span, text: text.slice(span.start, span.end), kind: 'tone', note, suggestion: LEARNED_JUDGMENTS[kind].suggestion };
}

/** True when two spans fall in one sentence of the reply. */
function sameSentence(findings: Findings, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const s = sentenceAround(findings, a);
  return b.start < s.end && s.start < b.end;
}

/** Widens a span to the clause-like stretch around it (to the nearest sentence punctuation). */
function sentenceAround(findings: Findings, span: { start: number; end: number }): { start: number; end: number } {
  const text = findings.parsed.text;
  let start = span.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = span.end;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  if (end < text.length) end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  // Very long stretches (unpunctuated speech) keep the model's own words.
  return end - start > 160 ? span : { start, end };
}

