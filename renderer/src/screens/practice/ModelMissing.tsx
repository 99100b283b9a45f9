import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { SpeechReadiness } from '../../../../shared/ipc/contract';
import { api } from '../../lib/api';
import { applyChange } from '../../data/changes';
import { useDesktop } from '../../data/queries';
import { useModelFetch } from '../../hooks/useModelFetch';
import { useGoTo } from '../../app/screen-state';

/**
 * No speech model yet: typing works now, and the model is one click away (the same download as
 * Settings, with its progress), or a copied model folder. Compact, so the scenarios stay in view.
 */
export function ModelMissing({ status, isCompact }: { status: SpeechReadiness; isCompact: boolean }) {
  const client = useQueryClient();
  const onInstalled = useCallback(() => void applyChange(client, { what: 'models-changed' }), [client]);
  const fetcher = useModelFetch(onInstalled);
  const { hasDialogs } = useDesktop();
  const goTo = useGoTo();
  const [note, setNote] = useState<{ text: string; isError: boolean }>();
  const { download } = status;
  const progress = fetcher.progress;

  const chooseFolder = async (): Promise<void> => {
    if (!download) return;
    try {
      const { token } = await api.pickPath({ kind: 'model-folder' });
      if (!token) return;
      setNote({ text: `Copying and checking the ${download.name} files…`, isError: false });
      await api.importModel({ name: download.name, token });
      setNote({ text: `${download.name} is installed.`, isError: false });
      onInstalled();
    } catch (error) {
      setNote({ text: error instanceof Error ? error.message : String(error), isError: true });
    }
  };

  const actions = download && (
    <span className="inline-form">
      <button type="button" className={isCompact ? undefined : 'primary'} disabled={fetcher.isRunning} onClick={() => void fetcher.start(download.name)}>
        Download {download.name} ({download.approxMb} MB)
      </button>
      {hasDialogs ? (
        <button type="button" onClick={() => void chooseFolder()}>
          Choose a model folder…
        </button>
      ) : (
        <button type="button" className="link-button" onClick={() => goTo('settings')}>
          Import a copied model folder in Settings
        </button>
      )}
    </span>
  );

  return (
    <section className={isCompact ? 'banner banner-info' : 'model-missing'} aria-labelledby="model-missing-heading" data-testid="model-missing">
      <h2 id="model-missing-heading" className={isCompact ? 'visually-hidden' : undefined}>
        Speaking needs a speech model
      </h2>
      <p>
        {isCompact ? 'No speech model is installed, so replies are typed for now. ' : 'You can practise right now by typing: replies are scored the same way. '}
        {!isCompact && 'To answer aloud, get the speech model once; it runs on this computer and nothing you say is sent anywhere.'}
      </p>
      {!download && <p className="error-text">{status.message}</p>}
      {actions}
      {progress && (
        <div className="fetch-progress" data-testid="practice-fetch-progress" data-state={progress.state}>
          {progress.state === 'running' &&
            (progress.fraction === null ? <progress aria-label={`Downloading ${progress.name}`} /> : <progress aria-label={`Downloading ${progress.name}`} max={1} value={progress.fraction} />)}
          {progress.state === 'running' && (
            <button type="button" onClick={fetcher.cancel}>
              Cancel download
            </button>
          )}
          <p role={progress.state === 'failed' ? 'alert' : 'status'} className={progress.state === 'failed' ? 'error-text' : 'muted'}>
            {progress.message}
          </p>
        </div>
      )}
      {note && (
        <p role={note.isError ? 'alert' : 'status'} className={note.isError ? 'error-text' : 'muted'}>
          {note.text}
        </p>
      )}
    </section>
  );
}
