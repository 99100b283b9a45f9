import { errorText, useSessions } from '../data/queries';
import { count, pick } from '../lib/plural';

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
        {count(problems.length, 'saved session')} could not be read and {pick(problems.length, 'was', 'were')} skipped.
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
