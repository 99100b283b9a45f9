import { useId, useState } from 'react';
import { api } from '../../lib/api';

/** Where data lives: the folder's path, to copy, and a button that opens it in the file manager. */
export function DataFolder({ path }: { path: string }) {
  const ids = useId();
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const open = async (): Promise<void> => {
    try {
      const { opened } = await api.openFolder({ folder: 'data' });
      setMessage({ text: `Opened ${opened} in your file manager.`, isError: false });
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), isError: true });
    }
  };
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(path);
      setMessage({ text: 'Path copied.', isError: false });
    } catch {
      // Clipboard access can be refused; the path stays selected in the field for Ctrl+C.
      (document.getElementById(`${ids}-path`) as HTMLInputElement | null)?.select();
      setMessage({ text: 'Copying was not allowed here; the path is selected, press Ctrl+C.', isError: false });
    }
  };
  return (
    <div className="data-folder">
      <label htmlFor={`${ids}-path`}>Data folder</label>
      <div className="inline-form">
        <input id={`${ids}-path`} type="text" readOnly value={path} onFocus={(e) => e.currentTarget.select()} size={Math.min(60, Math.max(20, path.length))} data-testid="data-dir" />
        <button type="button" onClick={() => void copy()}>
          Copy path
        </button>
        <button type="button" onClick={() => void open()}>
          Open the data folder
        </button>
      </div>
      {message && (
        <p role="status" className={message.isError ? 'error-text' : 'muted'} data-testid="folder-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
