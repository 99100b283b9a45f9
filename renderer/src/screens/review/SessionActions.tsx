import { useState } from 'react';
import { api } from '../../lib/api';
import { useDataMutation } from '../../data/mutations';
import { downloadBytes } from '../../lib/files';
import { useDesktop } from '../../data/queries';

/**
 * Export (zip or folder) and delete-with-confirmation for one session. The desktop app asks where
 * to export; browser mode writes into the data folder's exports and also offers the zip as a download.
 */
export function SessionActions({ id, onDeleted }: { id: string; onDeleted(): void }) {
  const { hasDialogs } = useDesktop();
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const [isConfirming, setConfirming] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const deletion = useDataMutation((request: { id: string }) => api.deleteSession(request), (request) => ({ what: 'session-deleted', ids: [request.id] }));
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
  const exportAs = async (format: 'zip' | 'folder'): Promise<string> => {
    if (!hasDialogs) return `Exported to ${(await api.exportSession({ id, format })).path}`;
    const { token } = await api.pickPath({ kind: format === 'zip' ? 'export-zip' : 'export-folder', defaultName: `${id}.zip` });
    if (!token) return 'Export cancelled.';
    return `Exported to ${(await api.exportSessionTo({ id, format, token })).path}`;
  };
  const download = async (): Promise<string> => {
    const { fileName, bytes } = await api.zipSession({ id });
    downloadBytes(fileName, bytes);
    return `Sent ${fileName} to your browser's downloads.`;
  };
  return (
    <div className="session-actions-bar">
      <button type="button" disabled={isBusy} onClick={() => void run(() => exportAs('zip'))}>
        Export as zip{hasDialogs ? '…' : ''}
      </button>
      <button type="button" disabled={isBusy} onClick={() => void run(() => exportAs('folder'))}>
        Export as folder{hasDialogs ? '…' : ''}
      </button>
      {!hasDialogs && (
        <button type="button" disabled={isBusy} onClick={() => void run(download)}>
          Download zip
        </button>
      )}
      {isConfirming ? (
        <span role="group" aria-label="Confirm deletion" className="confirm">
          <span>Delete this session and its recordings from this computer? This cannot be undone.</span>
          <button
            type="button"
            className="danger"
            disabled={isBusy}
            onClick={() =>
              void run(async () => {
                await deletion.mutateAsync({ id });
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
