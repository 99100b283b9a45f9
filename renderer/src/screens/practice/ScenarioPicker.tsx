import { errorText, useScenarios } from '../../data/queries';

/** Scenario cards: who the partner is, why they withdraw, how hard it is, and your last score. */
export function ScenarioPicker({ onStart }: { onStart(id: string): void }) {
  const { data, error: failure, isLoading } = useScenarios();
  const error = errorText(failure);
  return (
    <section aria-labelledby="choose-heading">
      <h1 id="choose-heading">Choose someone to listen to</h1>
      <p className="muted">Each partner is withdrawn for a different reason. Listen well and they open up; judge, dismiss or fix and they close down.</p>
      {isLoading && <p role="status">Loading scenarios…</p>}
      {error && (
        <p className="banner banner-error" role="alert">
          Scenarios could not be loaded: {error}
        </p>
      )}
      {data && data.problems.length > 0 && (
        <div className="banner banner-warn" role="alert">
          Some scenario files have problems and were skipped:
          <ul>
            {data.problems.map((p) => (
              <li key={p.file + p.message}>
                {p.file}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="cards">
        {data?.scenarios.map((s) => (
          <li key={s.id} className="card" data-testid={`scenario-${s.id}`}>
            <h2 className="card-title">{s.title}</h2>
            <p className="card-meta">
              <span className="tag">{s.cause.replace(/-/g, ' ')}</span>
              <span className={`tag tag-${s.difficulty}`}>{s.difficulty}</span>
            </p>
            <p>{s.summary}</p>
            <p className="card-score">{s.lastScore === null ? 'Not practised yet' : `Last session's score: ${s.lastScore}`}</p>
            <button type="button" className="primary" onClick={() => onStart(s.id)} aria-label={`Start: ${s.title}`}>
              Start
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
