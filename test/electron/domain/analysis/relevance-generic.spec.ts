import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/domain/analysis';
import { GENERIC_CAP, GENERIC_NOTE } from '../../../../electron/domain/analysis/relevance';
import { analyzeOptions, startConversation } from '../../../../electron/domain/scenarios';
import { loadScenarios } from '../../../../electron/storage/scenarios';

/** Listening templates that fit any line: they name nothing the partner said. */
const TEMPLATES = [
  'I hear you. That sounds really hard. Tell me more about how you feel.',
  "That sounds so hard. I'm here for you. What's going on?",
  "I'm sorry, that sounds tough. What's been happening?",
  'I understand how you feel. Tell me more.',
  'i hear you that sounds really hard tell me more about how you feel',
];

/**
 * For each built-in scenario's opening line: a specific reflection against the scenario line (its
 * `about` names the feelings and topics), and one against the partner's words alone (no `about`:
 * the CLI's case), which can only name their words or a feeling.
 */
const SPECIFIC: Record<string, { withAbout: string; partnerOnly: string }> = {
  'conflict-its-nothing': { withAbout: "It sounds like the argument hurt more than you've said.", partnerOnly: "You'd rather forget it, and it still seems to hurt." },
  'anxiety-cancelled-plans': { withAbout: "It sounds like tonight feels like too much, and you're anxious about going out.", partnerOnly: "You're not up for tonight, and you seem anxious about it." },
  'betrayal-lunch': { withAbout: 'It seems like the lunch with Robin really unsettled you.', partnerOnly: "You'd rather read than talk, and you seem hurt." },
  'childhood-hurt-bookshelf': { withAbout: "It looks like doing the shelf yourself matters a lot to you, and you're frustrated.", partnerOnly: "You seem frustrated, like needing anyone's help is the last thing you want." },
  'fear-of-rejection-late': { withAbout: 'It sounds like waiting tonight really hurt, and you were worried about me.', partnerOnly: 'It sounds like you felt you were owed nothing, and that hurt.' },
  'grief-birthday': { withAbout: 'It sounds like today is really heavy without your dad.', partnerOnly: "You don't feel like talking tonight, and you seem sad." },
  'low-self-esteem-promotion': { withAbout: "It sounds like you're really disappointed about the promotion.", partnerOnly: "You're telling me they picked the better person, and you sound disappointed." },
  'work-stress-late-nights': { withAbout: "It sounds like you're overwhelmed, and the work just keeps coming.", partnerOnly: "There's no time for this right now, and you sound stressed." },
};

const { scenarios } = loadScenarios();

describe('relevance: a listening template that fits any line scores below a reply that names what they said', () => {
  it('covers every built-in scenario', () => {
    expect(scenarios.map((s) => s.id).sort()).toEqual(Object.keys(SPECIFIC).sort());
  });

  describe.each(scenarios.map((s) => [s.id, s] as const))('%s opening line', (id, s) => {
    const withAbout = analyzeOptions(startConversation(s));
    const partnerOnly = { partner: s.opening.line.text };

    it.each([
      ['with `about`', withAbout, SPECIFIC[id]!.withAbout],
      ['against the partner line alone', partnerOnly, SPECIFIC[id]!.partnerOnly],
    ] as const)('%s: every template scores at most GENERIC_CAP and below the specific reflection', (_how, options, specific) => {
      const named = analyze(specific, options);
      expect(named.scores.overall, specific).toBeGreaterThanOrEqual(70);
      expect(named.evidence.some((e) => e.note === GENERIC_NOTE), specific).toBe(false);
      for (const template of TEMPLATES) {
        const r = analyze(template, options);
        expect(r.scores.overall, template).toBeLessThanOrEqual(GENERIC_CAP);
        expect(r.scores.overall, template).toBeLessThan(named.scores.overall);
        // The listening moves stay, at half their points, with a note saying why.
        const halved = r.evidence.filter((e) => e.note === GENERIC_NOTE);
        expect(halved.length, template).toBeGreaterThan(0);
        expect(halved.every((e) => e.delta > 0)).toBe(true);
      }
    });

    it('a template followed by one sentence naming their feeling is no longer capped', () => {
      const feeling = s.opening.line.about!.feelings[0]!;
      const r = analyze(`${TEMPLATES[0]} You seem ${feeling}.`, withAbout);
      expect(r.evidence.some((e) => e.note === GENERIC_NOTE)).toBe(false);
      expect(r.scores.overall).toBeGreaterThan(GENERIC_CAP);
    });
  });

  describe('a warm template about something they never said scores low against a scenario line', () => {
    const line = (id: string) => analyzeOptions(startConversation(scenarios.find((x) => x.id === id)!));
    const JOB = "It sounds like you're really stressed about your job. I'm here for you. What's that been like?";
    const HURT = "It sounds like you feel hurt and unseen. What's that been like for you?";

    it('a topic of someone else\'s is off the mark, whatever feeling of theirs it repeats', () => {
      for (const id of ['grief-birthday', 'anxiety-cancelled-plans', 'betrayal-lunch', 'childhood-hurt-bookshelf']) {
        const r = analyze(JOB, line(id));
        expect(r.scores.overall, id).toBeLessThanOrEqual(40);
        expect(r.relevance?.onTopic, id).toBe(false);
      }
      // Where work is theirs (what Tomás leaves unsaid, a promotion), the same words read them.
      for (const id of ['work-stress-late-nights', 'low-self-esteem-promotion']) expect(analyze(JOB, line(id)).scores.overall, id).toBeGreaterThanOrEqual(85);
    });

    it('a hurting feeling guessed from outside what the line says they feel earns no more than a template', () => {
      for (const id of ['anxiety-cancelled-plans', 'work-stress-late-nights']) expect(analyze(HURT, line(id)).scores.overall, id).toBeLessThanOrEqual(GENERIC_CAP);
      // Where hurt is their feeling, it reflects them.
      expect(analyze(HURT, line('conflict-its-nothing')).scores.overall).toBeGreaterThanOrEqual(85);
    });
  });

  it('a reply that names nothing and listens to nothing is not touched: "Okay." keeps its score and gets no note', () => {
    const r = analyze('Okay.', { partner: "It's nothing. Honestly. Forget it." });
    expect(r.evidence.some((e) => e.note === GENERIC_NOTE)).toBe(false);
    expect(r.scores.overall).toBe(analyze('Okay.').scores.overall);
  });

  it("a partner's own word said back, or a phrase of the line's `about`, makes a reply specific", () => {
    // "gotten" is "gets" said back: a transcript of "what feeling gotten would look like".
    const echo = analyze("uh i'd love to hear more about what feeling gotten would look like for you", { partner: 'i just feel like nobody really gets me' });
    expect(echo.evidence.some((e) => e.note === GENERIC_NOTE)).toBe(false);
    const phrase = analyze("It sounds like you're feeling off. What's that been like for you?", { partner: "I'm just tired.", about: { feelings: ['off', 'tired'], topics: ['today'], unsaid: [] } });
    expect(phrase.evidence.some((e) => e.note === GENERIC_NOTE)).toBe(false);
  });
});
