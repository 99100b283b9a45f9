import { useState } from 'react';
import { api } from '../../lib/api';

/** Export (zip or folder) and delete-with-confirmation for one session. */
export function SessionActions({ id, onDeleted }: { id: string; onDeleted(): void }) {
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const [isConfirming, setConfirming] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const run = async (work: () => Promise<string>): Promise<void> => {
    setBusy(true);
    try {
      setMessage({ text: await work(), isError: false });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), isError: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="session-actions-bar">
      <button type="button" disabled={isBusy} onClick={() => void run(async () => `Exported to ${(await api.exportSession({ id, format: 'zip' })).path}`)}>
        Export as zip
      </button>
      <button type="button" disabled={isBusy} onClick={() => void run(async () => `Exported to ${(await api.exportSession({ id, format: 'folder' })).path}`)}>
        Export as folder
      </button>
      {isConfirming ? (
        <span role="group" aria-label="Confirm deletion" className="confirm">
          <span>Delete this session and its recordings from this computer? This cannot be undone.</span>
          <button
            type="button"
            className="danger"
            disabled={isBusy}
            onClick={() =>
              void run(async () => {
                await api.deleteSession({ id });
                onDeleted();
                return 'Deleted.';
              })
            }
          >
            Delete for good
          </button>
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            Keep it
          </button>
        </span>
      ) : (
        <button type="button" className="danger-outline" onClick={() => setConfirming(true)}>
          Delete…
        </button>
      )}
      {message && (
        <p role="status" className={message.isError ? 'error-text' : 'muted'} data-testid="action-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
