import type { PracticeView } from '../../../../shared/ipc/contract';
import { OpennessMeter } from './OpennessMeter';

interface Voice {
  hasVoice: boolean;
  isEnabled: boolean;
  setEnabled(on: boolean): void;
  stop(): void;
}

/** The session bar: scenario, partner openness, voice toggle and End. The toggle also mutes recorded lines. */
export function SessionHeader({
  view,
  voice,
  hasRecording = false,
  onEnd,
  isEnded,
  replyNumber,
}: {
  view: PracticeView;
  voice: Voice;
  /** The line on screen has its own recording, so it can be heard without a local voice. */
  hasRecording?: boolean;
  onEnd(): void;
  isEnded: boolean;
  replyNumber: number;
}) {
  const canHear = voice.hasVoice || hasRecording;
  return (
    <div className="session-header">
      <div>
        <h1 className="session-title">{view.scenarioTitle}</h1>
        <p className="muted">
          {view.fromTurn !== undefined && `Retry from turn ${view.fromTurn + 1} · `}
          {isEnded ? 'Finished' : `Reply ${replyNumber}`}
        </p>
      </div>
      <OpennessMeter value={view.openness} max={view.opennessMax} name={view.partnerName} />
      <div className="session-actions">
        <label className="check">
          <input
            type="checkbox"
            checked={voice.isEnabled && canHear}
            disabled={!canHear}
            onChange={(e) => {
              voice.setEnabled(e.target.checked);
              if (!e.target.checked) voice.stop();
            }}
          />
          {voice.hasVoice ? 'Partner voice' : hasRecording ? 'Partner voice (recorded lines)' : 'No local voice (text only)'}
        </label>
        {!isEnded && (
          <button type="button" onClick={onEnd}>
            End session
          </button>
        )}
      </div>
    </div>
  );
}
