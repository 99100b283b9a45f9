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
export function MarkedTranscript({ text, analysis, partner }: { text: string; analysis: Analysis; partner?: { name: string; line: string } }) {
  const marks = marksFor(analysis);
  const pieces = segment(text, marks);
  const better = marks.filter((m) => m.suggestion && m.tone !== 'helped');
  return (
    <div className="transcript">
      {partner && (
        <figure className="answered-line" data-testid="answered-line">
          <figcaption className="muted small">{partner.name} said:</figcaption>
          <blockquote>{partner.line}</blockquote>
        </figure>
      )}
      <h2>What you said</h2>
      <p className="transcript-text" data-testid="transcript">
        {pieces.map((piece, i) => (piece.mark ? <MarkedSpan key={i} text={piece.text} mark={piece.mark} /> : <span key={i}>{piece.text}</span>))}
      </p>
      {better.length > 0 && (
        <section aria-labelledby="better-heading" className="better" data-testid="better-phrasings">
          <h3 id="better-heading">Better ways to say it</h3>
          <ul>
            {better.map((m) => (
              <li key={`${m.start}-${m.end}`}>
                Instead of “{text.slice(m.start, m.end)}” ({m.label}), try: <strong>“{m.suggestion}”</strong>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="legend muted">
        <span className="mark mark-helped">helped</span> <span className="mark mark-hurt">hurt</span> <span className="mark mark-neutral">could be better</span> · Hover or Tab to a
        marked phrase to see why.
      </p>
    </div>
  );
}
