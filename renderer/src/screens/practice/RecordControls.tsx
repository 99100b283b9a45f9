import { useCallback, useEffect } from 'react';
import { useRecorder } from '../../hooks/useRecorder';
import { useSettings } from '../../data/queries';
import { useIsScreenShown } from '../../app/screen-state';

/** True when a key press belongs to a text field or button, where Space must keep its usual meaning. */
function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(el.tagName));
}

/** Record / Stop with live level and elapsed time; Space toggles recording when focus is not in a field. */
export function RecordControls({ canRecord, onRecorded, onStart }: { canRecord: boolean; onRecorded(audio: Float32Array): void; onStart?(): void }) {
  const settings = useSettings();
  const recorder = useRecorder(settings.data?.microphoneId);
  const { isRecording, start, stop, discard } = recorder;
  const isShown = useIsScreenShown();
  // The recording belongs to Practice: leaving the screen stops it and throws it away, so the
  // microphone is never on unseen and a reply never holds minutes of another screen.
  useEffect(() => {
    if (!isShown) discard();
  }, [isShown, discard]);
  const toggle = useCallback(() => {
    if (!canRecord) return;
    if (isRecording) void stop().then((audio) => audio && onRecorded(audio));
    else {
      onStart?.();
      void start();
    }
  }, [canRecord, isRecording, start, stop, onRecorded, onStart]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.code !== 'Space' || event.repeat || isTypingTarget(event.target)) return;
      const screen = document.getElementById('screen-practice');
      if (screen?.hidden) return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  const levelPercent = Math.min(100, Math.round(Math.sqrt(recorder.level) * 100));
  return (
    <div className="record">
      <button
        type="button"
        className={isRecording ? 'record-button recording' : 'record-button primary'}
        onClick={toggle}
        disabled={!canRecord || recorder.status === 'starting'}
        aria-describedby="record-hint"
      >
        {isRecording ? 'Stop' : 'Record reply'}
      </button>
      <p id="record-hint" className="muted">
        {canRecord ? 'Or press Space to start and stop.' : 'Recording needs a speech model; type your reply instead.'}
      </p>
      {isRecording && (
        <div className="record-live" role="status" aria-live="off">
          <span className="rec-dot" aria-hidden="true" /> Recording <span data-testid="elapsed">{recorder.elapsedSec.toFixed(1)} s</span>
          <meter className="level" aria-label="Input level" min={0} max={100} value={levelPercent} data-testid="level" />
        </div>
      )}
      {recorder.message && (
        <p className="banner banner-error" role="alert" data-testid="mic-problem">
          {recorder.message}
        </p>
      )}
    </div>
  );
}
