import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeWith } from '../../../../electron/domain/analysis';
import { modelSetFrom } from '../../../../electron/domain/analysis/learned';
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

  // New warm replies, written for this check and never trained on: the tone model (learned from
  // online comments) once marked 25 of these 30 as possibly condescending (the tone floor: pipeline.ts goodReplyFloor).
  const WARM: Array<[string, string]> = [
    ["I don't know. I'm just tired all the time.", "That sounds exhausting. What's been wearing you down the most?"],
    ["I don't know. I'm just tired all the time.", "I'm sorry it's been like that. I'd like to hear more, whenever you want."],
    ["It's nothing. Forget it.", "Okay. I'm here if it turns out to be something after all."],
    ["It's nothing. Forget it.", "It seems like something is bothering you, and I don't want to push. What would help right now?"],
    ["My mom called again.", "How did that go for you?"],
    ["My mom called again.", "Those calls seem to stay with you for a while afterwards."],
    ["I didn't get the job.", "Oh no, I'm really sorry. You were hoping so much for this one."],
    ["I didn't get the job.", "That's a real disappointment. How are you feeling about it?"],
    ["I just feel like nobody really gets me.", "That sounds lonely. I want to understand. What do people miss about you?"],
    ["I just feel like nobody really gets me.", "It makes sense you'd pull back if you feel unseen."],
    ["Whatever. You wouldn't care anyway.", "I do care, and I can tell it's hard to believe that right now. What makes it feel that way?"],
    ["Whatever. You wouldn't care anyway.", "You sound really hurt. I'd like to know what happened."],
    ["I messed up again at work today.", "That sounds like a rough day. What happened?"],
    ["I messed up again at work today.", "You seem really hard on yourself about it. Do you want to talk it through?"],
    ["I can't sleep. My head won't stop.", "That sounds draining. What keeps going round in your head at night?"],
    ["I can't sleep. My head won't stop.", "I'm sorry, that must be so tiring. I'm here if you want to tell me about it."],
    ["I guess I'm just not good enough.", "It hurts to hear you say that about yourself. What's making you feel that way?"],
    ["I guess I'm just not good enough.", "That's a heavy thing to carry. When did it start feeling like that?"],
    ["We had a fight and now she won't talk to me.", "That silence sounds painful. How are you holding up?"],
    ["We had a fight and now she won't talk to me.", "It must be hard not knowing where things stand with her."],
    ["I don't want to talk about it.", "That's okay. I'll be around when you do."],
    ["I don't want to talk about it.", "Alright. Thank you for telling me that much."],
    ["Everyone expects so much from me.", "It sounds like you're carrying a lot of other people's hopes. What would you want for yourself?"],
    ["Everyone expects so much from me.", "That pressure sounds heavy. I'd love to hear what it's like."],
    ["I feel stupid for even bringing it up.", "I'm glad you brought it up. It matters to me."],
    ["I feel stupid for even bringing it up.", "It doesn't sound stupid to me at all. What made it hard to say?"],
    ["I miss how things used to be.", "What do you miss the most?"],
    ["I miss how things used to be.", "You sound a bit sad thinking about it. Tell me about those times."],
    ["I keep thinking about my dad.", "He's been on your mind a lot lately. What comes up when you think of him?"],
    ["I keep thinking about my dad.", "That sounds like it brings up a lot. I'm listening."],
  ];

  it('mark no tone and no judgment on warm replies to a partner, typed or spoken', () => {
    const marked = WARM.flatMap(([partner, text]) =>
      [text, text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').trim()].flatMap((reply) => {
        const result = analyze(reply, { partner });
        const hurt = result.evidence.filter((e) => e.dimension === 'judgmentFree' && e.delta < 0);
        return hurt.length || result.judgments.length ? [`${reply}: ${[...hurt.map((e) => e.note), ...result.judgments.map((j) => j.kind)].join('; ')}`] : [];
      }),
    );
    // None of the 60 readings carries a mark with the learned tone floor (from p = 0.1 about 50 did,
    // from 0.3 seven); two light marks are allowed for a retrain's drift, no judgment or firm mark.
    expect(marked.length, marked.join('\n')).toBeLessThanOrEqual(2);
    expect(marked.filter((m) => !m.includes('could read as a little')), marked.join('\n')).toEqual([]);
  });

  it('find no question in punctuation alone, even when the question model is sure of one', () => {
    // A hasQuestion model that always fires: only the "a question needs a word" guard stands between it and "?!".
    const file = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as WeightFile;
    const sure = modelSetFrom({ ...file, models: { ...file.models, hasQuestion: { ...file.models.hasQuestion!, bias: [20] } } });
    expect(analyzeWith(sure, '?!').questions).toEqual([]);
    expect(analyzeWith(sure, '...').questions).toEqual([]);
    expect(analyzeWith(sure, 'i hear you').questions.length).toBe(1);
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
