import { useId, useState } from 'react';
import type { SessionSummary } from '../../../../shared/types/sessions';
import { count } from '../../lib/plural';

const ENDINGS: Record<string, string> = { success: 'Opened up', withdrawn: 'Withdrew', ended: 'You ended it' };

/** Date and time in the user's locale. */
export const formatWhen = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Past sessions, newest first, filterable by scenario. */
export function SessionList({ sessions, onOpen }: { sessions: SessionSummary[]; onOpen(id: string): void }) {
  const filterId = useId();
  const [scenario, setScenario] = useState('');
  const scenarios = [...new Map(sessions.map((s) => [s.scenarioId, s.scenarioTitle])).entries()];
  const shown = scenario ? sessions.filter((s) => s.scenarioId === scenario) : sessions;
  return (
    <section aria-labelledby="sessions-heading">
      <div className="list-head">
        <h2 id="sessions-heading">Past sessions</h2>
        <label htmlFor={filterId}>
          Scenario{' '}
          <select id={filterId} value={scenario} onChange={(e) => setScenario(e.target.value)}>
            <option value="">All scenarios</option>
            {scenarios.map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <table className="session-table" data-testid="session-list">
        <caption className="visually-hidden">Past sessions; each score is the session's mean over its replies.</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Scenario</th>
            <th scope="col">Ending</th>
            <th scope="col">Score</th>
            <th scope="col">Judgment-free</th>
            <th scope="col">Open questions</th>
            <th scope="col">Empathy</th>
            <th scope="col">Replies</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <tr key={s.id}>
              <td>{formatWhen(s.startedAt)}</td>
              <td>{s.scenarioTitle}</td>
              <td>{s.ending ? ENDINGS[s.ending] : 'Unfinished'}</td>
              <td>{s.scores?.overall ?? '—'}</td>
              <td>{s.scores?.judgmentFree ?? '—'}</td>
              <td>{s.scores?.openQuestions ?? '—'}</td>
              <td>{s.scores?.empathy ?? '—'}</td>
              <td>
                {s.replyCount}
                {s.attemptCount > s.replyCount && <span className="muted small"> ({s.attemptCount} attempts)</span>}
                {s.retryCount ? <span className="muted small"> · {count(s.retryCount, 'retry', 'retries')}</span> : null}
              </td>
              <td>
                <button type="button" onClick={() => onOpen(s.id)} aria-label={`Open ${s.scenarioTitle}, ${formatWhen(s.startedAt)}`}>
                  Open
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        Each score is the session's mean over its replies. When you redid a reply, the attempt you kept counts.
        {shown.some((s) => s.retryCount) && ' A session you retried from an earlier turn shows its first try here; each retry has its own score in the replay.'}
      </p>
    </section>
  );
}
