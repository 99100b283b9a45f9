/** Counted nouns with the right plural for the UI's language (Intl.PluralRules, not `n === 1`). */
const rules = new Intl.PluralRules('en');

/** The word that agrees with `n`: `pick(n, 'was', 'were')`. */
export function pick(n: number, one: string, other: string): string {
  return rules.select(n) === 'one' ? one : other;
}

/** "1 session", "2 sessions"; `plural` for irregular nouns ("reply" → "replies"). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${pick(n, singular, plural)}`;
}
