import { useId } from 'react';
import type { Analysis } from '../../../../shared/types/analysis';
import { marksFor, segment, type Mark } from './marks';

function MarkedSpan({ text, mark }: { text: string; mark: Mark }) {
  const id = useId();
  return (
    <span className="mark-wrap">
      <mark className={`mark mark-${mark.tone}`} tabIndex={0} aria-describedby={id} data-tone={mark.tone}>
        {text}
      </mark>
      <span role="tooltip" id={id} className="mark-tip">
        <strong>{mark.label}</strong>: {mark.why}
        {mark.suggestion && (
          <>
            {' '}
            <span className="mark-suggestion">Try: “{mark.suggestion}”</span>
          </>
        )}
      </span>
    </span>
  );
}

/** The reply with what helped and what hurt marked; each mark explains itself on hover and on keyboard focus. */
export function MarkedTranscript({ text, analysis }: { text: string; analysis: Analysis }) {
  const pieces = segment(text, marksFor(analysis));
  return (
    <div className="transcript">
      <h2>What you said</h2>
      <p className="transcript-text" data-testid="transcript">
        {pieces.map((piece, i) => (piece.mark ? <MarkedSpan key={i} text={piece.text} mark={piece.mark} /> : <span key={i}>{piece.text}</span>))}
      </p>
      <p className="legend muted">
        <span className="mark mark-helped">helped</span> <span className="mark mark-hurt">hurt</span> <span className="mark mark-neutral">could be better</span> · Hover or Tab to a
        marked phrase to see why.
      </p>
    </div>
  );
}
