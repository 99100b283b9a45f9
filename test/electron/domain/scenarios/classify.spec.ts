import { describe, expect, it } from 'vitest';
import { familyOf, replyKinds } from '../../../../electron/domain/scenarios';
import { analysis } from './analysis-builders';

describe('familyOf', () => {
  it.each([
    ['blame', 'judgment'],
    ['label', 'judgment'],
    ['contempt', 'judgment'],
    ['minimizing', 'dismissal'],
    ['dismissal', 'dismissal'],
    ['advice', 'fixing'],
    ['fixing', 'fixing'],
    ['self-focus', 'selfFocus'],
    ['stacked-questions', 'closedQuestion'],
    ['something-new', 'judgment'],
  ])('%s → %s', (kind, family) => expect(familyOf(kind)).toBe(family));
});

describe('replyKinds', () => {
  it('puts hurtful kinds first, worst first', () => {
    expect(replyKinds(analysis({ judgments: ['advice', 'blame'], reflection: true, open: 1 }))).toEqual(['judgment', 'fixing', 'reflection', 'openQuestion']);
  });
  it('reads empathy mechanisms as helpful kinds', () => {
    expect(replyKinds(analysis({ interpretations: 1 }))).toEqual(['reflection']);
    expect(replyKinds(analysis({ emotional: 2 }))).toEqual(['validation']);
    expect(replyKinds(analysis({ explorations: 1 }))).toEqual(['openQuestion']);
  });
  it('reads a weakly exploring yes/no question ("are you okay?") as closed, a strong exploration as open', () => {
    expect(replyKinds(analysis({ closed: 1, explorations: 1 }))).toEqual(['closedQuestion']);
    expect(replyKinds(analysis({ closed: 1, explorations: 2 }))).toEqual(['openQuestion', 'closedQuestion']);
  });
  it('counts the full result\'s validation flag as validation', () => {
    expect(replyKinds({ ...analysis(), validation: true })).toEqual(['validation']);
  });
  it('does not count an open question that carries a judgment (an accusing "why") as opening a door', () => {
    const a = analysis({ judgments: ['accusatory-why'], open: 1 });
    a.judgments[0] = { ...a.judgments[0]!, start: 0, end: 10 };
    expect(replyKinds(a)).toEqual(['judgment']);
  });
  it('says neutral when nothing stands out', () => {
    expect(replyKinds(analysis())).toEqual(['neutral']);
  });
});
