// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, calls, deferred, push, resetFake } from '../../support/fake-api';
import { renderWithData } from '../../support/render';
import { SettingsScreen } from '../../../../renderer/src/screens/settings/SettingsScreen';
import type { Settings } from '../../../../shared/types/settings';
import type { DataLocation } from '../../../../shared/ipc/contract';

vi.mock('../../../../renderer/src/lib/api', async () => ({ api: (await import('../../support/fake-api')).fakeApi }));

const SETTINGS: Settings = { microphoneId: null, model: 'tiny.en', retentionDays: null, predictScores: false };
const usage = (sessionCount: number, bytes: number): DataLocation => ({ dataDir: '/d', sessionsDir: '/d/sessions', exportsDir: '/d/exports', sessionCount, bytes });

beforeEach(() => {
  resetFake();
  answer({
    dialogInfo: () => ({ hasDialogs: false }),
    modelsStatus: () => ({ modelsDir: '/m', models: [] }),
  });
});
afterEach(cleanup);

describe('Settings screen', () => {
  it('says it is loading, then shows the usage', async () => {
    const settings = deferred<Settings>();
    answer({ getSettings: () => settings.promise, dataLocation: () => usage(0, 0) });
    renderWithData(<SettingsScreen />);
    expect(screen.getByText('Loading settings…')).toBeTruthy();
    settings.resolve(SETTINGS);
    expect((await screen.findByTestId('data-location')).textContent).toContain('0 sessions, 0 KB');
  });

  it('shows a failed read as one plain sentence', async () => {
    answer({ getSettings: () => Promise.reject(new Error('settings.json is not valid JSON.')), dataLocation: () => usage(0, 0) });
    renderWithData(<SettingsScreen />);
    expect((await screen.findByRole('alert')).textContent).toBe('settings.json is not valid JSON.');
  });

  it('updates the usage when Node says a session was saved', async () => {
    let location = usage(0, 0);
    answer({ getSettings: () => SETTINGS, dataLocation: () => location });
    renderWithData(<SettingsScreen />);
    await screen.findByText(/0 sessions, 0 KB/);
    location = usage(1, 4096);
    push('data:changed', { what: 'session-saved', ids: ['s1'] });
    expect(await screen.findByText(/1 session, 4 KB/)).toBeTruthy();
  });

  it('Delete all re-reads the usage at once, with no Refresh', async () => {
    let location = usage(3, 10_240);
    answer({
      getSettings: () => SETTINGS,
      dataLocation: () => location,
      deleteAllData: () => {
        location = usage(0, 0);
        return { deleted: 3 };
      },
    });
    renderWithData(<SettingsScreen />);
    await screen.findByText(/3 sessions, 10 KB/);
    await userEvent.type(screen.getByLabelText(/to confirm/), 'delete all');
    await userEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect((await screen.findByTestId('data-message')).textContent).toBe('Deleted 3 sessions and all exports.');
    expect(within(screen.getByTestId('data-location')).getByText(/0 sessions, 0 KB/)).toBeTruthy();
    expect(calls.filter((c) => c.method === 'dataLocation')).toHaveLength(2);
  });
  it('offers a missing model with the same word Practice uses, Download', async () => {
    answer({
      getSettings: () => SETTINGS,
      dataLocation: () => usage(0, 0),
      modelsStatus: () => ({
        modelsDir: '/m',
        models: [{ name: 'tiny.en', repo: 'Xenova/whisper-tiny.en', path: '/m/Xenova/whisper-tiny.en', isDefault: true, present: false, valid: false, verification: 'unchecked', problems: [], bytes: null }],
      }),
    });
    renderWithData(<SettingsScreen />);
    const row = await screen.findByTestId('model-tiny.en');
    expect((await within(row).findByRole('button', { name: 'Download tiny.en from the internet' })).textContent).toBe('Download tiny.en');
    expect(screen.getByTestId('models').closest('section')?.textContent).not.toMatch(/\bFetch/);
  });
  it("the privacy notice names both buttons that download a model, in plain words with no commands", async () => {
    answer({ getSettings: () => SETTINGS, dataLocation: () => usage(0, 0) });
    renderWithData(<SettingsScreen />);
    const text = (await screen.findByTestId('network-use')).textContent ?? '';
    // Practice's no-model screen downloads too, so "only when you click it here" would not be the whole truth; one name, Download, for both.
    expect(text).toContain('The only time Attune uses the network is when you ask it to download a speech model (Download on the Practice screen, or here under Speech model)');
    expect(text).not.toMatch(/\bFetch/);
    expect(text).not.toMatch(/npm|attune models|postinstall/);
  });
});
