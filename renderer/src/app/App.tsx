import { useCallback, useState } from 'react';
import { Nav } from './Nav';
import { SCREENS, type ScreenId } from './screens';
import { StoreProblems } from './StoreProblems';
import { ErrorBoundary } from './ErrorBoundary';
import { MicIndicator } from './MicIndicator';
import { MicActivityProvider, ReplayRequests, ScreenNavigation, ScreenShown, type ReplayRequest } from './screen-state';
import { stopPartnerVoice } from '../hooks/usePartnerVoice';

/**
 * The window: navigation on top, one screen below. Screens stay mounted so a live session survives
 * a look at Review; each knows whether it is shown, so a hidden one lets go of the microphone.
 */
export function App() {
  const [current, setCurrent] = useState<ScreenId>('practice');
  // Screens stay mounted, so a partner line would go on playing under the next screen.
  const select = useCallback(
    (id: ScreenId): void => {
      if (id !== current) stopPartnerVoice();
      setCurrent(id);
    },
    [current],
  );
  const [replay, setReplay] = useState<ReplayRequest>();
  const goTo = useCallback(
    (id: string, replaySessionId?: string, branchId?: string) => {
      if (!SCREENS.some((s) => s.id === id)) return;
      if (replaySessionId) setReplay((last) => ({ sessionId: replaySessionId, ...(branchId ? { branchId } : {}), serial: (last?.serial ?? 0) + 1 }));
      select(id as ScreenId);
    },
    [select],
  );
  return (
    <MicActivityProvider>
      <ScreenNavigation value={goTo}>
      <ReplayRequests value={replay}>
      <div className="app">
        <header className="app-header">
          <span className="brand" aria-hidden="true">
            Attune
          </span>
          <Nav current={current} onSelect={select} />
          <MicIndicator />
        </header>
        <StoreProblems />
        {SCREENS.map(({ id, label, component: Screen }) => (
          <main key={id} id={`screen-${id}`} aria-label={label} hidden={id !== current} className="screen">
            <ScreenShown value={id === current}>
              <ErrorBoundary>
                <Screen />
              </ErrorBoundary>
            </ScreenShown>
          </main>
        ))}
      </div>
      </ReplayRequests>
      </ScreenNavigation>
    </MicActivityProvider>
  );
}
