import type { Scores } from '../../../../shared/types/analysis';

const ROWS: { key: keyof Scores; label: string }[] = [
  { key: 'judgmentFree', label: 'Judgment-free' },
  { key: 'openQuestions', label: 'Open questions' },
  { key: 'empathy', label: 'Empathy' },
];

/** How far the guess was from the score, in words. */
function gap(predicted: number, overall: number): string {
  const diff = Math.round(predicted - overall);
  if (Math.abs(diff) <= 5) return ': about right';
  return diff > 0 ? `: ${diff} above the score` : `: ${-diff} below the score`;
}

/** The three scores and the overall, with the user's prediction beside it when they made one. */
export function ScoreBoard({ scores, selfRating }: { scores: Scores; selfRating?: number }) {
  return (
    <section className="scores" aria-labelledby="scores-heading">
      <h2 id="scores-heading">Scores</h2>
      <p className="overall" data-testid="score-overall">
        Overall <strong>{scores.overall}</strong>
        <span className="muted"> / 100</span>
        {selfRating !== undefined && <span className="prediction"> · you predicted {selfRating}{gap(selfRating, scores.overall)}</span>}
      </p>
      <dl className="score-rows">
        {ROWS.map(({ key, label }) => (
          <div key={key} className="score-row">
            <dt id={`score-${key}`}>{label}</dt>
            <dd>
              <meter aria-labelledby={`score-${key}`} min={0} max={100} low={40} high={70} optimum={100} value={scores[key]} />
              <span data-testid={`score-${key}`}>{scores[key]}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
