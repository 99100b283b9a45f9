import { useId, useState, type FormEvent } from 'react';
import type { ModelName } from '../../../../electron/domain/settings/types';
import { api } from '../../lib/api';
import { useAsync } from '../../hooks/useAsync';

const ABOUT: Record<ModelName, string> = {
  'tiny.en': 'smaller and faster; good for clear speech',
  'base.en': 'larger and more accurate; slower on older computers',
};

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Which Whisper model transcribes replies, whether each is on this computer (and its size), and how to get one. */
export function ModelChoice({ model, onChoose }: { model: ModelName; onChoose(model: ModelName): void }) {
  const ids = useId();
  const status = useAsync(() => api.modelsStatus());
  const info = (name: string) => status.data?.models.find((m) => m.name === name);
  const [path, setPath] = useState('');
  const [isImporting, setImporting] = useState(false);
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const importFolder = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setImporting(true);
    setMessage({ text: `Copying and checking the ${model} files…`, isError: false });
    try {
      const { installedAt } = await api.importModel({ name: model, path: path.trim() });
      setMessage({ text: `Imported ${model} into ${installedAt}.`, isError: false });
      setPath('');
      status.reload();
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), isError: true });
    } finally {
      setImporting(false);
    }
  };
  return (
    <section className="panel" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Speech model</h2>
      <fieldset className="radio-list" data-testid="models">
        <legend>Transcribe with</legend>
        {(Object.keys(ABOUT) as ModelName[]).map((name) => {
          const m = info(name);
          const state = !m ? '' : !m.present ? 'not installed' : m.valid ? `installed, ${m.bytes === null ? 'size unknown' : megabytes(m.bytes)}` : `damaged: ${m.problems.join('; ')}`;
          return (
            <label key={name}>
              <input type="radio" name={`${ids}-model`} value={name} checked={model === name} onChange={() => onChoose(name)} /> <strong>{name}</strong>{' '}
              <span className="muted">({ABOUT[name]})</span> · <span className={m && !(m.present && m.valid) ? 'error-text' : ''}>{state}</span>
            </label>
          );
        })}
      </fieldset>
      {status.error && <p className="error-text">{status.error}</p>}
      {status.data && (
        <p className="small">
          Models folder: <code>{status.data.modelsDir}</code>
        </p>
      )}
      <form className="inline-form" onSubmit={(e) => void importFolder(e)}>
        <label htmlFor={`${ids}-path`}>Import a {model} folder from</label>
        <input id={`${ids}-path`} type="text" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/media/usb/whisper-tiny.en" spellCheck={false} size={40} />
        <button type="submit" disabled={!path.trim() || isImporting}>
          Import model
        </button>
      </form>
      {message && (
        <p role="status" className={message.isError ? 'error-text' : 'muted'} data-testid="model-message">
          {message.text}
        </p>
      )}
      <p className="muted small">
        This build has no pinned checksums for these models, so Attune records the checksums of the files you import and checks them from then on. Or run <code>attune models fetch {model} --record-hashes</code> once: the only time Attune uses the network. Transcription then runs entirely on this computer.
      </p>
    </section>
  );
}
