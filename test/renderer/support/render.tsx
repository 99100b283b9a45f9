/** Renders a screen as the app does: inside the data provider, with a fresh query cache per test. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createQueryClient, DataProvider } from '../../../renderer/src/data/DataProvider';

// jsdom has no media playback; the screens pause the partner's voice when they unmount.
HTMLMediaElement.prototype.pause = () => undefined;

/** Renders `ui` with its own query client. */
export function renderWithData(ui: ReactNode) {
  const client = createQueryClient();
  return { client, ...render(<DataProvider client={client}>{ui}</DataProvider>) };
}
