/**
 * Features of one reply for the learned models: word 1–3-grams (lowercase, punctuation and speech
 * fillers dropped, a "?" kept as a word), the reply's opening words, its length, its overlap with
 * the partner's line, and the rule detectors' findings, so that rules and models vote together.
 * Each n-gram keeps the character span it came from, which is how a learned decision points at
 * the words that drove it.
 */
import type { RuleFindings } from '../rule-analysis';
import { STOP } from '../lexicon';
import type { Token } from '../nlp';
import { partnerVocabulary } from '../detect-empathy';

/** One feature occurrence: its name, value and (for words) where it is in the reply. */
export interface Feature {
  name: string;
  value: number;
  start: number;
  end: number;
}

/** Sounds that carry no meaning in a transcript; the models never see them. */
const FILLER = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'ah', 'hmm', 'mm', 'mhm', 'mmm']);

/** The reply's words as the n-grams see them. */
function words(tokens: Token[]): Token[] {
  return tokens.filter((t) => (t.lower === '?' || !t.isPunct) && !FILLER.has(t.lower) && t.lower.trim() !== '');
}

const norm = (t: Token): string => (/^\d+$/.test(t.lower) ? '0' : t.lower);

/** Length buckets, in words. */
const LENGTHS = [3, 7, 15, 30, 60];

/** Extracts every feature of one reply from the rules' findings and the partner's line. */
export function extractFeatures(findings: RuleFindings, partner?: string): Feature[] {
  const out: Feature[] = [];
  const ws = words(findings.parsed.tokens);
  const names = ws.map(norm);
  // N-grams count 1 per occurrence here; `weighGrams` turns counts into tf-idf.
  const grams: Feature[] = [];
  for (let i = 0; i < ws.length; i++) {
    grams.push({ name: `w:${names[i]}`, value: 1, start: ws[i]!.start, end: ws[i]!.end });
    if (i + 1 < ws.length) grams.push({ name: `b:${names[i]} ${names[i + 1]}`, value: 1, start: ws[i]!.start, end: ws[i + 1]!.end });
    if (i + 2 < ws.length) grams.push({ name: `t:${names[i]} ${names[i + 1]} ${names[i + 2]}`, value: 1, start: ws[i]!.start, end: ws[i + 2]!.end });
  }
  out.push(...grams);
  const at = (i: number): { start: number; end: number } => (ws[i] ? { start: ws[i]!.start, end: ws[i]!.end } : { start: 0, end: 0 });
  if (ws.length) out.push({ name: `s:${names[0]}`, value: 1, ...at(0) });
  if (ws.length > 1) out.push({ name: `s2:${names[0]} ${names[1]}`, value: 1, start: ws[0]!.start, end: ws[1]!.end });
  const n = ws.filter((w) => w.lower !== '?').length;
  out.push({ name: `len:${LENGTHS.findIndex((l) => n <= l) === -1 ? LENGTHS.length : LENGTHS.findIndex((l) => n <= l)}`, value: 1, start: 0, end: 0 });
  out.push(...partnerFeatures(ws, partner));
  out.push(...ruleFeatures(findings));
  return out;
}

/** How much of the reply repeats the partner's content words and feelings. */
function partnerFeatures(ws: Token[], partner?: string): Feature[] {
  if (!partner || !partner.trim()) return [{ name: 'p:none', value: 1, start: 0, end: 0 }];
  const { feelings, topics } = partnerVocabulary(partner.slice(0, 4000));
  let content = 0;
  let echoed = 0;
  let feelingEchoed = 0;
  const out: Feature[] = [];
  for (const w of ws) {
    if (STOP.has(w.lower) || w.lower.length < 3 || w.lower === '?') continue;
    content++;
    const isFeeling = feelings.has(w.lower) || feelings.has(w.lemma);
    if (isFeeling || topics.has(w.lower) || topics.has(w.lemma)) {
      echoed++;
      if (isFeeling) feelingEchoed++;
      if (echoed <= 3) out.push({ name: 'p:echo-word', value: 1 / 3, start: w.start, end: w.end });
    }
  }
  out.push({ name: 'p:echo-share', value: content ? echoed / content : 0, start: 0, end: 0 });
  if (feelingEchoed) out.push({ name: 'p:echo-feeling', value: 1, start: 0, end: 0 });
  return out;
}

/** The rule detectors' findings as features, each at the span where the rule fired. */
function ruleFeatures(f: RuleFindings): Feature[] {
  const out: Feature[] = [];
  const r = f.result;
  const whole = { start: 0, end: 0 };
  if (r.reflection) out.push({ name: 'r:reflection', value: 1, ...whole });
  if (r.validation) out.push({ name: 'r:validation', value: 1, ...whole });
  for (const j of f.judgments) out.push({ name: `r:judgment:${j.kind}`, value: 1, start: j.start, end: j.end });
  for (const q of f.questions) {
    out.push({ name: `r:question:${q.type}`, value: 1, start: q.start, end: q.end });
    for (const flag of q.flags) out.push({ name: `r:flag:${flag}`, value: 1, start: q.start, end: q.end });
  }
  if (f.questions.length === 0) out.push({ name: 'r:question:none', value: 1, ...whole });
  for (const c of f.cues) out.push({ name: `r:cue:${c.rule.mechanism}:${c.rule.level}`, value: 1, start: c.start, end: c.end });
  for (const m of ['emotionalReactions', 'interpretations', 'explorations'] as const) out.push({ name: `r:${m}:${r.empathy[m]}`, value: 1, ...whole });
  return dedupe(out);
}

/** Keeps the first occurrence of a repeated rule feature (its value stays 1). */
function dedupe(features: Feature[]): Feature[] {
  const seen = new Set<string>();
  return features.filter((f) => (seen.has(f.name) ? false : (seen.add(f.name), true)));
}

/** Word features (weighed as tf-idf together); the rest (length, partner, rules) keep their values. */
export const isWordFeature = (name: string): boolean => /^(?:w|b|t|s|s2):/.test(name);
const isGram = isWordFeature;

/**
 * Weighs the n-grams as tf-idf: (1 + ln count) × idf, the n-gram block scaled to unit length, so a
 * long post and a short reply weigh alike and common words count less. Each occurrence carries
 * its share of its n-gram's value (for the explanation spans). N-grams without an idf (never seen
 * in training) are dropped; other features pass through.
 */
export function weighGrams(features: readonly Feature[], idf: (name: string) => number | undefined): Feature[] {
  const counts = new Map<string, number>();
  for (const f of features) if (isGram(f.name) && idf(f.name) !== undefined) counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  const value = new Map<string, number>();
  let norm = 0;
  for (const [name, c] of counts) {
    const v = (1 + Math.log(c)) * idf(name)!;
    value.set(name, v);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  const out: Feature[] = [];
  for (const f of features) {
    if (!isGram(f.name)) out.push(f);
    else if (value.has(f.name)) out.push({ ...f, value: value.get(f.name)! / norm / counts.get(f.name)! });
  }
  return out;
}
