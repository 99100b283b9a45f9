import { useCallback, useId } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ModelName } from '../../../../shared/types/settings';
import { applyChange } from '../../data/changes';
import { errorText, useModelList } from '../../data/queries';
import { useDesktop } from '../../data/queries';
import { useModelFetch } from '../../hooks/useModelFetch';
import { ModelImport } from './ModelImport';
import { OpenFolderButton } from './OpenFolderButton';

const ABOUT: Record<ModelName, string> = {
  'tiny.en': 'smaller and faster; good for clear speech',
  'base.en': 'larger and more accurate; slower on older computers',
};

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Which Whisper model transcribes replies, whether each is on this computer (and its size), and how to get one: download or import. */
export function ModelChoice({ model, onChoose }: { model: ModelName; onChoose(model: ModelName): void }) {
  const ids = useId();
  const status = useModelList();
  const client = useQueryClient();
  const { hasDialogs } = useDesktop();
  const onInstalled = useCallback(() => void applyChange(client, { what: 'models-changed' }), [client]);
  const fetcher = useModelFetch(onInstalled);
  const info = (name: string) => status.data?.models.find((m) => m.name === name);
  const progress = fetcher.progress;
  return (
    <section className="panel" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Speech model</h2>
      <fieldset className="radio-list" data-testid="models">
        <legend>Transcribe with</legend>
        {(Object.keys(ABOUT) as ModelName[]).map((name) => {
          const m = info(name);
          const isReady = !!m && m.present && m.valid;
          const state = !m ? '' : !m.present ? 'not installed' : m.valid ? `installed, ${m.bytes === null ? 'size unknown' : megabytes(m.bytes)}` : `damaged: ${m.problems.join('; ')}`;
          return (
            <div className="model-row" key={name} data-testid={`model-${name}`}>
              <label>
                <input type="radio" name={`${ids}-model`} value={name} checked={model === name} onChange={() => onChoose(name)} /> <strong>{name}</strong>{' '}
                <span className="muted">({ABOUT[name]})</span> · <span className={m && !isReady ? 'error-text' : ''}>{state}</span>
              </label>
              {m && !isReady && (
                <button type="button" disabled={fetcher.isRunning} onClick={() => void fetcher.start(name)} aria-label={`Download ${name} from the internet`}>
                  Download {name}
                </button>
              )}
            </div>
          );
        })}
      </fieldset>
      {progress && (
        <div className="fetch-progress" data-testid="fetch-progress" data-state={progress.state}>
          {progress.state === 'running' && (
            <>
              {progress.fraction === null ? <progress aria-label={`Downloading ${progress.name}`} /> : <progress aria-label={`Downloading ${progress.name}`} max={1} value={progress.fraction} />}
              <div className="inline-form">
                <button type="button" onClick={fetcher.cancel}>
                  Cancel download
                </button>
              </div>
            </>
          )}
          <p role={progress.state === 'failed' ? 'alert' : 'status'} className={progress.state === 'failed' ? 'error-text' : 'muted'} data-testid="fetch-message">
            {progress.message}
          </p>
        </div>
      )}
      {status.error && <p className="error-text">{errorText(status.error)}</p>}
      {status.data && (
        <p className="small inline-form">
          <span>
            Models folder: <code>{status.data.modelsDir}</code>
          </span>
          <OpenFolderButton folder="models" label="Open the models folder" />
        </p>
      )}
      <ModelImport model={model} hasDialogs={hasDialogs} onImported={onInstalled} />
      <p className="muted small">
        Download gets the model from huggingface.co in a separate process, only when you click it: the one time Attune uses the network. This build has no pinned checksums
        for these models, so Attune records the checksums of the files it downloads or imports and checks them from then on. Transcription then runs entirely on this computer.
      </p>
    </section>
  );
}
