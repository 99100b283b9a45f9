import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ReplyAttempt } from '../../../../shared/types/sessions';
import { useSessionAudio } from '../../hooks/useSessionAudio';
import { segment } from '../practice/marks';
import { ReplyWaveform, type WaveformHandle } from './ReplyWaveform';
import { inlineMarks, regionsFor, timedMarks, type TimedMark } from './replay-marks';

const fmt = (s: number): string => `${Math.floor(s / 60)}:${(s % 60).toFixed(1).padStart(4, '0')}`;

function MarkButton({ text, mark, onSeek }: { text: string; mark: TimedMark; onSeek(mark: TimedMark): void }) {
  const tip = useId();
  return (
    <span className="mark-wrap">
      <button type="button" className={`mark mark-${mark.tone} mark-button`} aria-describedby={tip} disabled={!mark.time} onClick={() => onSeek(mark)} data-mark-start={mark.time?.start}>
        {text}
      </button>
      <span role="tooltip" id={tip} className="mark-tip">
        <strong>{mark.label}</strong>: {mark.why}
        {mark.suggestion && <span className="mark-suggestion">Try: “{mark.suggestion}”</span>}
        {mark.time ? <span className="small"> Click to hear it at {fmt(mark.time.start)}.</span> : <span className="small"> No audio timing for these words.</span>}
      </span>
    </span>
  );
}

/** One reply replayed: its waveform with marked regions, the clickable transcript, scores and delivery notes. */
export function AttemptReplay({
  sessionId,
  attempt,
  title,
  isActive,
  onHandle,
}: {
  sessionId: string;
  attempt: ReplyAttempt;
  title: string;
  isActive: boolean;
  onHandle(id: string, handle: WaveformHandle | null): void;
}) {
  const audio = useSessionAudio(sessionId, attempt.audioFile);
  const marks = useMemo(() => timedMarks(attempt), [attempt]);
  const regions = useMemo(() => regionsFor(attempt, marks), [attempt, marks]);
  const wave = useRef<WaveformHandle | null>(null);
  const [clock, setClock] = useState({ time: 0, isPlaying: false });
  const setWave = useCallback(
    (handle: WaveformHandle | null) => {
      wave.current = handle;
      onHandle(attempt.id, handle);
    },
    [attempt.id, onHandle],
  );
  const onTime = useCallback((time: number, isPlaying: boolean) => setClock({ time, isPlaying }), []);
  const seek = (mark: TimedMark): void => {
    if (mark.time) wave.current?.seek(mark.time.start);
  };
  const { scores } = attempt.analysis;
  return (
    <article className={`attempt${isActive ? ' attempt-active' : ''}`} aria-label={title} data-testid="attempt" data-attempt-id={attempt.id}>
      <h4>{title}</h4>
      {attempt.audioFile ? (
        audio.blob ? (
          <>
            <ReplyWaveform ref={setWave} blob={audio.blob} regions={regions} label={`Waveform of ${title.toLowerCase()}`} onTime={onTime} />
            <div className="wave-controls">
              <button type="button" onClick={() => wave.current?.playPause()} aria-pressed={clock.isPlaying}>
                {clock.isPlaying ? 'Pause' : 'Play reply'}
              </button>
              <span className="muted small" data-testid="play-time" data-time={clock.time.toFixed(2)} aria-live="off">
                {fmt(clock.time)} / {fmt(attempt.transcript?.durationSec ?? 0)}
              </span>
              {marks
                .filter((m) => m.time)
                .map((m) => (
                  <button key={m.id} type="button" className={`chip chip-${m.tone}`} onClick={() => m.time && wave.current?.playRange(m.time.start, m.time.end)}>
                    ▶ {m.label}
                  </button>
                ))}
            </div>
          </>
        ) : (
          <p className="muted small">{audio.error ?? 'Loading recording…'}</p>
        )
      ) : (
        <p className="muted small">Typed reply: no recording.</p>
      )}
      {attempt.transcript && attempt.transcript.words.length > 0 && (
        <p className="muted small" data-testid="word-times">
          {attempt.transcript.wordTimestamps === 'model'
            ? 'Word times come from the speech model, so a click lands on the word.'
            : 'Word times are estimated from the sentence timing, so a click may land a little early or late.'}
        </p>
      )}
      <p className="transcript-text" data-testid="replay-transcript">
        {segment(attempt.text, inlineMarks(marks)).map((piece, i) => (piece.mark ? <MarkButton key={i} text={piece.text} mark={piece.mark as TimedMark} onSeek={seek} /> : <span key={i}>{piece.text}</span>))}
      </p>
      <p className="attempt-scores" data-testid="attempt-scores">
        Overall <strong>{scores.overall}</strong> · judgment-free {scores.judgmentFree} · open questions {scores.openQuestions} · empathy {scores.empathy}
        <span className="muted">
          {' '}
          · openness {attempt.reaction.opennessBefore} → {attempt.reaction.opennessAfter}
        </span>
      </p>
      {attempt.reaction.line && <p className="muted">Partner: “{attempt.reaction.line}”</p>}
      {attempt.delivery && attempt.delivery.notes.length > 0 && (
        <details className="delivery-notes">
          <summary>How you said it</summary>
          <ul>
            {/* Keyed by place: the list never reorders, and the ids come from a file. */}
            {attempt.delivery.notes.map((note, i) => (
              <li key={i}>
                <strong>{note.label}</strong>: {note.reading}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
