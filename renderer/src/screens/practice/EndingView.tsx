import type { PracticeView } from '../../../../shared/ipc/contract';

const HEADINGS = { success: 'They opened up', withdrawn: 'They withdrew', ended: 'Session ended' } as const;

/** The end of a session: how it ended and what it means; the session is already saved. */
export function EndingView({ view, onLeave }: { view: PracticeView; onLeave(): void }) {
  const ending = view.ending ?? 'ended';
  return (
    <section className={`ending ending-${ending}`} aria-labelledby="ending-heading" data-testid="ending" data-ending={ending}>
      <h2 id="ending-heading">{HEADINGS[ending]}</h2>
      {view.endingText && <p>{view.endingText}</p>}
      <p className="muted">{view.storage.saved ? 'This session is saved on this computer.' : 'This session is kept in memory only; save a copy above.'}</p>
      <button type="button" className="primary" onClick={onLeave}>
        Practise again
      </button>
    </section>
  );
}
