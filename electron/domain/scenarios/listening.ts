/**
 * How the partner follows the user's lead: what each line is about (for the analyzer), which of
 * the scenario's topics a reply took up, which topic line comes next, and whether a reply repeats
 * an earlier one. Pure, like the engine.
 */
import { parse } from '../analysis/nlp';
import { stemsOf, type LineAbout } from '../analysis/relevance-vocab';
import type { AnalysisInput } from './classify';
import type { ConversationState, Scenario, ScenarioLine } from './types';

/** Attentive replies (helpful, about what was said, not repeated) needed before the success ending, by difficulty. */
export const MIN_ATTENTIVE = { gentle: 3, moderate: 3, hard: 5 } as const;

/** Replies kept in the state to recognise a repeat. */
const REMEMBERED_REPLIES = 8;

/** Word-pair overlap (Jaccard) at which a reply counts as a repeat of an earlier one. */
export const REPEAT_SIMILARITY = 0.6;

/** The line's `about` as the analyzer takes it: topic ids widened to the words of those topics. */
export function aboutForAnalysis(scenario: Scenario, line: ScenarioLine): LineAbout | undefined {
  if (!line.about) return undefined;
  const topics = line.about.topics.flatMap((id) => scenario.topics[id]?.words ?? []);
  return { feelings: line.about.feelings, topics, unsaid: line.about.unsaid };
}

/** The analyzer options for a reply to the partner's current line: the app and `attune play` both pass these. */
export function analyzeOptions(state: Pick<ConversationState, 'line' | 'about'>): { partner: string; about?: LineAbout } {
  return state.about ? { partner: state.line, about: state.about } : { partner: state.line };
}

/** True when `words` (a reply's stems) contain every stem of `phrase`; a phrase with no content stems never matches. */
function mentions(words: ReadonlySet<string>, phrase: string): boolean {
  const stems = stemsOf(phrase);
  return stems.length > 0 && stems.every((s) => words.has(s));
}

/**
 * The scenario topics a reply took up, most words first: only topics that are open (a `requires`
 * topic after an attentive reply on the one it names) and have lines of their own.
 */
export function topicsTaken(scenario: Scenario, state: ConversationState, analysis: AnalysisInput): string[] {
  const words = new Set(analysis.relevance?.words ?? []);
  if (!words.size) return [];
  const visited = state.topics ?? {};
  const scored = Object.entries(scenario.topics)
    .filter(([, topic]) => topic.lines?.length && (topic.requires === undefined || (visited[topic.requires] ?? 0) > 0))
    .map(([id, topic]) => ({ id, hits: topic.words.filter((w) => mentions(words, w)).length }))
    .filter((t) => t.hits > 0);
  return scored.sort((a, b) => b.hits - a.hits || (visited[a.id] ?? 0) - (visited[b.id] ?? 0)).map((t) => t.id);
}

/**
 * The topic's next line at this openness: a line of this level (or untagged) not yet said. Undefined
 * when they have already said all of it at this level: they never go back to saying less.
 */
export function nextTopicLine(scenario: Scenario, id: string, openness: number, used: Record<string, number>): ScenarioLine | undefined {
  const lines = scenario.topics[id]?.lines ?? [];
  const fresh = lines
    .map((line, i) => ({ line, key: `topicline:${id}:${i}` }))
    .filter(({ line, key }) => (line.level === undefined || line.level === openness) && !used[key])
    .sort((a, b) => Number(a.line.level === undefined) - Number(b.line.level === undefined));
  const next = fresh[0];
  if (!next) return undefined;
  used[next.key] = 1;
  return next.line;
}

/** Pairs of neighbouring words: two replies with mostly the same pairs say the same thing the same way. */
function pairs(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}

/** How many of the remembered earlier replies this reply repeats (nearly word for word). */
export function repeatCount(state: ConversationState, analysis: AnalysisInput): number {
  const words = analysis.relevance?.words ?? [];
  const mine = pairs(words);
  if (mine.size === 0) return 0;
  return (state.replies ?? []).filter((earlier) => {
    const theirs = pairs(earlier);
    const shared = [...mine].filter((p) => theirs.has(p)).length;
    return shared / (mine.size + theirs.size - shared) >= REPEAT_SIMILARITY;
  }).length;
}

/** The remembered replies with this one added (the oldest dropped past the limit). */
export function remember(state: ConversationState, analysis: AnalysisInput): string[][] | undefined {
  const words = analysis.relevance?.words;
  if (!words?.length) return state.replies;
  return [...(state.replies ?? []), words].slice(-REMEMBERED_REPLIES);
}

/** True when the reply says much the same as the tip's example phrasing: no need to suggest what they just did. */
export function saysTheExample(tipText: string, analysis: AnalysisInput): boolean {
  const example = exampleOf(tipText);
  const reply = pairs(analysis.relevance?.words ?? []);
  if (!example || !reply.size) return false;
  const suggested = pairs(parse(example).tokens.filter((t) => !t.isPunct).map((t) => t.stem));
  return suggested.size > 0 && [...suggested].filter((p) => reply.has(p)).length / suggested.size >= REPEAT_SIMILARITY;
}

/** The phrasing a tip suggests: its last double-quoted passage. */
export function exampleOf(tipText: string): string | undefined {
  const quotes = [...tipText.matchAll(/["\u201c]([^"\u201d]+)["\u201d]/g)];
  return quotes.at(-1)?.[1]?.trim();
}
