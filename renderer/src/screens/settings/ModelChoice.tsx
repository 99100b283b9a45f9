import { useId } from 'react';
import type { ModelName } from '../../../../electron/domain/settings/types';
import { api } from '../../lib/api';
import { useAsync } from '../../hooks/useAsync';

const MODELS: { name: ModelName; about: string }[] = [
  { name: 'tiny.en', about: 'smaller and faster; good for clear speech' },
  { name: 'base.en', about: 'larger and more accurate; slower on older computers' },
];

/** Which Whisper model transcribes replies, and whether it is on this computer. */
export function ModelChoice({ model, onChoose }: { model: ModelName; onChoose(model: ModelName): void }) {
  const ids = useId();
  const status = useAsync(() => api.speechStatus());
  return (
    <section className="panel" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Speech model</h2>
      <fieldset className="radio-list">
        <legend>Transcribe with</legend>
        {MODELS.map((m) => (
          <label key={m.name}>
            <input type="radio" name={`${ids}-model`} value={m.name} checked={model === m.name} onChange={() => onChoose(m.name)} /> <strong>{m.name}</strong>{' '}
            <span className="muted">({m.about})</span>
          </label>
        ))}
      </fieldset>
      {status.data && (
        <p data-testid="model-status" className={status.data.present ? '' : 'error-text'}>
          {status.data.present ? `In use: ${status.data.model}, found in ` : `${status.data.message} Models folder: `}
          <code>{status.data.modelsDir}</code>
        </p>
      )}
      <p className="muted small">
        Models are downloaded once, on request, with <code>attune models fetch {model}</code> (the only time Attune uses the network), or copied into the models folder from another
        computer. Transcription then runs entirely on this computer.
      </p>
    </section>
  );
}
