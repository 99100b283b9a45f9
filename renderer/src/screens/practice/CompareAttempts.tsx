import { useId } from 'react';
import type { ReplyAttempt } from '../../../../shared/types/sessions';

/**
 * Redo's side-by-side: each attempt at the same line with its scores and the partner's reaction,
 * and which one the talk goes on from (the best by default; the user may pick another).
 */
export function CompareAttempts({ attempts, continuedWith, onChoose }: { attempts: ReplyAttempt[]; continuedWith: string; onChoose(attemptId: string): void }) {
  const name = useId();
  return (
    <section className="compare" aria-labelledby="compare-heading" data-testid="compare">
      <h2 id="compare-heading">Your attempts at this line</h2>
      <p className="muted small">The talk goes on from the attempt you keep, and that attempt is this reply's score. Attune keeps the best one unless you choose another.</p>
      <div className="compare-grid" role="radiogroup" aria-label="Keep which attempt">
        {attempts.map((a, i) => (
          <article key={a.id} className={a.id === continuedWith ? 'compare-card kept' : 'compare-card'} aria-label={`Attempt ${i + 1}`}>
            <h3>Attempt {i + 1}</h3>
            <p className="compare-text">“{a.text}”</p>
            <p>
              Overall <strong>{a.analysis.scores.overall}</strong> · judgment-free {a.analysis.scores.judgmentFree} · open questions {a.analysis.scores.openQuestions} · empathy{' '}
              {a.analysis.scores.empathy}
            </p>
            <p className="muted">
              Openness {a.reaction.opennessBefore} → {a.reaction.opennessAfter}
            </p>
            <label className="check">
              <input type="radio" name={name} checked={a.id === continuedWith} onChange={() => onChoose(a.id)} /> Keep this one
            </label>
          </article>
        ))}
      </div>
    </section>
  );
}
