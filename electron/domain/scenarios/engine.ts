/**
 * The partner: how openness and trust move with each analyzed reply, and what the partner says
 * and thinks. Pure and deterministic: the same scenario, state and analysis give the same reaction,
 * and states are never mutated, so a redo is `respond` again with the previous state.
 */
import { isHelpful, isHurtful, replyKinds, type AnalysisInput } from './classify';
import { aboutForAnalysis, MIN_ATTENTIVE, nextTopicLine, remember, repeatCount, saysTheExample, topicsTaken } from './listening';
import type { ConversationState, PartnerReaction, ReplyKind, Scenario, ScenarioLine } from './types';
import { OPEN, type Level } from '../../../shared/openness';

export { OPEN } from '../../../shared/openness';

/** Trust the partner needs before moving up to each openness level (index = level). */
export const TRUST_GATES = [0, 20, 40, 55, 70] as const;

/** Base trust cost of each hurtful kind; the n-th hurt in a conversation costs n times as much. */
export const HURT_COST: Partial<Record<ReplyKind, number>> = { judgment: 15, dismissal: 12, fixing: 10, selfFocus: 6 };

/** Trust a closed question earns: it shows interest but invites little. */
const CLOSED_QUESTION_TRUST = 2;

/** The state before the first reply: the partner's opening line, openness and trust. */
export function startConversation(scenario: Scenario): ConversationState {
  const { line, thought, openness, trust } = scenario.opening;
  return { scenarioId: scenario.id, turn: 0, openness, trust, hurts: 0, line: line.text, ...audioOf(line), ...aboutOf(scenario, line), thought, used: {} };
}

/** The partner's reaction to one analyzed reply, with the next state. Throws if the conversation has ended. */
export function respond(scenario: Scenario, state: ConversationState, analysis: AnalysisInput): PartnerReaction {
  if (state.ending) throw new Error(`The conversation has already ended (${state.ending}).`);
  if (state.scenarioId !== scenario.id) throw new Error(`This state belongs to scenario "${state.scenarioId}", not "${scenario.id}".`);

  const kinds = replyKinds(analysis);
  const hurt = kinds.find(isHurtful);
  const helpful = kinds.filter(isHelpful);
  const kind: ReplyKind = hurt ?? helpful[0] ?? (['offTopic', 'closedQuestion'] as const).find((k) => kinds.includes(k)) ?? 'neutral';
  const wasHurt = state.lastKind !== undefined && isHurtful(state.lastKind);
  const move0 = move(state, analysis, kind, helpful.length);
  const used = { ...state.used };
  // The partner follows the user's lead: an attentive reply on a topic gets an answer about it.
  const attentive = !hurt && helpful.length > 0;
  const taken = attentive ? topicsTaken(scenario, state, analysis) : [];
  // Saying the same again, or asking for what they already told you, earns less each time, and they notice.
  let repeats = hurt ? 0 : repeatCount(state, analysis);
  // A bare question about a topic they have already told all of at this level asks for what they said.
  const asksAgain = !repeats && attentive && helpful.every((k) => k === 'openQuestion') && taken.length > 0 && taken.every((id) => !hasFreshLine(scenario, id, state.openness + Math.max(0, move0.opennessDelta), used));
  if (asksAgain) {
    repeats = 1 + (state.used['asked-again'] ?? 0);
    used['asked-again'] = repeats;
  }
  const trustDelta = repeats ? Math.floor(move0.trustDelta / 2 ** repeats) : move0.trustDelta;
  const attentiveCount = (state.attentive ?? 0) + (attentive && !repeats ? 1 : 0);
  let rawDelta = repeats ? Math.min(0, move0.opennessDelta) : move0.opennessDelta;
  // Success takes enough attentive replies (five in a hard scenario): until then the partner stays close to it.
  if (state.openness + rawDelta >= OPEN && attentiveCount < MIN_ATTENTIVE[scenario.difficulty]) rawDelta = Math.max(0, OPEN - 1 - state.openness);

  const trust = clamp(state.trust + trustDelta, 0, 100);
  let openness = clamp(state.openness + rawDelta, 0, OPEN);
  let ending: PartnerReaction['ending'];
  if (openness === OPEN) ending = 'success';
  // Hurting someone already shut down, or spending the last of their trust, ends the talk.
  else if (hurt && ((rawDelta < 0 && state.openness === 0) || trust === 0)) {
    ending = 'withdrawn';
    openness = 0;
  }

  const pick = (key: string, pool: ScenarioLine[]): ScenarioLine => pickLine(used, key, pool, openness);
  let line: ScenarioLine;
  let thought: string;
  let topic: string | undefined;
  if (ending) {
    line = scenario.endings[ending].line;
    thought = scenario.endings[ending].thought;
  } else if (asksAgain) {
    line = pick('reaction:askedAgain', scenario.reactions.askedAgain ?? ASKED_AGAIN_LINES);
    thought = pick('thought:repeat', scenario.thoughts.repeat ?? scenario.thoughts.neutral).text;
  } else if (repeats) {
    line = pick('reaction:repeat', scenario.reactions.repeat ?? REPEAT_LINES);
    thought = pick('thought:repeat', scenario.thoughts.repeat ?? scenario.thoughts.neutral).text;
  } else {
    const repairing = !hurt && helpful.length > 0 && wasHurt;
    const topicLine = repairing && openness === state.openness ? undefined : firstTopicLine(scenario, taken, openness, used);
    topic = topicLine?.topic;
    line = topicLine?.line ?? chooseLine(scenario, kind, openness, openness - state.openness, repairing, pick);
    const repairThoughts = repairing ? scenario.thoughts.repair : undefined;
    thought = repairThoughts ? pick('thought:repair', repairThoughts).text : pick(`thought:${kind}`, scenario.thoughts[kind] ?? scenario.thoughts.neutral).text;
  }
  const tip = hurt || !helpful.length ? pickTip(scenario, kind, used, analysis) : undefined;
  const topics = topic ? { ...state.topics, [topic]: (state.topics?.[topic] ?? 0) + 1 } : state.topics;
  const replies = remember(state, analysis);

  const next: ConversationState = {
    scenarioId: scenario.id,
    turn: state.turn + 1,
    openness,
    trust,
    hurts: state.hurts + (hurt ? 1 : 0),
    lastKind: kind,
    line: line.text,
    ...audioOf(line),
    ...aboutOf(scenario, line),
    thought,
    used,
    ...(ending ? { ending } : {}),
    ...(topics ? { topics } : {}),
    attentive: attentiveCount,
    ...(replies ? { replies } : {}),
  };
  return {
    state: next,
    kind,
    kinds,
    line: line.text,
    ...audioOf(line),
    thought,
    ...(tip ? { tip } : {}),
    ...(topic ? { topic } : {}),
    ...(repeats ? { repeated: true } : {}),
    openness,
    opennessDelta: openness - state.openness,
    trust,
    trustDelta: trust - state.trust,
    ...(ending ? { ending } : {}),
  };
}

/**
 * How far openness and trust move. Hurts cost trust, more each time (the partner remembers), and
 * close the partner by one level, two when judgment or dismissal repeats. Warmth in the same breath
 * halves the cost but never turns a hurt into progress. Helpful replies build trust (more for each
 * helpful element and for strong empathy), and openness rises one level when trust reaches the gate,
 * except that right after a hurt it takes more than one helpful element.
 */
function move(state: ConversationState, analysis: AnalysisInput, kind: ReplyKind, helpfulCount: number): { opennessDelta: number; trustDelta: number } {
  if (isHurtful(kind)) {
    const cushioned = helpfulCount > 0;
    const cost = (HURT_COST[kind] ?? 10) * (1 + state.hurts);
    const severe = kind === 'judgment' || kind === 'dismissal';
    let opennessDelta = state.hurts > 0 && severe && !cushioned ? -2 : -1;
    if (kind === 'selfFocus' && cushioned) opennessDelta = 0;
    return { opennessDelta, trustDelta: -(cushioned ? Math.round(cost / 2) : cost) };
  }
  if (helpfulCount > 0) {
    const { emotionalReactions, interpretations, explorations } = analysis.empathy;
    const strong = Math.max(emotionalReactions, interpretations, explorations) === 2 ? 5 : 0;
    const gain = 5 + 5 * helpfulCount + strong;
    const trust = Math.min(100, state.trust + gain);
    const gate = TRUST_GATES[state.openness + 1] ?? Infinity;
    // Right after a hurt the partner is wary: a single kind gesture earns trust back but not openness.
    const wary = state.lastKind !== undefined && isHurtful(state.lastKind) && helpfulCount < 2;
    return { opennessDelta: trust >= gate && !wary ? 1 : 0, trustDelta: gain };
  }
  return { opennessDelta: 0, trustDelta: kind === 'closedQuestion' ? CLOSED_QUESTION_TRUST : 0 };
}

/** The partner's line: shut-down lines at 0, a reaction to a hurt or a closed question, the next level's line when they open up. */
function chooseLine(
  scenario: Scenario,
  kind: ReplyKind,
  openness: number,
  delta: number,
  repairing: boolean,
  pick: (key: string, pool: ScenarioLine[]) => ScenarioLine,
): ScenarioLine {
  const level = (n: number) => pick(`level:${n}`, scenario.levels[n as Level]);
  if (isHurtful(kind)) {
    if (openness === 0) return level(0);
    const pool = scenario.reactions[kind];
    return pool ? pick(`reaction:${kind}`, pool) : level(openness);
  }
  if (delta > 0) return level(openness);
  if (repairing && scenario.reactions.repair) return pick('reaction:repair', scenario.reactions.repair);
  if (kind === 'offTopic') return pick('reaction:offTopic', scenario.reactions.offTopic ?? OFF_TOPIC_LINES);
  const pool = scenario.reactions[kind];
  return pool ? pick(`reaction:${kind}`, pool) : level(openness);
}

/** What a partner says to a reply about something they did not say, when the scenario has no lines of its own for it. */
const OFF_TOPIC_LINES: ScenarioLine[] = [{ text: "That's not really it." }, { text: "That's not what I said." }];

/** Picks the next line of a pool, preferring lines tagged with the current level; counts the draw in `used`. */
function pickLine(used: Record<string, number>, key: string, pool: ScenarioLine[], openness: number): ScenarioLine {
  const atLevel = pool.filter((l) => l.level === openness);
  const untagged = pool.filter((l) => l.level === undefined);
  const candidates = atLevel.length ? atLevel : untagged.length ? untagged : pool;
  const fullKey = atLevel.length ? `${key}@${openness}` : key;
  const count = used[fullKey] ?? 0;
  used[fullKey] = count + 1;
  return candidates[count % candidates.length] as ScenarioLine;
}

/** The first topic taken up that still has something to say at this openness, with its line. */
function firstTopicLine(scenario: Scenario, taken: string[], openness: number, used: Record<string, number>): { topic: string; line: ScenarioLine } | undefined {
  for (const topic of taken) {
    const line = nextTopicLine(scenario, topic, openness, used);
    if (line) return { topic, line };
  }
  return undefined;
}

/** True when the topic still has a line not yet said at this openness (checked on a copy: nothing is drawn). */
function hasFreshLine(scenario: Scenario, topic: string, openness: number, used: Record<string, number>): boolean {
  return nextTopicLine(scenario, topic, Math.min(openness, OPEN - 1), { ...used }) !== undefined;
}

/** What a partner says to a repeated reply when the scenario has no lines of its own for it. */
const REPEAT_LINES: ScenarioLine[] = [{ text: 'You said that already.' }];

/** What a partner says when asked again for what they have already told. */
const ASKED_AGAIN_LINES: ScenarioLine[] = [{ text: 'I told you already.' }];

/** The next coaching tip for this kind of reply, if the scenario has one; never one suggesting what the user just said. */
function pickTip(scenario: Scenario, kind: ReplyKind, used: Record<string, number>, analysis: AnalysisInput): PartnerReaction['tip'] {
  const tips = scenario.tips.filter((t) => t.for.includes(kind) && !saysTheExample(t.text, analysis));
  if (!tips.length) return undefined;
  const key = `tip:${kind}`;
  const count = used[key] ?? 0;
  used[key] = count + 1;
  const tip = tips[count % tips.length]!;
  return { text: tip.text, basis: tip.basis };
}

function aboutOf(scenario: Scenario, line: ScenarioLine): { about?: ConversationState['about'] } {
  const about = aboutForAnalysis(scenario, line);
  return about ? { about } : {};
}

function audioOf(line: ScenarioLine): { audio?: string } {
  return 'audio' in line && line.audio ? { audio: line.audio } : {};
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
