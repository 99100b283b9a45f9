import './settings.css';
import { useCallback } from 'react';
import type { Settings } from '../../../../shared/types/settings';
import { api } from '../../lib/api';
import { useDataMutation } from '../../data/mutations';
import { errorText, useDataUsage, useSettings } from '../../data/queries';
import { DataControls } from './DataControls';
import { MicrophoneTest } from './MicrophoneTest';
import { ModelChoice } from './ModelChoice';
import { PrivacyNotice } from './PrivacyNotice';

/** Settings: microphone, speech model, data and retention, and the privacy statement. */
export function SettingsScreen() {
  const stored = useSettings();
  const settings = stored.data;
  const saving = useDataMutation((patch: Partial<Settings>) => api.setSettings(patch), (_patch, result) => ({ what: 'settings-changed', ids: result.retention.deleted }));
  const { mutateAsync } = saving;
  const save = useCallback(async (patch: Partial<Settings>) => (await mutateAsync(patch)).retention, [mutateAsync]);
  const location = useDataUsage();
  const error = errorText(stored.error) ?? errorText(saving.error);

  return (
    <section aria-labelledby="settings-heading" className="settings">
      <h1 id="settings-heading">Settings</h1>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {stored.isPending && !stored.error && <p className="muted">Loading settings…</p>}
      {settings && (
        <>
          <MicrophoneTest deviceId={settings.microphoneId} onChoose={(microphoneId) => void save({ microphoneId }).catch(() => undefined)} />
          <ModelChoice model={settings.model} onChoose={(model) => void save({ model }).catch(() => undefined)} />
          <DataControls retentionDays={settings.retentionDays} onRetention={(retentionDays) => save({ retentionDays })} />
        </>
      )}
      <PrivacyNotice dataDir={location.data?.dataDir} />
    </section>
  );
}
