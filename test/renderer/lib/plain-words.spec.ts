import { describe, expect, it } from 'vitest';
import { analyze } from '../../../electron/domain/analysis';
import { hasPlainWords, plainEffect, plainKind } from '../../../renderer/src/lib/plain-words';

/** Replies that between them set off every kind of finding the analyzer has today (rules and learned models). */
const REPLIES = [
  "You're overreacting, just get over it.",
  'You should just quit, honestly you are being dramatic.',
  'Why would you even let it get to you? Just relax.',
  'That sounds hard. Have you tried talking to your boss?',
  'It sounds like you feel unseen at work. What has that been like?',
  'Oh great, another excuse. Typical.',
  'I know exactly how you feel, the same thing happened to me last year.',
  'It makes sense that you are upset. Tell me more.',
  'Did you eat today? Are you sleeping? Is it work?',
  "Don't you think you should apologise to her?",
  'At least it was not worse.',
  'I was only trying to help, you always blame me.',
  'So you feel like nobody noticed how hard you worked.',
  'What a stupid thing to worry about.',
  'You seem really tired and sad. What happened?',
];

describe('plain words', () => {
  it('has everyday words for every kind of finding the analyzer reports, so no rule id reaches the screen', () => {
    const kinds = new Set<string>();
    for (const reply of REPLIES) {
      const result = analyze(reply);
      for (const e of result.evidence) kinds.add(e.kind);
      for (const j of result.judgments) kinds.add(j.kind);
    }
    // Not a vacuous pass: the replies set off many kinds (21 today, research names like "interpretation" among them).
    expect(kinds.size).toBeGreaterThan(10);
    for (const kind of kinds) {
      expect(hasPlainWords(kind), kind).toBe(true);
      expect(plainKind(kind), kind).not.toMatch(/interpretation|exploration|emotional reaction|learned/);
    }
    expect(plainKind('exploration')).toBe('asking to hear more');
    expect(plainKind('learned-emotional-reaction')).toBe('naming what they might feel');
  });

  it('says which score moved without point arithmetic', () => {
    expect(plainEffect('empathy', 15)).toBe('raised empathy');
    expect(plainEffect('judgmentFree', -20)).toBe('lowered judgment-free');
  });
});
