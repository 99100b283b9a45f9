/** Counted nouns with the right plural for the UI's language (Intl.PluralRules, not `n === 1`). */
const rules = new Intl.PluralRules('en');

/** "1 session", "2 sessions"; `plural` for irregular nouns ("reply" → "replies"). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${rules.select(n) === 'one' ? singular : plural}`;
}
