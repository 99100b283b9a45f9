import './progress.css';
import { useProgress } from '../../hooks/useProgress';
import { ProgressView } from './ProgressView';

/** Progress: whether listening is improving, at a glance. */
export function ProgressScreen() {
  const progress = useProgress();
  return (
    <section aria-labelledby="progress-heading">
      <div className="list-head">
        <h1 id="progress-heading">Progress</h1>
        <button type="button" onClick={progress.reload}>
          Refresh
        </button>
      </div>
      {progress.error && (
        <p className="banner banner-error" role="alert">
          {progress.error}
        </p>
      )}
      {progress.data && progress.data.unreadable > 0 && (
        <p className="banner banner-warn">
          {progress.data.unreadable} session folder{progress.data.unreadable === 1 ? '' : 's'} could not be read and {progress.data.unreadable === 1 ? 'is' : 'are'} left out.
        </p>
      )}
      {progress.isLoading ? <p className="muted">Working out your progress…</p> : progress.data && <ProgressView summary={progress.data} />}
    </section>
  );
}
