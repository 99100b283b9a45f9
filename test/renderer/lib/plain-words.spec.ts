import { describe, expect, it } from 'vitest';
import { analyze } from '../../../electron/domain/analysis';
import { hasPlainWords, noteWithoutKind, plainEffect, plainKind } from '../../../renderer/src/lib/plain-words';

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
  // A long turn: 41 words.
  'Well the thing about sleep is that your body needs a routine, so you go to bed at the same time every night, no screens for an hour before, no coffee after lunch, and if you wake up you get up and read.',
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

  it("drops a note's leading name of its own kind, which the screen already shows as the label", () => {
    expect(noteWithoutKind('Open question: invites them to say more, in their own words.', 'open-question')).toBe('Invites them to say more, in their own words.');
    // The kind's id spelled out counts too: "closed question" is the research name of what the label calls a yes-or-no question.
    expect(noteWithoutKind('Closed question: it can be answered in a word, so it rarely opens them up.', 'closed-question')).toBe(
      'It can be answered in a word, so it rarely opens them up.',
    );
    // A lead-in that is not the kind's name is part of the sentence and stays.
    expect(noteWithoutKind('No question needed: a reflection can do the asking.', 'reflection')).toBe('No question needed: a reflection can do the asking.');
    expect(noteWithoutKind('Warmth.', 'open-question')).toBe('Warmth.');
  });

  it("leaves no note of the analyzer's starting with its own kind's name", () => {
    let changed = 0;
    for (const reply of REPLIES) {
      for (const e of analyze(reply).evidence) {
        const shown = noteWithoutKind(e.note, e.kind);
        if (shown !== e.note) changed++;
        const names = [plainKind(e.kind), e.kind.replace(/^learned-/, '').replace(/-/g, ' ')];
        for (const name of names) expect(shown.toLowerCase().startsWith(`${name.toLowerCase()}:`), `${e.kind}: ${shown}`).toBe(false);
      }
    }
    // Not vacuous: the replies hold open and closed questions, whose notes start with their names.
    expect(changed).toBeGreaterThan(0);
  });

  it("names a kind that is also an Object property (from a damaged or hostile session file) as plain text, never a function", () => {
    expect(plainKind('toString')).toBe('to string');
    expect(plainKind('constructor')).toBe('constructor');
    expect(plainKind('learned-hasOwnProperty')).toBe('learned has own property');
  });
});
