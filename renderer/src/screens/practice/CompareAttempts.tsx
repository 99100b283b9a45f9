import type { ReplyAttempt } from '../../../../shared/types/sessions';

/** Redo's side-by-side: each attempt at the same line with its scores and the partner's reaction. */
export function CompareAttempts({ attempts }: { attempts: ReplyAttempt[] }) {
  return (
    <section className="compare" aria-labelledby="compare-heading" data-testid="compare">
      <h2 id="compare-heading">Your attempts at this line</h2>
      <div className="compare-grid">
        {attempts.map((a, i) => (
          <article key={a.id} className="compare-card" aria-label={`Attempt ${i + 1}`}>
            <h3>Attempt {i + 1}</h3>
            <p className="compare-text">“{a.text}”</p>
            <p>
              Overall <strong>{a.analysis.scores.overall}</strong> · judgment-free {a.analysis.scores.judgmentFree} · open questions {a.analysis.scores.openQuestions} · empathy{' '}
              {a.analysis.scores.empathy}
            </p>
            <p className="muted">
              Openness {a.reaction.opennessBefore} → {a.reaction.opennessAfter}
            </p>
          </article>
        ))}
      </div>
    </section>
  );
}
