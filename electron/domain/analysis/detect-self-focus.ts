/**
 * "I moved four times and made friends every time": a clause where the speaker tells their own
 * version of the partner's story (an "I" + verb clause reusing the partner's topic). The phrase
 * rules cannot see this, because it needs the partner line.
 */
import type { Clause } from './clauses';
import type { Parsed } from './nlp';
import type { AnalyzedJudgment } from './types';
import { partnerVocabulary } from './detect-empathy';
import { FILLERS } from './lexicon';

/** Verbs of listening and caring: "I hear…", "I get why…" keep the focus on the partner. */
const LISTENING = new Set(['feel', 'think', 'know', 'understand', 'hear', 'see', 'wonder', 'imagine', 'get', 'want', 'care', 'love', 'wish', 'hope', 'be', 'mean', 'can', 'would', 'will', 'do', 'notice', 'believe', 'guess', 'appreciate', 'miss', 'sorry']);

/** Finds clauses that retell the partner's topic as the speaker's own story. */
export function detectOwnStory(parsed: Parsed, clauses: Clause[], partner: string | undefined): AnalyzedJudgment[] {
  if (!partner || !partner.trim()) return [];
  const { topics } = partnerVocabulary(partner);
  const out: AnalyzedJudgment[] = [];
  for (const clause of clauses) {
    const words = parsed.tokens.slice(clause.from, clause.to).filter((t) => !t.isPunct && !FILLERS.has(t.lower));
    if (words[0]?.lower !== 'i') continue;
    const verb = words.slice(1, 3).find((t) => t.pos === 'VERB');
    if (!verb || LISTENING.has(verb.lemma) || words.slice(1, 3).some((t) => t.lower === "'m" || t.lower === 'am')) continue;
    if (!words.some((t) => t.pos === 'VERB' && (topics.has(t.lemma) || topics.has(t.lower)))) continue;
    const last = words[words.length - 1]!;
    out.push({
      text: parsed.text.slice(words[0].start, last.end),
      start: words[0].start,
      end: last.end,
      kind: 'self-focus',
      rule: 'own-story',
      note: 'Telling your own version of their story takes the floor from them.',
      suggestion: 'What was that like for you?',
    });
  }
  return out;
}
