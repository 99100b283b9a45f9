import { useId, useState } from 'react';
import { OpenFolderButton } from './OpenFolderButton';

/** Where data lives: the folder's path, to copy, and a button that opens it in the file manager. */
export function DataFolder({ path }: { path: string }) {
  const ids = useId();
  const [copied, setCopied] = useState<string>();
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(path);
      setCopied('Path copied.');
    } catch {
      // Clipboard access can be refused; the path stays selected in the field for Ctrl+C.
      (document.getElementById(`${ids}-path`) as HTMLInputElement | null)?.select();
      setCopied('Copying was not allowed here; the path is selected, press Ctrl+C.');
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
        <OpenFolderButton folder="data" label="Open the data folder" />
      </div>
      {copied && (
        <p role="status" className="muted">
          {copied}
        </p>
      )}
    </div>
  );
}
