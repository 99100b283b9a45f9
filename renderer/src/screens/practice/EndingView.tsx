import { useState } from 'react';
import type { PracticeView } from '../../../../shared/ipc/contract';
import type { Session } from '../../../../shared/types/sessions';
import { sessionLine, type SessionLine } from '../../../../shared/sessions/branches';
import { useSession } from '../../data/queries';
import { useGoTo } from '../../app/screen-state';
import { count } from '../../lib/plural';
import { summarizeEnding } from './ending-summary';

const HEADINGS = { success: 'They opened up', withdrawn: 'They withdrew', ended: 'Session ended' } as const;

/** The line practised, once the saved session has it (right after a retry the cached copy may not yet). */
function lineOf(session: Session | undefined, branchId: string | undefined): SessionLine | undefined {
  if (!session) return undefined;
  try {
    return sessionLine(session, branchId);
  } catch {
    return undefined;
  }
}

/** The end of a session: how it ended, what helped and hurt most, the turning point, what was really going on, and where to go next (the replay, or a retry from an earlier turn). */
export function EndingView({ view, onLeave, onRetry }: { view: PracticeView; onLeave(): void; onRetry(turnIndex: number): Promise<void> }) {
  const ending = view.ending ?? 'ended';
  const line = lineOf(useSession(view.sessionId).data, view.branchId);
  const summary = line && summarizeEnding(line);
  const [isRetrying, setRetrying] = useState(false);
  const goTo = useGoTo();
  const name = view.partnerName;
  return (
    <section className={`ending ending-${ending}`} aria-labelledby="ending-heading" data-testid="ending" data-ending={ending}>
      <h2 id="ending-heading">{HEADINGS[ending]}</h2>
      {view.endingText && <p>{view.endingText}</p>}
      {view.branchId && line && <p className="muted">This was your retry from turn {line.fromTurn + 1}; the session keeps the first try too.</p>}
      {summary && summary.replies.length > 0 && (
        <div className="ending-summary" data-testid="ending-summary">
          <h3>Your replies</h3>
          <ol className="reply-scores">
            {summary.replies.map((r) => (
              <li key={r.number}>
                Reply {r.number}: <strong>{r.overall}</strong>
                {r.attempts > 1 && <span className="muted"> (the attempt you kept, of {r.attempts})</span>}
              </li>
            ))}
          </ol>
          {summary.turningPoint && (
            <p data-testid="turning-point">
              <strong>Turning point:</strong> reply {summary.turningPoint.reply} {summary.turningPoint.reason === 'most' ? `moved ${name} most` : 'changed the direction'}, openness{' '}
              {summary.turningPoint.before} → {summary.turningPoint.after}.
            </p>
          )}
          {summary.steady && (
            <p data-testid="turning-point">
              No single reply stood out: {name}’s openness went {summary.steady.before} → {summary.steady.after} across your replies.
            </p>
          )}
          {summary.telling.length > 0 && (
            <>
              <h3>What mattered most</h3>
              <ul className="telling" data-testid="telling">
                {summary.telling.map((p) => (
                  <li key={`${p.reply}-${p.text}`} data-tone={p.tone}>
                    <span className={`mark mark-${p.tone}`}>{p.tone === 'helped' ? 'helped' : 'hurt'}</span> reply {p.reply}, “{p.text}” ({p.label}): {p.why}
                    {p.suggestion && <> Try: “{p.suggestion}”</>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {view.backstory && (
        <div className="backstory" data-testid="backstory">
          <h3>What was really going on with {name}</h3>
          <p>{view.backstory}</p>
        </div>
      )}
      {summary && summary.replies.length > 0 && (
        <div className="retry" role="group" aria-labelledby="retry-heading" data-testid="retry">
          <h3 id="retry-heading">Try a turn again</h3>
          <p className="muted">Go back to just before one of your replies, with {name} as they were then. This session keeps both versions.</p>
          <div className="actions">
            {summary.replies.map((r) => (
              <button
                key={r.number}
                type="button"
                disabled={isRetrying}
                onClick={() => {
                  setRetrying(true);
                  void onRetry(r.number - 1).finally(() => setRetrying(false));
                }}
              >
                Retry from turn {r.number}
              </button>
            ))}
          </div>
        </div>
      )}
      <p className="muted">
        {view.storage.saved ? `This session is saved on this computer${summary ? ` (${count(summary.replies.length, 'reply', 'replies')})` : ''}.` : 'This session is kept in memory only; save a copy above.'}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onLeave}>
          Practise again
        </button>
        {view.storage.saved && (
          <button type="button" onClick={() => goTo('review', view.sessionId, view.branchId)}>
            Review this session
          </button>
        )}
      </div>
    </section>
  );
}
