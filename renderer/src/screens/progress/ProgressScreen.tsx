import './progress.css';
import { errorText, useProgress } from '../../data/queries';
import { ProgressView } from './ProgressView';
import { count, pick } from '../../lib/plural';

/** Progress: whether listening is improving, at a glance. */
export function ProgressScreen() {
  const progress = useProgress();
  return (
    <section aria-labelledby="progress-heading">
      <h1 id="progress-heading">Progress</h1>
      {progress.error && (
        <p className="banner banner-error" role="alert">
          Progress could not be worked out: {errorText(progress.error)}
        </p>
      )}
      {progress.data && progress.data.unreadable > 0 && (
        <p className="banner banner-warn">
          {count(progress.data.unreadable, 'session folder')} could not be read and {pick(progress.data.unreadable, 'is', 'are')} left out.
        </p>
      )}
      {progress.isPending && !progress.error ? <p className="muted">Working out your progress…</p> : progress.data && <ProgressView summary={progress.data} />}
    </section>
  );
}
