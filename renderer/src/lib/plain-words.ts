/**
 * The analyzer names what it found with rule ids from the research it follows (EPITOME's
 * "interpretation", MITI's "closed question"…). The UI says the same in everyday words.
 */
const KINDS: Record<string, string> = {
  'emotional-reaction': 'naming what they might feel',
  interpretation: 'showing you understand',
  exploration: 'asking to hear more',
  validation: 'saying their feelings make sense',
  echo: 'using their own words',
  reflection: 'saying back what you heard',
  'denied-judgment': 'reassuring them',
  'open-question': 'open question',
  'closed-question': 'yes-or-no question',
  'accusatory-why': 'a "why" that sounds like blame',
  'leading-question': 'a question that suggests the answer',
  'stacked-question': 'several questions at once',
  label: 'labelling them',
  criticism: 'criticism',
  contempt: 'contempt',
  minimizing: 'making it smaller than it is',
  moralizing: 'telling them what they should feel',
  defensiveness: 'defending yourself',
  advice: 'jumping to advice',
  'self-focus': 'turning it to yourself',
  'off-topic': 'not about what they said',
  tone: 'a tone that may sound judging',
  'leaning-advice': 'leaning toward advice',
  'long-turn': 'a long turn that holds the floor',
  condescending: 'talking down to them',
  dismissive: 'brushing it aside',
  hostile: 'attacking them',
  sarcastic: 'sarcasm',
};

const DIMENSIONS: Record<string, string> = { judgmentFree: 'judgment-free', openQuestions: 'open questions', empathy: 'empathy' };

/** True when `kind` (a rule's or a learned model's) has its own everyday words, not a spelled-out id. */
export function hasPlainWords(kind: string): boolean {
  return Object.hasOwn(KINDS, kind.replace(/^learned-/, ''));
}

/** A finding's kind in plain words (an unknown kind is spelled out from its id). */
export function plainKind(kind: string): string {
  // The learned models' findings (`learned-interpretation`…) read like the rules' own.
  const base = kind.replace(/^learned-/, '');
  if (base === 'reflection' && kind !== base) return KINDS.reflection!;
  // Own keys only: a kind named "toString" (a damaged or hostile file) must not read Object.prototype's function.
  return (Object.hasOwn(KINDS, base) ? KINDS[base] : undefined) ?? kind.replace(/[-_]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Which score a finding moved, and which way, without the point arithmetic. */
export function plainEffect(dimension: string, delta: number): string {
  const name = DIMENSIONS[dimension] ?? dimension;
  return delta > 0 ? `raised ${name}` : `lowered ${name}`;
}

/**
 * A finding's note without a leading "Open question:"-style name: the UI already shows the kind as
 * the note's label, so "(open question): Open question: invites them…" would say it twice. The
 * analyzer's notes stay as they are (the CLI's JSON keeps them whole).
 */
export function noteWithoutKind(note: string, kind: string): string {
  const match = /^([^:]{1,60}):\s+(\S[\s\S]*)$/.exec(note);
  if (!match) return note;
  const base = kind.replace(/^learned-/, '');
  const names = new Set([plainKind(kind), base.replace(/[-_]/g, ' ')].map((n) => n.toLowerCase()));
  if (!names.has(match[1]!.trim().toLowerCase())) return note;
  const rest = match[2]!;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
