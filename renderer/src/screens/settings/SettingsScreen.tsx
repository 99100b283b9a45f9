import './settings.css';
import { useCallback, useState } from 'react';
import type { Settings } from '../../../../electron/domain/settings/types';
import { api } from '../../lib/api';
import { announceModelsChanged } from '../../lib/model-changes';
import { useAsync } from '../../hooks/useAsync';
import { DataControls } from './DataControls';
import { MicrophoneTest } from './MicrophoneTest';
import { ModelChoice } from './ModelChoice';
import { PrivacyNotice } from './PrivacyNotice';

/** Settings: microphone, speech model, data and retention, and the privacy statement. */
export function SettingsScreen() {
  const stored = useAsync(() => api.getSettings());
  // The latest saved settings, else what was read at start.
  const [saved, setSettings] = useState<Settings>();
  const settings = saved ?? stored.data;
  const [error, setError] = useState<string>();

  const save = useCallback(async (patch: Partial<Settings>) => {
    try {
      const result = await api.setSettings(patch);
      setSettings(result.settings);
      setError(undefined);
      return result.retention;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      throw e;
    }
  }, []);
  const location = useAsync(() => api.dataLocation());

  return (
    <section aria-labelledby="settings-heading" className="settings">
      <h1 id="settings-heading">Settings</h1>
      {(stored.error ?? error) && (
        <p className="banner banner-error" role="alert">
          {stored.error ?? error}
        </p>
      )}
      {settings && (
        <>
          <MicrophoneTest deviceId={settings.microphoneId} onChoose={(microphoneId) => void save({ microphoneId }).catch(() => undefined)} />
          <ModelChoice model={settings.model} onChoose={(model) => void save({ model }).then(announceModelsChanged, () => undefined)} />
          <DataControls retentionDays={settings.retentionDays} onRetention={(retentionDays) => save({ retentionDays })} />
        </>
      )}
      <PrivacyNotice dataDir={location.data?.dataDir} />
    </section>
  );
}
