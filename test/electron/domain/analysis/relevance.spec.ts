import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/domain/analysis';
import { applyRelevance, isGatedKind, OFF_TOPIC_CAP, RELEVANCE_GATED_KINDS } from '../../../../electron/domain/analysis/relevance';
import { parse } from '../../../../electron/domain/analysis/nlp';
import type { AnalysisResult } from '../../../../electron/domain/analysis';

const TOMAS = "I don't have time for this conversation right now.";
const TOMAS_ABOUT = { feelings: ['overwhelmed', 'stressed'], topics: ['work', 'laptop', 'deadline'], unsaid: ['alone', 'scared', 'next'] };
const TEMPLATE = (x: string): string => `It sounds like ${x}. What's that been like for you?`;

describe('relevance: listening earns credit only when it is about what the partner said', () => {
  it('an off-topic "It sounds like…" template scores below 50 and is marked "could be better", with or without `about`', () => {
    for (const about of [undefined, TOMAS_ABOUT]) {
      const r = analyze(TEMPLATE('the weather has been really something lately'), { partner: TOMAS, about });
      expect(r.scores.overall).toBeLessThan(50);
      expect(r.scores.overall).toBeLessThanOrEqual(OFF_TOPIC_CAP);
      expect(r.relevance?.onTopic).toBe(false);
      const off = r.evidence.filter((e) => e.note.startsWith("That isn't what they said"));
      expect(off.map((e) => e.kind)).toEqual(expect.arrayContaining(['interpretation', 'exploration']));
      expect(off.every((e) => e.delta === 0)).toBe(true);
    }
  });

  it('against a scenario line (`about`) an off-topic reply loses its labels; against a partner line alone they stay the models\' reading of its form', () => {
    const withAbout = analyze(TEMPLATE('the weather has been really something lately'), { partner: TOMAS, about: TOMAS_ABOUT });
    expect(withAbout.reflection).toBe(false);
    expect(withAbout.empathy.interpretations).toBe(0);
    expect(withAbout.empathy.explorations).toBe(0);
    // A reflection of what the client said turns ago, after a bare "Yeah.": still a reflection.
    expect(analyze("So you're trying to cut back on the drinking.", { partner: 'Yeah.' }).reflection).toBe(true);
  });

  it('the same template with their feeling scores above 70', () => {
    const r = analyze(TEMPLATE("you're feeling overwhelmed"), { partner: TOMAS, about: TOMAS_ABOUT });
    expect(r.scores.overall).toBeGreaterThan(70);
    expect(r.relevance).toMatchObject({ onTopic: true, touched: ['overwhelmed'] });
  });

  it('a feeling from no family of theirs is off when `about` names their feelings', () => {
    expect(analyze(TEMPLATE("you're feeling happy"), { partner: TOMAS, about: TOMAS_ABOUT }).scores.overall).toBeLessThan(50);
    // A near form or a synonym of their feeling is about them.
    expect(analyze(TEMPLATE("you're exhausted"), { partner: TOMAS, about: TOMAS_ABOUT }).scores.overall).toBeGreaterThan(70);
  });

  it('never credits a pronoun or an auxiliary as an echo, nor a word repeated inside a dismissal', () => {
    const partner = "I'm fine. I'm going to bed.";
    const dismissal = analyze('Whatever, I\'m going to bed.', { partner });
    expect(dismissal.evidence.filter((e) => e.kind === 'echo')).toEqual([]);
    expect(dismissal.reflection).toBe(false);
    expect(dismissal.scores.empathy).toBe(0);
    const pronoun = analyze("I'm here.", { partner: "I'm tired." });
    expect(pronoun.evidence.filter((e) => e.kind === 'echo')).toEqual([]);
  });

  it('credits their words said back in a reflective frame as a simple reflection', () => {
    const r = analyze('That must have been a long three hours.', { partner: 'I waited three hours and nobody came.' });
    expect(r.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['echo', 'simple-reflection']));
    expect(r.reflection).toBe(true);
    expect(r.scores.overall).toBeGreaterThanOrEqual(70);
    // The same word in a sentence about oneself is not a reflection.
    expect(analyze('I waited hours for the bus once.', { partner: 'I waited three hours and nobody came.' }).reflection).toBe(false);
  });

  it('naming what they have not said earns more than repeating their words', () => {
    const simple = analyze("You feel overwhelmed.", { partner: TOMAS, about: TOMAS_ABOUT });
    const complex = analyze("You feel overwhelmed, and alone with it.", { partner: TOMAS, about: TOMAS_ABOUT });
    expect(complex.relevance?.unsaid).toBe(true);
    expect(complex.evidence.some((e) => e.kind === 'complex-reflection' && e.delta > 0)).toBe(true);
    expect(complex.scores.empathy).toBeGreaterThan(simple.scores.empathy);
    expect(complex.scores.overall).toBeGreaterThan(simple.scores.overall);
  });

  it('leaves a reply alone when there is no partner line or `about` to judge it against', () => {
    const text = TEMPLATE('the weather has been really something lately');
    const r = analyze(text);
    expect(r.scores.overall).toBeGreaterThan(70);
    expect(r.relevance).toMatchObject({ onTopic: true, touched: [], unsaid: false });
  });

  it('gates evidence by kind, so kinds added later (learned models) are gated too', () => {
    expect(RELEVANCE_GATED_KINDS).toEqual(expect.arrayContaining(['echo', 'interpretation', 'exploration', 'reflection']));
    expect(isGatedKind('learned-reflection')).toBe(true);
    expect(isGatedKind('label')).toBe(false);
    const text = 'The weather has been really something lately.';
    const base: AnalysisResult = {
      scores: { judgmentFree: 100, openQuestions: 50, empathy: 40, overall: 67 },
      questions: [],
      judgments: [],
      empathy: { emotionalReactions: 0, interpretations: 2, explorations: 0 },
      reflection: true,
      validation: false,
      advice: false,
      evidence: [{ dimension: 'empathy', delta: 40, start: 0, end: text.length - 1, text: text.slice(0, -1), kind: 'learned-reflection', note: 'model' }],
    };
    const r = applyRelevance(base, parse(text), { partner: TOMAS, about: TOMAS_ABOUT });
    expect(r.evidence[0]).toMatchObject({ kind: 'learned-reflection', delta: 0 });
    expect(r.scores.overall).toBeLessThan(50);
  });
});
