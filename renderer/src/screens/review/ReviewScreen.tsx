import './review.css';
import { useState } from 'react';
import { useSessions } from '../../hooks/useSessions';
import { ImportSession } from './ImportSession';
import { SessionList } from './SessionList';
import { SessionReplay } from './SessionReplay';

/** Review: the list of past sessions, and the replay of one. */
export function ReviewScreen() {
  const sessions = useSessions();
  const [openId, setOpenId] = useState<string>();
  if (openId) {
    return (
      <SessionReplay
        id={openId}
        onBack={() => {
          setOpenId(undefined);
          sessions.reload();
        }}
        onDeleted={() => {
          setOpenId(undefined);
          sessions.reload();
        }}
      />
    );
  }
  const list = sessions.data?.sessions ?? [];
  return (
    <section aria-labelledby="review-heading">
      <div className="list-head">
        <h1 id="review-heading">Review</h1>
        <button type="button" onClick={sessions.reload}>
          Refresh
        </button>
      </div>
      {sessions.error && (
        <p className="banner banner-error" role="alert">
          {sessions.error}
        </p>
      )}
      {sessions.isLoading ? <p className="muted">Loading sessions…</p> : list.length === 0 ? <p>No sessions yet. Practise once and it will be here to replay.</p> : <SessionList sessions={list} onOpen={setOpenId} />}
      <ImportSession onImported={sessions.reload} />
    </section>
  );
}
