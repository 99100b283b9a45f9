/** Turns detector findings into scored evidence: every score is its baseline plus its evidence deltas. */
import type { AnalyzedJudgment, EmpathyLevel, EmpathyRatings, Evidence } from './types';
import type { FoundQuestion } from './detect-questions';
import type { Echo, FoundCue } from './detect-empathy';
import type { NegatedJudgment } from './detect-judgments';
import { judgmentWeights } from './rules/judgments';
import { cuePoints } from './rules/cues';
import { SOUNDS } from './lexicon';
import type { Token } from './nlp';

/** What a judgment the learned model found costs on judgmentFree (as a label costs by rule). */
export const LEARNED_JUDGMENT_COST = 35;

/** Where each score starts before its evidence: judgment-free until proven otherwise; questions neutral; empathy earned. */
export const BASELINES = { judgmentFree: 100, openQuestions: 50, empathy: 0 } as const;

/** Points on openQuestions (see README "Reply analyzer"). */
export const QUESTION_POINTS = {
  firstOpen: 35,
  laterOpen: 5,
  closed: 0,
  accusatory: -45,
  leading: -30,
  stacked: -20,
  reflectionWithoutQuestion: 25,
  validationWithoutQuestion: 20,
} as const;

/**
 * A turn longer than `words` takes the floor: each word past it costs `perWord` points of
 * openQuestions (the score for leaving them room to talk, which a reflection without a question
 * also earns), at most `max` (that score's baseline: a long turn with nothing else scores 0; an
 * open question's own points still count). Filler sounds (um, uh) are not counted; a spoken "like"
 * or "you know" still is. Lecturing is a roadblock
 * (Gordon), and MITI counts long information-giving against MI. 30 words is about ten seconds of
 * speech; the project's longest good reply has 26. AnnoMI's low-quality therapists average 23
 * words a turn, high-quality ones 16 (models/analyzer/README.md says how this was chosen).
 */
export const LONG_TURN = { words: 30, perWord: 2, max: 50 } as const;

/** Evidence on openQuestions for a turn past `LONG_TURN.words`, marking the words past the limit. */
export function longTurnEvidence(tokens: readonly Token[], text: string): Evidence[] {
  // A word is a token that is not punctuation or a sound; "do" + "n't" (glued) is one word.
  const starts: Token[] = [];
  let previous: Token | undefined;
  for (const t of tokens) {
    const glued = previous !== undefined && !previous.isPunct && t.start === previous.end;
    if (!t.isPunct && !SOUNDS.has(t.lower) && !glued) starts.push(t);
    previous = t;
  }
  const over = starts.length - LONG_TURN.words;
  if (over <= 0) return [];
  const start = starts[LONG_TURN.words]!.start;
  const end = text.trimEnd().length;
  return [
    {
      dimension: 'openQuestions',
      delta: -Math.min(LONG_TURN.max, LONG_TURN.perWord * over),
      start,
      end,
      text: text.slice(start, end),
      kind: 'long-turn',
      note: `A long turn (${starts.length} words) holds the floor: the fewer words you use, the more room they have to talk.`,
      suggestion: 'Say back the one thing that matters most to them, then stop.',
    },
  ];
}

/** Evidence on judgmentFree: one item per judgment. */
export function judgmentEvidence(judgments: AnalyzedJudgment[]): Evidence[] {
  return judgments.map((j) => ({
    dimension: 'judgmentFree',
    delta: -(judgmentWeights[j.kind as keyof typeof judgmentWeights] ?? LEARNED_JUDGMENT_COST),
    start: j.start,
    end: j.end,
    text: j.text,
    kind: j.kind,
    note: j.note,
    suggestion: j.suggestion,
  }));
}

/** Evidence on openQuestions: one item per question, its delta the sum of its form and flags. */
export function questionEvidence(questions: FoundQuestion[]): Evidence[] {
  let openSeen = false;
  return questions.map((q, i) => {
    const isFirstInStack = q.flags.includes('stacked') && (i === 0 || !questions[i - 1]!.flags.includes('stacked') || questions[i - 1]!.clause.to < q.clause.from);
    let delta = q.type === 'open' ? (openSeen ? QUESTION_POINTS.laterOpen : QUESTION_POINTS.firstOpen) : QUESTION_POINTS.closed;
    if (q.type === 'open') openSeen = true;
    let kind = q.type === 'open' ? 'open-question' : 'closed-question';
    let note = q.type === 'open' ? 'Open question: invites them to say more, in their own words.' : 'Closed question: it can be answered in a word, so it rarely opens them up.';
    if (q.flags.includes('accusatory-why')) {
      delta += QUESTION_POINTS.accusatory - (q.type === 'open' ? delta : 0);
      kind = 'accusatory-why';
      note = 'An accusing "why" asks them to justify themselves, not to open up.';
    } else if (q.flags.includes('leading')) {
      delta += QUESTION_POINTS.leading - (q.type === 'open' ? delta : 0);
      kind = 'leading-question';
      note = 'A leading question pushes toward the answer you want.';
    }
    if (q.flags.includes('stacked') && !isFirstInStack) {
      delta += QUESTION_POINTS.stacked;
      if (kind === 'open-question' || kind === 'closed-question') {
        kind = 'stacked-question';
        note = 'Questions fired in a row leave no room to answer any of them.';
      }
    }
    const item: Evidence = { dimension: 'openQuestions', delta, start: q.start, end: q.end, text: q.text, kind, note };
    if (q.suggestion) item.suggestion = q.suggestion;
    return item;
  });
}

/** Notes for the empathy evidence kinds. */
const MECHANISM_KIND = {
  emotionalReactions: 'emotional-reaction',
  interpretations: 'interpretation',
  validation: 'validation',
} as const;

/** Empathy evidence and EPITOME ratings from cues, explorations, denied judgments and echoes. */
export function empathyEvidence(
  cues: FoundCue[],
  explorations: Array<{ question: FoundQuestion; level: EmpathyLevel }>,
  support: NegatedJudgment[],
  echoes: Echo[],
  learned?: LearnedEmpathy,
): { evidence: Evidence[]; ratings: EmpathyRatings } {
  const evidence: Evidence[] = [];
  const ratings: EmpathyRatings = { emotionalReactions: 0, interpretations: 0, explorations: 0 };
  const credited = new Set<string>();
  // The strongest cue of a mechanism earns its level's points; each further cue adds a little.
  const award = (mechanism: keyof typeof cuePoints & string, level: 1 | 2, extraCount: { n: number }): number => {
    const table = cuePoints[mechanism as 'emotionalReactions'] as { 1: number; 2: number };
    if (!credited.has(mechanism)) {
      credited.add(mechanism);
      return table[level];
    }
    extraCount.n += 1;
    return extraCount.n <= 2 ? cuePoints.extra : 0;
  };
  const strongestFirst = <T extends { level: number }>(xs: T[]): T[] => [...xs].sort((a, b) => b.level - a.level);

  const extras: Record<string, { n: number }> = { emotionalReactions: { n: 0 }, interpretations: { n: 0 }, explorations: { n: 0 }, validation: { n: 0 } };
  const cueItems = strongestFirst(cues.map((c) => ({ ...c, level: c.rule.level })));
  // Denied labels and blame ("you're not overreacting", "it's not your fault") validate.
  const supportItems = support.map((s) => ({ rule: { mechanism: 'validation' as const, level: 2 as const, id: s.rule.id, note: '' }, start: s.start, end: s.end, text: s.text, level: 2 }));
  for (const cue of [...cueItems, ...supportItems]) {
    const mechanism = cue.rule.mechanism;
    if (mechanism !== 'validation') ratings[mechanism] = Math.max(ratings[mechanism], cue.rule.level) as EmpathyLevel;
    const isDenial = supportItems.includes(cue as (typeof supportItems)[number]);
    evidence.push({
      dimension: 'empathy',
      delta: award(mechanism, cue.rule.level, extras[mechanism]!),
      start: cue.start,
      end: cue.end,
      text: cue.text,
      kind: isDenial ? 'denied-judgment' : MECHANISM_KIND[mechanism],
      note: isDenial ? 'Denying the judgment reassures them: their reaction is allowed.' : (cue as FoundCue).rule.note,
    });
  }
  // Several distinct signs of warmth add up to a strong emotional reaction.
  // (A reaction inside an interpretation, "it sounds like it's a lot", is part of that interpretation.)
  const interpretations = cues.filter((c) => c.rule.mechanism === 'interpretations');
  const reactions = cues.filter((c) => c.rule.mechanism === 'emotionalReactions' && !interpretations.some((i) => c.start >= i.start && c.end <= i.end));
  if (ratings.emotionalReactions === 1 && reactions.length >= 2) ratings.emotionalReactions = 2;
  for (const { question, level } of strongestFirst(explorations)) {
    if (level === 0) continue;
    ratings.explorations = Math.max(ratings.explorations, level) as EmpathyLevel;
    evidence.push({
      dimension: 'empathy',
      delta: award('explorations', level as 1 | 2, extras.explorations!),
      start: question.start,
      end: question.end,
      text: question.text,
      kind: 'exploration',
      note: level === 2 ? 'Asks about their own feelings and experience.' : 'Asks about their experience, if generally.',
    });
  }
  echoes.slice(0, 3).forEach((echo, i) => {
    evidence.push({
      dimension: 'empathy',
      delta: i === 0 ? cuePoints.reflection : cuePoints.extra,
      start: echo.token.start,
      end: echo.token.end,
      text: echo.token.value,
      kind: 'echo',
      note: `Reflects their ${echo.isFeeling ? 'feeling' : 'words'} "${echo.token.value}" back: shows you heard them.`,
    });
  });
  if (learned) applyLearnedLevels(evidence, ratings, learned);
  return { evidence: evidence.sort((a, b) => a.start - b.start), ratings };
}

/** EPITOME levels decided by the learned models, each with the words that explain it. */
export type LearnedEmpathy = Record<
  keyof EmpathyRatings,
  {
    /** The level that earns points (guarded: a judging reply, a leading question or a guess the model is unsure of earns no more than the rules'). */
    level: EmpathyLevel;
    /** The level the reply is rated at: the model's own reading (EPITOME's scale), unguarded. */
    rating: EmpathyLevel;
    /** The words that drove the rating (shown, at no points, when the rating is above the scored level). */
    ratingSpan: { start: number; end: number };
    /** The rules' level for this mechanism. */
    ruleLevel: EmpathyLevel;
    start: number;
    end: number;
    note: string;
    /** False: a level above the rules' stands but earns no more than the rules' (it came with advice or their own story). */
    credit?: boolean;
  }
>;

const KIND_OF = { emotionalReactions: 'emotional-reaction', interpretations: 'interpretation', explorations: 'exploration' } as const;

/**
 * The learned levels decide; the rules' spans explain them where the rules agree. A mechanism the
 * model rates 0 loses its rule evidence; one it rates higher than the rules gets the model's words.
 */
function applyLearnedLevels(evidence: Evidence[], ratings: EmpathyRatings, learned: LearnedEmpathy): void {
  for (const mechanism of Object.keys(KIND_OF) as Array<keyof EmpathyRatings>) {
    const { level, rating, ruleLevel, start, end, note, credit = true, ratingSpan } = learned[mechanism];
    const kind = KIND_OF[mechanism];
    ratings[mechanism] = rating;
    // A rating above the scored level still points at the words it rests on, at no points.
    if (rating > level && ratingSpan.end > ratingSpan.start) {
      evidence.push({ dimension: 'empathy', delta: 0, ...ratingSpan, text: '', kind: `learned-${kind}`, note: `${note} Not scored here: it comes with a judgment or a leading question, or the words are too few to be sure.` });
    }
    const items = evidence.filter((e) => e.kind === kind);
    if (level === 0) {
      for (const item of items) evidence.splice(evidence.indexOf(item), 1);
      continue;
    }
    const table = cuePoints[mechanism] as { 1: number; 2: number };
    const primary = [...items].sort((a, b) => b.delta - a.delta)[0];
    // Without credit a rule's cue keeps the points of the rules' own level.
    if (primary) primary.delta = credit ? table[level] : ruleLevel > 0 ? table[ruleLevel as 1 | 2] : 0;
    // A level only the model saw is named `learned-…`, so the relevance pass weighs it like any reflection.
    else evidence.push({ dimension: 'empathy', delta: credit ? table[level] : 0, start, end, text: '', kind: `learned-${kind}`, note: credit ? note : 'This may show understanding, but it comes with your own story or advice: it turns the talk away from them.' });
  }
}
