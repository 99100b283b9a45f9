import { describe, expect, it } from 'vitest';
import { analyzeSuite, checkReply, loadSuite, orderingViolations } from '../../../fixtures/replies/suite';

// suite.yaml plus the held-out sets (written after tuning; their first-run accuracy is in the README),
// and relevance.yaml (issue #11: replies to annotated scenario lines, and the cases it reported).
const groups = [...loadSuite('suite.yaml'), ...loadSuite('holdout.yaml'), ...loadSuite('holdout-2.yaml'), ...loadSuite('relevance.yaml')];
const results = analyzeSuite(groups);

describe('labeled reply suite', () => {
  it('has at least 200 replies in suite.yaml, and all labels together cover every flag, judgment kind and empathy mechanism', () => {
    expect(loadSuite('suite.yaml').flatMap((g) => g.replies).length).toBeGreaterThanOrEqual(200);
    const replies = groups.flatMap((g) => g.replies);
    const labels = replies.flatMap((r) => [...(r.expect.j ?? []), ...(r.expect.flags ?? [])]);
    for (const kind of ['criticism', 'label', 'contempt', 'minimizing', 'moralizing', 'defensiveness', 'advice', 'self-focus', 'accusatory-why', 'leading', 'stacked']) {
      expect(labels, kind).toContain(kind);
    }
    for (const key of ['er', 'in', 'ex'] as const) {
      expect(replies.some((r) => r.expect[key] === 1), `${key} 1`).toBe(true);
      expect(replies.some((r) => r.expect[key] === 2), `${key} 2`).toBe(true);
    }
    const qs = new Set(replies.map((r) => r.expect.q).filter(Boolean));
    for (const q of ['open', 'closed', 'none']) expect(qs).toContain(q);
  });

  it('has at least 40 replies written against annotated scenario lines, relevant and not, simple and complex', () => {
    const scenarioGroups = loadSuite('relevance.yaml').filter((g) => g.about);
    const replies = scenarioGroups.flatMap((g) => g.replies);
    expect(replies.length).toBeGreaterThanOrEqual(40);
    for (const [key, value] of [['on', true], ['on', false], ['cx', true], ['cx', false]] as const) {
      expect(replies.filter((r) => r.expect[key] === value).length, `${key}: ${value}`).toBeGreaterThanOrEqual(5);
    }
  });

  for (const group of groups) {
    describe(group.id, () => {
      for (const reply of group.replies) {
        const result = results.get(reply.id)!;
        const labelMisses = () => checkReply(reply, result).filter((c) => !c.ok);
        it(`${reply.id}: ${reply.text}`, () => {
          for (const span of [...result.questions, ...result.judgments, ...result.evidence]) {
            expect(reply.text.slice(span.start, span.end)).toBe(span.text);
          }
          if (!reply.knownMiss) expect(labelMisses()).toEqual([]);
        });
        // A known miss must keep failing: when a change fixes it, this says so and the mark goes.
        if (reply.knownMiss) it.fails(`${reply.id} is still a known miss: ${reply.knownMiss}`, () => expect(labelMisses()).toEqual([]));
      }
      it('ranks every better-tier reply above every worse-tier one', () => {
        const known = new Set(group.replies.filter((r) => r.knownMiss).map((r) => r.id));
        const letOff = (v: { better: string; worse: string }): boolean => !!group.replies.find((r) => r.id === v.worse)?.rankMiss?.above.includes(v.better);
        expect(orderingViolations(group, results).filter((v) => !known.has(v.better) && !known.has(v.worse) && !letOff(v))).toEqual([]);
      });
      for (const reply of group.replies.filter((r) => r.rankMiss)) {
        // Each pair let off must still be out of order: when a change fixes it, this says so and the mark goes.
        for (const better of reply.rankMiss!.above) {
          it.fails(`${reply.id} still outranks ${better}: ${reply.rankMiss!.why}`, () =>
            expect(orderingViolations(group, results).filter((v) => v.better === better && v.worse === reply.id)).toEqual([]),
          );
        }
      }
    });
  }
});
