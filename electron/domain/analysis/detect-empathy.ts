/**
 * Empathy along EPITOME's three mechanisms: emotional reactions and interpretations from the cue
 * rules, explorations from the questions; plus validation and reflection (echoing the partner).
 */
import type { Clause } from './clauses';
import type { Parsed, Token } from './nlp';
import { parse } from './nlp';
import type { AnalyzedJudgment } from './types';
import type { FoundQuestion } from './detect-questions';
import type { CueRule } from './rules/types';
import { cueRules } from './rules/cues';
import { compile, findAll } from './rules/compile';
import { experienceWords } from './rules/questions';
import { clauseAt, dropContained, isInside, isNegatedAt } from './context';
import { FEELINGS, STOP } from './lexicon';

/** One empathy cue found in the reply. */
export interface FoundCue {
  rule: CueRule;
  start: number;
  end: number;
  text: string;
}

/** A reply word that repeats one of the partner's feelings or topics. */
export interface Echo {
  token: Token;
  isFeeling: boolean;
}

const EXPERIENCE = new RegExp(compile(experienceWords).source, 'i');
const WELLBEING = /\b(?:ok|okay|alright|all right|doing|holding up|hanging in)\b/i;

/** Finds emotional-reaction, interpretation and validation cues outside judgments and negations. */
export function detectCues(parsed: Parsed, clauses: Clause[], judgments: AnalyzedJudgment[]): FoundCue[] {
  const found: FoundCue[] = [];
  for (const rule of cueRules as readonly CueRule[]) {
    for (const { start, end } of findAll(rule.pattern, parsed.text)) {
      if (isInside(judgments, start, end)) continue;
      if (isNegatedAt(parsed.tokens, clauses, start, 3)) continue;
      // A reflection reads as a whole: highlight it to the end of its clause.
      const clause = rule.reflects ? clauseAt(clauses, start) : undefined;
      const stop = clause && clause.end > end ? clauseEnd(parsed, clause) : end;
      found.push({ rule, start, end: stop, text: parsed.text.slice(start, stop) });
    }
  }
  // Overlapping cues of one mechanism are one cue: keep the strongest, then the longest.
  const byMechanism = new Map<string, FoundCue[]>();
  for (const cue of found) byMechanism.set(cue.rule.mechanism, [...(byMechanism.get(cue.rule.mechanism) ?? []), cue]);
  const kept: FoundCue[] = [];
  for (const cues of byMechanism.values()) {
    // Strongest first; among equals, a cue that reflects wins (it says more about listening).
    const strongFirst = [...cues].sort((a, b) => b.rule.level - a.rule.level || Number(!!b.rule.reflects) - Number(!!a.rule.reflects));
    const strong = dropContained(strongFirst.filter((c) => c.rule.level === 2));
    const weak = dropContained(strongFirst.filter((c) => c.rule.level === 1)).filter(
      (w) => !strong.some((s) => w.start < s.end && s.start < w.end),
    );
    kept.push(...strong, ...weak);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The end of a clause's last word (trailing punctuation left out). */
function clauseEnd(parsed: Parsed, clause: Clause): number {
  for (let i = clause.to - 1; i >= clause.from; i--) if (!parsed.tokens[i]!.isPunct) return parsed.tokens[i]!.end;
  return clause.end;
}

/** EPITOME exploration strength of one question: 0 none, 1 generic, 2 specific to their experience. */
export function explorationLevel(q: FoundQuestion, echoes: Echo[]): 0 | 1 | 2 {
  if (q.flags.includes('accusatory-why') || q.flags.includes('leading')) return 0;
  const isSpecific = EXPERIENCE.test(q.text) || echoes.some((e) => e.token.start >= q.start && e.token.end <= q.end);
  if (q.type === 'open') return isSpecific ? 2 : 1;
  // A closed question explores only when it asks about them (feelings, how they are), not a fact ("is it your manager?").
  return EXPERIENCE.test(q.text) || WELLBEING.test(q.text) ? 1 : 0;
}

/** A partner line's vocabulary: its feelings and content words, by lemma and surface form. */
export interface PartnerVocabulary {
  feelings: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

let lastPartner: { line: string; vocabulary: PartnerVocabulary } | undefined;

/**
 * The partner line's feelings and content words. The last line's vocabulary is kept: one reply
 * asks for it three times (echoes, own-story, the learned features) and a session answers one
 * line many times, so the line is parsed once instead of three times per reply.
 */
export function partnerVocabulary(partner: string): PartnerVocabulary {
  if (lastPartner?.line === partner) return lastPartner.vocabulary;
  const feelings = new Set<string>();
  const topics = new Set<string>();
  for (const t of parse(partner).tokens) {
    if (t.isPunct) continue;
    if (FEELINGS.has(t.lower) || FEELINGS.has(t.lemma)) {
      feelings.add(t.lower);
      feelings.add(t.lemma);
    } else if (!STOP.has(t.lower) && t.lower.length >= 3 && ['NOUN', 'VERB', 'ADJ', 'PROPN', 'ADV'].includes(t.pos)) {
      topics.add(t.lower);
      topics.add(t.lemma);
    }
  }
  lastPartner = { line: partner, vocabulary: { feelings, topics } };
  return lastPartner.vocabulary;
}

/** Reply words that echo the partner's feelings or topics, outside judgments and flagged questions. */
export function findEchoes(parsed: Parsed, partner: string | undefined, blocked: ReadonlyArray<{ start: number; end: number }>): Echo[] {
  if (!partner || !partner.trim()) return [];
  const { feelings, topics } = partnerVocabulary(partner);
  const echoes: Echo[] = [];
  const seen = new Set<string>();
  for (const t of parsed.tokens) {
    if (t.isPunct || STOP.has(t.lower) || isInside(blocked, t.start, t.end)) continue;
    const isFeeling = feelings.has(t.lower) || feelings.has(t.lemma);
    const isTopic = topics.has(t.lower) || topics.has(t.lemma);
    if (!isFeeling && !isTopic) continue;
    if (seen.has(t.lemma)) continue;
    seen.add(t.lemma);
    echoes.push({ token: t, isFeeling });
  }
  return echoes;
}
