/** The open session was deleted elsewhere: say so plainly, keep what was typed in view, offer a new start. */
export function SessionClosed({ note, draft, onLeave }: { note: string; draft: string; onLeave(): void }) {
  return (
    <section className="ending" aria-labelledby="closed-heading" data-testid="session-closed">
      <h2 id="closed-heading">Session deleted</h2>
      <p role="status">{note}</p>
      {draft.trim() && (
        <>
          <p className="muted">The reply you had typed was not sent; here it is, in case you want to copy it:</p>
          <blockquote data-testid="unsent-draft">{draft}</blockquote>
        </>
      )}
      <button type="button" className="primary" onClick={onLeave}>
        Choose a scenario
      </button>
    </section>
  );
}
