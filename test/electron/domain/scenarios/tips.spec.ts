import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/domain/analysis';
import { analyzeOptions, exampleOf, respond, startConversation } from '../../../../electron/domain/scenarios';
import type { ReplyKind, Scenario } from '../../../../electron/domain/scenarios';
import { isHurtful } from '../../../../electron/domain/scenarios/classify';
import { loadScenarios } from '../../../../electron/storage/scenarios';

const { scenarios } = loadScenarios();

/** A reply of each kind a tip can answer, to reach the moment the tip is shown. */
const REPLY_OF: Partial<Record<ReplyKind, string>> = {
  judgment: "You're being dramatic.",
  dismissal: "It's not a big deal.",
  fixing: 'You should just talk to someone about it.',
  selfFocus: 'That happened to me too, my day was awful as well.',
  closedQuestion: 'Is everything okay?',
  neutral: 'Okay.',
  offTopic: "It sounds like the weather has been really something lately. What's that been like for you?",
};

/** The reaction that shows tip `index` of those for `kind`, replying from the opening. */
function showTip(s: Scenario, kind: ReplyKind, index: number) {
  const state = { ...startConversation(s), used: { [`tip:${kind}`]: index } };
  return respond(s, state, analyze(REPLY_OF[kind]!, analyzeOptions(state)));
}

describe.each(scenarios.map((s) => [s.id, s] as const))('%s: tips practise what they preach', (_id, s) => {
  it('every tip ends with an example phrasing in double quotes', () => {
    for (const tip of s.tips) expect(exampleOf(tip.text), tip.text).toBeTruthy();
  });

  it('every tip\'s example, said where the tip is shown, scores at least 70 and moves the partner up or holds them', () => {
    const failures: string[] = [];
    for (const tip of s.tips) {
      for (const kind of tip.for) {
        const index = s.tips.filter((t) => t.for.includes(kind)).indexOf(tip);
        const shown = showTip(s, kind, index);
        expect(shown.kind, `${kind} reply reads as ${kind}`).toBe(kind);
        expect(shown.tip?.text, `the tip shown after a ${kind} reply`).toBe(tip.text);
        if (shown.ending) continue;
        const example = exampleOf(tip.text)!;
        const analysis = analyze(example, analyzeOptions(shown.state));
        const next = respond(s, shown.state, analysis);
        const ok = analysis.scores.overall >= 70 && next.opennessDelta >= 0 && !isHurtful(next.kind) && next.kind !== 'offTopic';
        if (!ok) failures.push(`${kind} → "${example}" to "${shown.state.line}": overall ${analysis.scores.overall}, ${next.kind}, openness ${next.opennessDelta}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('a tip is not shown for what the user just did', () => {
    for (const tip of s.tips.filter((t) => t.for.includes('judgment'))) {
      const index = s.tips.filter((t) => t.for.includes('judgment')).indexOf(tip);
      const state = { ...startConversation(s), used: { 'tip:judgment': index } };
      // A judgment with the tip's own example in the same breath: the tip would only repeat it.
      const r = respond(s, state, analyze(`You're being dramatic. ${exampleOf(tip.text)}`, analyzeOptions(state)));
      expect(r.kind).toBe('judgment');
      expect(r.tip?.text).not.toBe(tip.text);
    }
  });
});
