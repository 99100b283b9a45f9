import { useEffect, useRef } from 'react';
import type { VoiceActivity } from '../../hooks/usePartnerVoice';

interface Props {
  name: string;
  line: string;
  isRedo: boolean;
  /** The partner can be heard: the voice is on and there is a recording or a local voice. */
  canHear: boolean;
  /** The scenario ships a recording of this line. */
  isRecorded: boolean;
  activity: VoiceActivity;
  /** A quiet note when the recording could not be played. */
  note?: string;
  onReplay(): void;
}

/**
 * The partner's line, always as text; heard as its recording when the scenario has one, else with
 * a local voice. Focus moves here on each new line.
 */
export function PartnerLine({ name, line, isRedo, canHear, isRecorded, activity, note, onReplay }: Props) {
  const ref = useRef<HTMLElement>(null);
  // Keyboard and screen-reader users land on the new line instead of at the top of the page.
  useEffect(() => ref.current?.focus({ preventScroll: true }), [line, isRedo]);
  return (
    <figure className="partner-line" aria-live="polite" tabIndex={-1} ref={ref} aria-label={`${name} says`} data-voice={activity}>
      <figcaption>
        {name} says{isRedo ? ' (answering again)' : ''}:
      </figcaption>
      <blockquote data-testid="partner-line">{line}</blockquote>
      {canHear && (
        <p className="partner-voice">
          <button type="button" className="link-button" onClick={onReplay} aria-describedby={isRecorded ? 'partner-recorded' : undefined}>
            {activity === 'playing' ? 'Play from the start' : 'Hear it again'}
          </button>
          {isRecorded && (
            <span id="partner-recorded" className="muted small">
              {activity === 'loading' ? 'Loading the recording…' : activity === 'playing' ? 'Playing the recording…' : 'Recorded line'}
            </span>
          )}
        </p>
      )}
      {note && (
        <p className="muted small" role="status" data-testid="voice-note">
          {note}
        </p>
      )}
    </figure>
  );
}
