/** The partner's line, always as text; spoken with a local voice when one is available. */
export function PartnerLine({ name, line, isRedo, hasVoice, onReplay }: { name: string; line: string; isRedo: boolean; hasVoice: boolean; onReplay(): void }) {
  return (
    <figure className="partner-line" aria-live="polite">
      <figcaption>
        {name} says{isRedo ? ' (answering again)' : ''}:
      </figcaption>
      <blockquote data-testid="partner-line">{line}</blockquote>
      {hasVoice && (
        <button type="button" className="link-button" onClick={onReplay}>
          Hear it again
        </button>
      )}
    </figure>
  );
}
