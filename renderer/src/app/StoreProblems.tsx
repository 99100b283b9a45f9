import { errorText, useSessions } from '../data/queries';

/** Says so when saved sessions could not be read at start; they are skipped, never fatal. */
export function StoreProblems() {
  const { data, error: failure } = useSessions();
  const error = errorText(failure);
  if (error) {
    return (
      <div className="banner banner-warn" role="alert">
        Saved sessions could not be listed: {error}
      </div>
    );
  }
  const problems = data?.problems ?? [];
  if (problems.length === 0) return null;
  return (
    <div className="banner banner-warn" role="alert" data-testid="store-problems">
      <strong>
        {problems.length === 1 ? 'One saved session could not be read' : `${problems.length} saved sessions could not be read`} and
        {problems.length === 1 ? ' was' : ' were'} skipped.
      </strong>{' '}
      Your other sessions are fine.
      <ul>
        {problems.map((p) => (
          <li key={p.id}>{p.message}</li>
        ))}
      </ul>
    </div>
  );
}
