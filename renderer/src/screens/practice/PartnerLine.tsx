import { useEffect, useRef } from 'react';

/** The partner's line, always as text; spoken with a local voice when one is available. Focus moves here on each new line. */
export function PartnerLine({ name, line, isRedo, hasVoice, onReplay }: { name: string; line: string; isRedo: boolean; hasVoice: boolean; onReplay(): void }) {
  const ref = useRef<HTMLElement>(null);
  // Keyboard and screen-reader users land on the new line instead of at the top of the page.
  useEffect(() => ref.current?.focus({ preventScroll: true }), [line, isRedo]);
  return (
    <figure className="partner-line" aria-live="polite" tabIndex={-1} ref={ref} aria-label={`${name} says`}>
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
