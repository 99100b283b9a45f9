import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ImportResult } from '../../../../shared/types/archive';
import { api } from '../../lib/api';
import { useDataMutation } from '../../data/mutations';
import { useDesktop } from '../../data/queries';
import { formatWhen } from './SessionList';

// The dev host carries uploads as base64 JSON and refuses more (the same figure as MAX_UPLOAD_BYTES in Node).
const MAX_UPLOAD_MB = 45;

/** Names the session by its scenario and date, as the session list does: its id means nothing to a person. */
function describe(result: ImportResult): string {
  const session = `the session “${result.scenarioTitle}” from ${formatWhen(result.startedAt)}`;
  if (result.status === 'already-present') return `${session.charAt(0).toUpperCase()}${session.slice(1)} is already here, unchanged.`;
  if (result.status === 'renamed') return `Imported ${session}. A different session here had the same file name, so both are kept.`;
  return `Imported ${session}.`;
}

/** Import an exported session: upload a .zip (any mode), pick a zip or folder (desktop app), or type its path (browser mode). */
export function ImportSession() {
  const ids = useId();
  const { hasDialogs } = useDesktop();
  const [path, setPath] = useState('');
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const importing = useDataMutation((work: () => Promise<ImportResult | null>) => work(), (_work, result) => ({ what: 'sessions-imported', ids: result ? [result.id] : [] }));
  const run = async (work: () => Promise<ImportResult | null>): Promise<void> => {
    try {
      const result = await importing.mutateAsync(work);
      if (!result) return;
      setMessage({ text: describe(result), isError: false });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), isError: true });
    }
  };
  const upload = (event: ChangeEvent<HTMLInputElement>): void => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      if (file.size > MAX_UPLOAD_MB * 1024 * 1024) throw new Error(`${file.name} is larger than ${MAX_UPLOAD_MB} MB; import it by its path instead.`);
      setMessage({ text: `Checking ${file.name}…`, isError: false });
      return api.importSessionUpload({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    }).finally(() => (input.value = ''));
  };
  const pick = (kind: 'session-zip' | 'session-folder'): void =>
    void run(async () => {
      // The desktop app opens only what was chosen in its dialog: the token stands for that choice.
      const { token } = await api.pickPath({ kind });
      return token ? api.importSession({ token }) : null;
    });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void run(() => api.importSession({ path: path.trim() }));
  };
  return (
    <section className="panel import-form" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Import a session</h2>
      <div className="inline-form">
        <label htmlFor={`${ids}-file`}>Upload an exported .zip file</label>
        <input id={`${ids}-file`} type="file" accept=".zip,application/zip" onChange={upload} />
      </div>
      {hasDialogs ? (
        <div className="inline-form">
          <button type="button" onClick={() => pick('session-zip')}>
            Choose a zip file…
          </button>
          <button type="button" onClick={() => pick('session-folder')}>
            Choose an exported folder…
          </button>
        </div>
      ) : (
        <form onSubmit={submit}>
          <label htmlFor={`${ids}-path`}>Path of an exported .zip file or folder</label>
          <div className="inline-form">
            <input id={`${ids}-path`} type="text" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/you/attune-export.zip" spellCheck={false} size={50} />
            <button type="submit" disabled={!path.trim()}>
              Import
            </button>
          </div>
        </form>
      )}
      {message && (
        <p role="status" className={message.isError ? 'error-text' : 'muted'} data-testid="import-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
