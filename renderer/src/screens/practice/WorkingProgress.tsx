import { useSpeechProgress } from '../../hooks/useSpeechProgress';

// The worker reports model files and audio windows; the user only needs to know what is happening.
const STAGES = { loading: 'Getting the speech model ready…', decoding: 'Reading your recording…', transcribing: 'Writing down what you said…' } as const;

/** Progress while a spoken reply is transcribed and scored (a typed reply is near instant). */
export function WorkingProgress({ isSpoken }: { isSpoken: boolean }) {
  const progress = useSpeechProgress(isSpoken);
  const fraction = progress?.fraction ?? null;
  return (
    <div className="working" role="status" aria-live="polite">
      <p>{isSpoken ? (progress ? STAGES[progress.stage] : 'Transcribing your reply on this computer…') : 'Scoring your reply…'}</p>
      {fraction === null ? <progress aria-label="Working" /> : <progress aria-label="Working" max={1} value={fraction} />}
    </div>
  );
}
