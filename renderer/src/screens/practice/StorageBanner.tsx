import { useState } from 'react';
import { api } from '../../lib/api';
import { useDesktop } from '../../data/queries';

/** Shown when the session could not be written: it is kept in memory, and can be saved to another folder. */
export function StorageBanner({ sessionId, message }: { sessionId: string; message?: string }) {
  const [dir, setDir] = useState('');
  const [outcome, setOutcome] = useState<string>();
  // The desktop app writes a copy only to a folder chosen in its dialog; browser mode takes a typed path.
  const { hasDialogs } = useDesktop();
  const save = async (): Promise<void> => {
    try {
      // The desktop app's dialog answers with a token for the chosen folder; browser mode sends the typed path.
      const token = hasDialogs ? (await api.pickPath({ kind: 'export-folder' })).token : null;
      if (hasDialogs && !token) return;
      const saved = await api.saveSessionCopy(token ? { id: sessionId, token } : { id: sessionId, dir });
      setOutcome(`Saved a copy in ${saved.dir}.`);
    } catch (error) {
      setOutcome((error as Error).message);
    }
  };
  return (
    <div className="banner banner-error" role="alert" data-testid="storage-problem">
      <p>
        {message ?? 'The session could not be saved.'} Nothing is lost yet: your replies are kept in memory while Attune is open.
      </p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {hasDialogs ? (
          <button type="submit">Save a copy in another folder…</button>
        ) : (
          <>
            <label htmlFor="save-elsewhere">Save a copy in this folder</label>
            <input id="save-elsewhere" value={dir} onChange={(e) => setDir(e.target.value)} placeholder="/path/to/folder" />
            <button type="submit" disabled={!dir.trim()}>
              Save copy
            </button>
          </>
        )}
      </form>
      {outcome && <p role="status">{outcome}</p>}
    </div>
  );
}
