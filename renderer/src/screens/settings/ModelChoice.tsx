import { useId } from 'react';
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
      <p className="muted small">
        To get a model, run <code>attune models fetch {model}</code> once (the only time Attune uses the network), or copy a model folder from another computer into the
        models folder. Transcription then runs entirely on this computer.
      </p>
    </section>
  );
}
