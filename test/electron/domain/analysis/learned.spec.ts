import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/domain/analysis';
import { LEARNED_JUDGMENTS } from '../../../../electron/domain/analysis/learned/fuse';
import type { WeightFile } from '../../../../electron/domain/analysis/learned/model';
import { loadSuite } from '../../../fixtures/replies/suite';
import { loadScenarios } from '../../../../electron/storage/scenarios';

const WEIGHTS = new URL('../../../../models/analyzer/weights.json', import.meta.url);
const replies = ['suite.yaml', 'holdout.yaml', 'holdout-2.yaml'].flatMap((f) => loadSuite(f).flatMap((g) => g.replies.map((r) => ({ ...r, partner: g.partner }))));
/** The replies as a speech recognizer writes them: lowercase, no punctuation. */
const spoken = replies.map((r) => ({ ...r, text: r.text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim() }));

describe('learned models', () => {
  it('ship as one weight file under 5 MB with every model the analyzer asks for', () => {
    expect(statSync(WEIGHTS).size).toBeLessThan(5_000_000);
    const file = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as WeightFile;
    expect(file.idf).toHaveLength(file.features.length);
    for (const name of ['reflection', 'complex', 'advice', 'judgment', 'tone', 'hasQuestion', 'openQuestion', 'judgmentKind', 'emotionalReactions', 'interpretations', 'explorations']) {
      const m = file.models[name];
      expect(m, name).toBeDefined();
      expect(m!.w.length % (1 + m!.outputs), name).toBe(0);
      expect(m!.bias, name).toHaveLength(m!.outputs);
    }
  });

  it('point every learned mark at words of the reply, typed or spoken', () => {
    for (const r of [...replies, ...spoken]) {
      const result = analyze(r.text, { partner: r.partner });
      for (const e of result.evidence) {
        expect(e.text).toBe(r.text.slice(e.start, e.end));
        if (e.delta !== 0) expect(e.end, `${r.id} ${e.kind}`).toBeGreaterThan(e.start);
      }
      for (const j of result.judgments.filter((x) => x.rule.startsWith('learned-'))) {
        expect(j.text.trim().length, r.id).toBeGreaterThan(0);
        expect(j.note.length).toBeGreaterThan(10);
        expect(j.suggestion.length).toBeGreaterThan(10);
        if (j.kind !== 'advice') expect(Object.keys(LEARNED_JUDGMENTS)).toContain(j.kind);
      }
    }
  });

  it('give a judging reply a judgment by kind, with the words that drove it', () => {
    const r = analyze('Oh wow, super mature. Real healthy way to handle it.', { partner: "I don't want to talk about it." });
    const learned = r.judgments.find((j) => j.rule.startsWith('learned-'));
    expect(r.judgments.length).toBeGreaterThan(0);
    if (learned) expect('Oh wow, super mature. Real healthy way to handle it.').toContain(learned.text);
    expect(r.scores.judgmentFree).toBeLessThan(80);
  });

  it('read nothing into an empty reply', () => {
    expect(analyze('').empathy).toEqual({ emotionalReactions: 0, interpretations: 0, explorations: 0 });
    expect(analyze('').evidence).toEqual([]);
  });

  it('do not let a warm template about something the partner never said score well', () => {
    // Generic warmth up front, then a topic from nowhere: the opening words take the verdict of what follows.
    const template = "That sounds so hard, and I'm really sorry. It makes total sense you'd feel that way about your vacation plans. What's that been like for you?";
    for (const s of loadScenarios().scenarios) {
      const { text, about } = s.opening.line;
      expect(analyze(template, { partner: text, about }).scores.overall, s.id).toBeLessThan(50);
    }
  });
});
