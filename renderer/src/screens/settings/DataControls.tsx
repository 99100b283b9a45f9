import { useId, useState } from 'react';
import type { RetentionResult } from '../../../../shared/types/archive';
import { api } from '../../lib/api';
import { useDataMutation } from '../../data/mutations';
import { useDataUsage } from '../../data/queries';
import { DataFolder } from './DataFolder';
import { count } from '../../lib/plural';

const RETENTION = [
  { value: '', label: 'Keep forever' },
  { value: '7', label: 'Delete after 7 days' },
  { value: '30', label: 'Delete after 30 days' },
  { value: '90', label: 'Delete after 90 days' },
  { value: '365', label: 'Delete after a year' },
];

const size = (bytes: number): string => (bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Where data lives (and opening it), retention, and deleting everything. */
export function DataControls({ retentionDays, onRetention }: { retentionDays: number | null; onRetention(days: number | null): Promise<RetentionResult> }) {
  const ids = useId();
  const location = useDataUsage();
  const deletion = useDataMutation((confirm: string) => api.deleteAllData({ confirm }), () => ({ what: 'all-deleted' }));
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const [phrase, setPhrase] = useState('');
  const report = (text: string, isError = false): void => setMessage({ text, isError });

  const changeRetention = async (value: string): Promise<void> => {
    try {
      const result = await onRetention(value ? Number(value) : null);
      report(
        value
          ? `Sessions older than ${value} days are deleted. ${result.deleted.length} deleted now${result.skipped.length ? `; ${result.skipped.length} unreadable left alone` : ''}.`
          : 'Sessions are kept until you delete them.',
      );
    } catch (e) {
      report(e instanceof Error ? e.message : String(e), true);
    }
  };

  const deleteAll = async (): Promise<void> => {
    try {
      const { deleted } = await deletion.mutateAsync(phrase);
      setPhrase('');
      report(`Deleted ${count(deleted, 'session')} and all exports.`);
    } catch (e) {
      report(e instanceof Error ? e.message : String(e), true);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Your data</h2>
      {location.data && <DataFolder path={location.data.dataDir} />}
      {location.data && (
        <dl className="facts" data-testid="data-location">
          <dt>Sessions</dt>
          <dd>
            <code>{location.data.sessionsDir}</code> · {count(location.data.sessionCount, 'session')}, {size(location.data.bytes)}
          </dd>
          <dt>Exports</dt>
          <dd>
            <code>{location.data.exportsDir}</code>
          </dd>
        </dl>
      )}
      <label htmlFor={`${ids}-ret`}>Keep sessions</label>{' '}
      <select id={`${ids}-ret`} value={retentionDays === null ? '' : String(retentionDays)} onChange={(e) => void changeRetention(e.target.value)}>
        {RETENTION.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
        {retentionDays !== null && !RETENTION.some((r) => r.value === String(retentionDays)) && <option value={String(retentionDays)}>Delete after {retentionDays} days</option>}
      </select>
      <div className="danger-zone">
        <h3>Delete all data</h3>
        <p>Removes every session, recording and export from this computer. Settings and speech models stay. This cannot be undone.</p>
        <label htmlFor={`${ids}-confirm`}>
          Type <strong>delete all</strong> to confirm
        </label>{' '}
        <input id={`${ids}-confirm`} type="text" value={phrase} onChange={(e) => setPhrase(e.target.value)} autoComplete="off" spellCheck={false} />{' '}
        <button type="button" className="danger" disabled={phrase !== 'delete all'} onClick={() => void deleteAll()}>
          Delete all data
        </button>
      </div>
      {message && (
        <p role="status" className={message.isError ? 'error-text' : 'muted'} data-testid="data-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
