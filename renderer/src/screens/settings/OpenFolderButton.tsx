import { useState } from 'react';
import { api } from '../../lib/api';

/** A button that opens the data or models folder in the system's file manager, saying what happened. */
export function OpenFolderButton({ folder, label }: { folder: 'data' | 'models'; label: string }) {
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const open = async (): Promise<void> => {
    try {
      const { opened } = await api.openFolder({ folder });
      setMessage({ text: `Opened ${opened} in your file manager.`, isError: false });
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), isError: true });
    }
  };
  return (
    <>
      <button type="button" onClick={() => void open()}>
        {label}
      </button>
      {message && (
        <span role="status" className={`folder-message ${message.isError ? 'error-text' : 'muted'}`} data-testid={`${folder}-folder-message`}>
          {message.text}
        </span>
      )}
    </>
  );
}
