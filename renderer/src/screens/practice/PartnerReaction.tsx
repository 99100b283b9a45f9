import type { ReplyAttempt } from '../../../../shared/types/sessions';

/** How the partner took the reply: openness change, what they said back, and what they were thinking. */
export function PartnerReaction({ name, reaction, tip }: { name: string; reaction: ReplyAttempt['reaction']; tip?: string }) {
  const delta = reaction.opennessAfter - reaction.opennessBefore;
  const direction = delta > 0 ? 'opened up' : delta < 0 ? 'withdrew' : 'stayed where they were';
  return (
    <section className="reaction" aria-labelledby="reaction-heading">
      <h2 id="reaction-heading">
        {name} <span className={`direction direction-${delta > 0 ? 'up' : delta < 0 ? 'down' : 'same'}`} data-testid="reaction-direction">{direction}</span>
      </h2>
      <p className="muted">
        Openness {reaction.opennessBefore} → {reaction.opennessAfter}
      </p>
      <blockquote data-testid="reaction-line">{reaction.line}</blockquote>
      <p className="thought" data-testid="inner-thought">
        <span className="thought-label">Thinking:</span> <em>{reaction.thought}</em>
      </p>
      {tip && (
        <p className="tip">
          <strong>Tip:</strong> {tip}
        </p>
      )}
    </section>
  );
}
