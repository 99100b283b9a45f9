import { useIsMicLive } from './screen-state';

/** A small sign in the header while the microphone is live, on every screen. */
export function MicIndicator() {
  if (!useIsMicLive()) return null;
  return (
    <span className="mic-live" role="status" data-testid="mic-live">
      <span className="rec-dot" aria-hidden="true" /> Microphone on
    </span>
  );
}
