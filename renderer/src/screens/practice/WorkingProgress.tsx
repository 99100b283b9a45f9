import { useSpeechProgress } from '../../hooks/useSpeechProgress';

/** Progress while a spoken reply is transcribed and scored (a typed reply is near instant). */
export function WorkingProgress({ isSpoken }: { isSpoken: boolean }) {
  const progress = useSpeechProgress(isSpoken);
  const fraction = progress?.fraction ?? null;
  return (
    <div className="working" role="status" aria-live="polite">
      <p>{isSpoken ? (progress?.message ?? 'Transcribing your reply on this computer…') : 'Scoring your reply…'}</p>
      {fraction === null ? <progress aria-label="Working" /> : <progress aria-label="Working" max={1} value={fraction} />}
    </div>
  );
}
