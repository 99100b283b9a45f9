import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/domain/analysis';
import { judgmentRules, judgmentWeights } from '../../../../electron/domain/analysis/rules/judgments';
import { cueRules } from '../../../../electron/domain/analysis/rules/cues';
import { closedRewrites } from '../../../../electron/domain/analysis/rules/questions';
import { compile } from '../../../../electron/domain/analysis/rules/compile';

const SOURCES = ['MITI', 'EPITOME', 'Gottman', 'NVC', 'seeds'];

describe('rules as data', () => {
  const all = [...judgmentRules, ...cueRules, ...closedRewrites];

  it('have unique ids, a known source and patterns that compile', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of all) {
      expect(SOURCES, rule.id).toContain(rule.source);
      expect(() => compile(rule.pattern), rule.id).not.toThrow();
    }
  });

  it('give every judgment a one-line note and a speakable suggestion', () => {
    for (const rule of judgmentRules) {
      expect(rule.note.length, rule.id).toBeGreaterThan(10);
      expect(rule.note, rule.id).not.toContain('\n');
      for (const s of rule.suggestions) expect(s, rule.id).toMatch(/^[A-Z][A-Za-z ,'.?]+[.?]$/);
    }
    for (const r of closedRewrites) expect(r.suggestion, r.id).toMatch(/^[A-Z][A-Za-z ,'.?]+[.?]$/);
  });

  it('cover every judgment kind the scores weigh', () => {
    const kinds = new Set<string>(judgmentRules.map((r) => r.kind));
    for (const kind of Object.keys(judgmentWeights)) if (kind !== 'accusatory-why') expect(kinds, kind).toContain(kind);
  });
});

describe('speech-recognition text', () => {
  it('matches through fillers and missing apostrophes', () => {
    expect(analyze('youre um like overreacting').judgments.map((j) => j.kind)).toEqual(['label']);
    expect(analyze('thats so hard').empathy.emotionalReactions).toBe(2);
    expect(analyze('i dont think youre being dramatic').validation).toBe(true);
  });

  it('splits run-on questions without punctuation', () => {
    const r = analyze('that sounds really hard what happened are you okay did he say something');
    expect(r.questions.map((q) => [q.text, q.type])).toEqual([
      ['what happened', 'open'],
      ['are you okay', 'closed'],
      ['did he say something', 'closed'],
    ]);
    expect(r.questions.every((q) => q.flags.includes('stacked'))).toBe(true);
  });

  it('does not split embedded questions', () => {
    expect(analyze('i wonder what that was like for you').questions.map((q) => q.type)).toEqual(['open']);
    expect(analyze('i know what you mean').questions).toEqual([]);
    expect(analyze('can you tell me more about it').questions.map((q) => q.type)).toEqual(['open']);
  });

  it('keeps exact offsets with typographic apostrophes', () => {
    const text = 'I’m so sorry. You’re not overreacting, you’re exhausted.';
    const r = analyze(text);
    for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(r.evidence.some((e) => e.text === 'I’m so sorry')).toBe(true);
    expect(r.judgments).toEqual([]);
  });
});
