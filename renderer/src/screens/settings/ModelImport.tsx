import { useId, useState, type FormEvent } from 'react';
import type { ModelName } from '../../../../shared/types/settings';
import { api } from '../../lib/api';

/** Import a model folder copied from elsewhere: a folder dialog in the desktop app, a typed path in browser mode. */
export function ModelImport({ model, hasDialogs, onImported }: { model: ModelName; hasDialogs: boolean; onImported(): void }) {
  const ids = useId();
  const [path, setPath] = useState('');
  const [isImporting, setImporting] = useState(false);
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const importFrom = async (from: { token: string } | { path: string }): Promise<void> => {
    setImporting(true);
    setMessage({ text: `Copying and checking the ${model} files…`, isError: false });
    try {
      const { installedAt } = await api.importModel({ name: model, ...from });
      setMessage({ text: `Imported ${model} into ${installedAt}.`, isError: false });
      setPath('');
      onImported();
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), isError: true });
    } finally {
      setImporting(false);
    }
  };
  const choose = async (): Promise<void> => {
    const { token } = await api.pickPath({ kind: 'model-folder' });
    if (token) await importFrom({ token });
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void importFrom({ path: path.trim() });
  };
  return (
    <>
      {hasDialogs ? (
        <p className="inline-form">
          <span>Import a {model} folder copied from another computer</span>
          <button type="button" disabled={isImporting} onClick={() => void choose()}>
            Choose model folder…
          </button>
        </p>
      ) : (
        <form className="inline-form" onSubmit={submit}>
          <label htmlFor={`${ids}-path`}>Import a {model} folder from</label>
          <input id={`${ids}-path`} type="text" value={path} onChange={(e) => setPath(e.target.value)} placeholder={`/media/usb/whisper-${model}`} spellCheck={false} size={40} />
          <button type="submit" disabled={!path.trim() || isImporting}>
            Import model
          </button>
        </form>
      )}
      {message && (
        <p role="status" className={message.isError ? 'error-text' : 'muted'} data-testid="model-message">
          {message.text}
        </p>
      )}
    </>
  );
}
