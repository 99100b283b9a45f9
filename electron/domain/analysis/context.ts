/** Small token-window helpers shared by the detectors. */
import type { Clause } from './clauses';
import type { Token } from './nlp';
import { NEGATION_BARRIERS, NEGATORS, SUBJECT_PRONOUNS } from './lexicon';

/** The clause holding character offset `at`. */
export function clauseAt(clauses: Clause[], at: number): Clause | undefined {
  return clauses.find((c) => at >= c.start && at < c.end) ?? clauses[clauses.length - 1];
}

/** Tokens of the same clause that end at or before `at`, nearest first. */
export function tokensBefore(tokens: Token[], clauses: Clause[], at: number): Token[] {
  const clause = clauseAt(clauses, at);
  if (!clause) return [];
  const out: Token[] = [];
  for (let i = clause.to - 1; i >= clause.from; i--) {
    const t = tokens[i]!;
    if (t.end <= at) out.push(t);
  }
  return out;
}

/**
 * True when a negator sits within a few words before `at` in the same clause, with no
 * punctuation or conjunction between ("you're not overreacting", "i don't think you're lazy").
 */
export function isNegatedAt(tokens: Token[], clauses: Clause[], at: number, window = 5): boolean {
  let seen = 0;
  const before = tokensBefore(tokens, clauses, at);
  for (let i = 0; i < before.length; i++) {
    const t = before[i]!;
    if (t.isPunct || NEGATION_BARRIERS.has(t.lower)) return false;
    // "don't you think…", "why can't you…": a negative inversion asks, it does not deny.
    const next = before[i - 1];
    const isInverted = next !== undefined && SUBJECT_PRONOUNS.has(next.lower) && (t.lower === "n't" || t.lower === 'nt' || t.lower === 'not');
    // "no wonder you're upset" is not a denial.
    const isIdiom = t.lower === 'no' && ['wonder', 'doubt', 'matter'].includes(before[i - 1]?.lower ?? '');
    // "don't be so dramatic": an imperative, the label still lands.
    const isImperative = (t.lower === "n't" || t.lower === 'nt') && before[i + 1]?.lower === 'do' && i + 2 >= before.length && ['be', 'get', 'act', 'sound'].includes(before[i - 1]?.lower ?? '');
    if (NEGATORS.has(t.lower) && !isInverted && !isIdiom && !isImperative) return true;
    if (++seen >= window) return false;
  }
  return false;
}

/** True when the words before `at` in its clause talk about the speaker, not the partner. */
export function isSelfReference(tokens: Token[], clauses: Clause[], at: number, matched = ''): boolean {
  if (/\byou/i.test(matched)) return false;
  const before = tokensBefore(tokens, clauses, at).map((t) => t.lower);
  const self = before.some((w) => w === 'i' || w === 'me' || w === 'myself' || w === "i'm" || w === 'im');
  const partner = before.some((w) => w === 'you' || w === 'your' || w === 'yourself' || w === "you're" || w === 'ur' || w === 'youre');
  return self && !partner;
}

/** True when [start, end) lies inside one of the spans. */
export function isInside(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

/** Keeps the longest of overlapping spans (ties: the earlier rule), dropping spans inside a kept one. */
export function dropContained<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: T[] = [];
  for (const item of sorted) if (!isInside(kept, item.start, item.end)) kept.push(item);
  return kept.sort((a, b) => a.start - b.start);
}

const REPORTING = new Set(['said', 'say', 'says', 'told', 'tell', 'tells', 'expect', 'expects', 'expected', 'thinks', 'acts', 'act', 'feel', 'feels', 'feeling', 'think', 'believe', 'believes', 'worry', 'worried', 'afraid', 'scared', 'calling', 'call', 'called']);

/**
 * True when the words before `at` report someone else's words or the partner's own belief
 * ("who said you should be over it", "what makes you feel it was your fault", "calling yourself
 * lazy"): the speaker is not the one judging. "I think you should…" and "don't you think…" still judge.
 */
export function isReported(tokens: Token[], clauses: Clause[], at: number): boolean {
  const before = tokensBefore(tokens, clauses, at);
  for (let i = 0; i < before.length && i < 6; i++) {
    const t = before[i]!;
    if (t.isPunct) return false;
    if (t.lower === 'yourself') return true;
    if (!REPORTING.has(t.lower)) continue;
    // Find who is reporting, skipping "do n't", "really", "just": "i don't think…" is the speaker.
    let k = i + 1;
    const negated = (): boolean => before.slice(i + 1, k).some((x) => NEGATORS.has(x.lower));
    while (k < before.length && ['do', 'does', 'did', "n't", 'nt', 'not', 'really', 'just', 'even', 'honestly'].includes(before[k]!.lower)) k++;
    const subject = before[k]?.lower ?? '';
    if (subject === 'i' || subject === 'we' || NEGATORS.has(subject) || subject === 'one') return false;
    if (subject === 'you' && (negated() || NEGATORS.has(before[k + 1]?.lower ?? ''))) return false;
    return true;
  }
  return false;
}

/** True when a "but" follows `at` in the same sentence ("i'm not saying you're lazy, but…"). */
export function isFollowedByBut(tokens: Token[], at: number): boolean {
  for (const t of tokens) {
    if (t.start < at) continue;
    if (t.isPunct && /[.!?]/.test(t.value)) return false;
    if (t.lower === 'but') return true;
  }
  return false;
}
