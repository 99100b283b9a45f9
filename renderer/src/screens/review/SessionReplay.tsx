import { useCallback, useEffect, useRef, useState } from 'react';
import { useIsScreenShown } from '../../app/screen-state';
import { continuingAttempt } from '../../../../shared/sessions/scores';
import { sessionLine, type SessionLine } from '../../../../shared/sessions/branches';
import type { Session } from '../../../../shared/types/sessions';
import { usePartnerVoice } from '../../hooks/usePartnerVoice';
import { errorText, useSession } from '../../data/queries';
import { AttemptReplay } from './AttemptReplay';
import type { WaveformHandle } from './ReplyWaveform';
import { SessionActions } from './SessionActions';
import { formatWhen } from './SessionList';
import { LinePicker } from './LinePicker';

const ENDINGS: Record<string, string> = { success: 'The partner opened up.', withdrawn: 'The partner withdrew.', ended: 'You ended the session.' };

/** The line to replay: the retry asked for, or the first try when there is no such retry (any more). */
function lineOf(session: Session, branchId: string | undefined): SessionLine {
  try {
    return sessionLine(session, branchId);
  } catch {
    return sessionLine(session);
  }
}

/** One session replayed turn by turn, on its first try or one of its retries; keys: K or Space play/pause, N next reply, P previous reply. */
export function SessionReplay({ id, branchId: firstBranch, onBack, onDeleted }: { id: string; branchId?: string; onBack(): void; onDeleted(): void }) {
  const query = useSession(id);
  const session = query.data;
  const [branchId, setBranchId] = useState(firstBranch);
  const line = session && lineOf(session, branchId);
  const error = errorText(query.error);
  const voice = usePartnerVoice();
  const { attachAudio } = voice;
  /** The turn whose partner line was last played, for the voice's quiet note. */
  const [heardTurn, setHeardTurn] = useState<number>();
  const handles = useRef(new Map<string, WaveformHandle>());
  const root = useRef<HTMLElement>(null);
  const [active, setActive] = useState(0);
  const attempts = line?.turns.flatMap((t) => t.attempts) ?? [];
  const onHandle = useCallback((attemptId: string, handle: WaveformHandle | null) => {
    if (handle) handles.current.set(attemptId, handle);
    else handles.current.delete(attemptId);
  }, []);

  useEffect(() => {
    root.current?.focus();
  }, [session]);

  const move = (step: number): void => {
    const next = Math.min(Math.max(active + step, 0), attempts.length - 1);
    const current = attempts[active];
    if (current) handles.current.get(current.id)?.stop();
    setActive(next);
    const el = root.current?.querySelector<HTMLElement>(`[data-attempt-id="${attempts[next]?.id}"]`);
    el?.scrollIntoView({ block: 'nearest' });
  };

  const isShown = useIsScreenShown();
  // The latest handler, for the one window listener below.
  const onKeyRef = useRef<(event: KeyboardEvent) => void>(undefined);
  useEffect(() => {
    if (!isShown) return;
    const listener = (event: KeyboardEvent): void => onKeyRef.current?.(event);
    // Keys work anywhere on the Review screen, not only with focus inside the replay.
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [isShown]);

  const onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    // Typing in a field (the import path, a select) keeps its keys; modified keys are shortcuts of the browser.
    if (target.closest?.('input, select, textarea, [contenteditable="true"]') || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.toLowerCase();
    // Space belongs to a focused button; K always toggles playback.
    if (key === 'k' || (key === ' ' && !target.closest('button'))) {
      const current = attempts[active];
      if (current) handles.current.get(current.id)?.playPause();
      event.preventDefault();
    } else if (key === 'n' || key === 'j') {
      move(1);
      event.preventDefault();
    } else if (key === 'p') {
      move(-1);
      event.preventDefault();
    }
  };

  useEffect(() => {
    onKeyRef.current = onKeyDown;
  });

  if (error) {
    return (
      <div className="banner banner-error" role="alert">
        <p>{error}</p>
        <button type="button" onClick={onBack}>
          Back to the list
        </button>
      </div>
    );
  }
  if (!session || !line) return <p className="muted">Loading session…</p>;
  let counter = 0;
  return (
    <section ref={root} tabIndex={-1} className="replay" aria-labelledby="replay-heading" data-testid="replay">
      <button type="button" className="link-button" onClick={onBack}>
        ← All sessions
      </button>
      <h1 id="replay-heading">{session.scenarioTitle}</h1>
      <p className="muted">
        {formatWhen(session.startedAt)} · {line.ending ? ENDINGS[line.ending] : 'Unfinished.'} · Keys: <kbd>K</kbd> or <kbd>Space</kbd> play/pause, <kbd>N</kbd> next reply,{' '}
        <kbd>P</kbd> previous reply
      </p>
      <SessionActions id={id} onDeleted={onDeleted} />
      <LinePicker
        session={session}
        branchId={line.branchId}
        onPick={(next) => {
          const current = attempts[active];
          if (current) handles.current.get(current.id)?.stop();
          setBranchId(next);
          setActive(0);
        }}
      />
      <audio ref={attachAudio} data-testid="partner-audio" preload="auto" />
      {line.turns.map((turn) => {
        const keptId = continuingAttempt(turn)?.id;
        return (
          <div key={`${line.branchId ?? ''}-${turn.index}`} className="turn" data-testid="replay-turn">
            {line.branchId && line.fromTurn > 0 && turn.index === line.fromTurn && <h2 className="retry-start">Your retry starts here, at turn {turn.index + 1}</h2>}
            {line.branchId && turn.index < line.fromTurn && <p className="small muted">Turn {turn.index + 1}, as in the version this retry came from</p>}
            <div className="partner-line">
              <p className="small muted">Partner</p>
              <blockquote>{turn.partnerLine}</blockquote>
              {(voice.hasVoice || turn.partnerAudio) && (
                <button
                  type="button"
                  onClick={() => {
                    setHeardTurn(turn.index);
                    // The recording, when the scenario had one for this line (checked against the text in case the scenario changed).
                    voice.speak(turn.partnerLine, turn.partnerAudio ? { scenarioId: session.scenarioId, line: turn.partnerAudio } : undefined);
                  }}
                >
                  {turn.partnerAudio ? 'Hear the recorded line' : 'Hear the line'}
                </button>
              )}
              {heardTurn === turn.index && voice.note && (
                <p className="muted small" role="status" data-testid="voice-note">
                  {voice.note}
                </p>
              )}
            </div>
            {turn.attempts.length > 1 && <h3 className="compare-heading">{turn.attempts.length} attempts, side by side</h3>}
            <div className={turn.attempts.length > 1 ? 'compare-grid' : undefined}>
              {turn.attempts.map((attempt, i) => {
                const index = counter++;
                return (
                  <AttemptReplay
                    key={attempt.id}
                    sessionId={id}
                    attempt={attempt}
                    title={turn.attempts.length > 1 ? `Attempt ${i + 1}${attempt.id === keptId ? ' (kept: the talk went on from this one)' : ''}` : 'Your reply'}
                    isActive={index === active}
                    onHandle={onHandle}
                  />
                );
              })}
            </div>
          </div>
        );
      })}
    </section>
  );
}
