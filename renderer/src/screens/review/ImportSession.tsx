import { useId, useState, type FormEvent } from 'react';
import { api } from '../../lib/api';

/** Import an exported session (zip file or folder) by its path on this computer. */
export function ImportSession({ onImported }: { onImported(): void }) {
  const inputId = useId();
  const [path, setPath] = useState('');
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    try {
      const result = await api.importSession({ path: path.trim() });
      const text =
        result.status === 'already-present'
          ? `Session ${result.id} is already here, unchanged.`
          : result.status === 'renamed'
            ? `Imported as ${result.id} (a different session already had its id).`
            : `Imported session ${result.id}.`;
      setMessage({ text, isError: false });
      onImported();
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), isError: true });
    }
  };
  return (
    <form className="panel import-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${inputId}-h`}>
      <h2 id={`${inputId}-h`}>Import a session</h2>
      <label htmlFor={inputId}>Path of an exported .zip file or folder</label>
      <div className="inline-form">
        <input id={inputId} type="text" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/you/attune-export.zip" spellCheck={false} size={50} />
        <button type="submit" disabled={!path.trim()}>
          Import
        </button>
      </div>
      {message && (
        <p role="status" className={message.isError ? 'error-text' : 'muted'} data-testid="import-message">
          {message.text}
        </p>
      )}
    </form>
  );
}
