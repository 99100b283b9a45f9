import './review.css';
import { useState } from 'react';
import { errorText, useSessions } from '../../data/queries';
import { useReplayRequest } from '../../app/screen-state';
import { ImportSession } from './ImportSession';
import { SessionList } from './SessionList';
import { SessionReplay } from './SessionReplay';

/** Review: the list of past sessions, and the replay of one. Both follow every change to the stored sessions. */
export function ReviewScreen() {
  const sessions = useSessions();
  const [openId, setOpenId] = useState<string>();
  const [openBranch, setOpenBranch] = useState<string>();
  const [note, setNote] = useState<string>();
  // Another screen asked to open a replay ("Review this session"): follow each request once.
  const request = useReplayRequest();
  const [followed, setFollowed] = useState(request?.serial);
  if (request && request.serial !== followed) {
    setFollowed(request.serial);
    setOpenId(request.sessionId);
    setOpenBranch(request.branchId);
    setNote(undefined);
  }
  const list = sessions.data?.sessions ?? [];
  // A replay whose session was deleted (here, by Delete all, or by retention) closes with a word why.
  const isOpenGone = openId !== undefined && sessions.isSuccess && !list.some((s) => s.id === openId);
  if (openId && !isOpenGone) {
    return (
      <SessionReplay
        // A new request (another session or another retry) starts a fresh replay.
        key={`${openId}-${followed ?? ''}`}
        id={openId}
        branchId={openBranch}
        onBack={() => setOpenId(undefined)}
        onDeleted={() => {
          setOpenId(undefined);
          setNote('The session was deleted.');
        }}
      />
    );
  }
  if (isOpenGone) {
    setOpenId(undefined);
    setNote('The session you were replaying was deleted, so it is closed.');
  }
  const error = errorText(sessions.error);
  return (
    <section aria-labelledby="review-heading">
      <h1 id="review-heading">Review</h1>
      {note && (
        <p className="muted" role="status" data-testid="review-note">
          {note}
        </p>
      )}
      {error && (
        <p className="banner banner-error" role="alert">
          Your sessions could not be listed: {error}
        </p>
      )}
      {sessions.isPending && !error ? (
        <p className="muted">Loading sessions…</p>
      ) : list.length === 0 ? (
        !error && <p data-testid="no-sessions">No sessions yet. Practise once and it will be here to replay.</p>
      ) : (
        <SessionList
          sessions={list}
          onOpen={(id) => {
            setNote(undefined);
            setOpenBranch(undefined);
            setOpenId(id);
          }}
        />
      )}
      <ImportSession />
    </section>
  );
}
