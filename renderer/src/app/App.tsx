import { useState } from 'react';
import { Nav } from './Nav';
import { SCREENS, type ScreenId } from './screens';
import { StoreProblems } from './StoreProblems';
import { ErrorBoundary } from './ErrorBoundary';
import { stopPartnerVoice } from '../hooks/usePartnerVoice';

/** The window: navigation on top, one screen below. Screens stay mounted so a live session survives a look at Review. */
export function App() {
  const [current, setCurrent] = useState<ScreenId>('practice');
  // Screens stay mounted, so a partner line would go on playing under the next screen.
  const select = (id: ScreenId): void => {
    if (id !== current) stopPartnerVoice();
    setCurrent(id);
  };
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand" aria-hidden="true">
          Attune
        </span>
        <Nav current={current} onSelect={select} />
      </header>
      <StoreProblems />
      {SCREENS.map(({ id, label, component: Screen }) => (
        <main key={id} id={`screen-${id}`} aria-label={label} hidden={id !== current} className="screen">
          <ErrorBoundary>
            <Screen />
          </ErrorBoundary>
        </main>
      ))}
    </div>
  );
}
