import { useEffect, useRef } from 'react';
import type { PracticeView, ReplyResult } from '../../../../shared/ipc/contract';
import { MarkedTranscript } from './MarkedTranscript';
import { ScoreBoard } from './ScoreBoard';
import { DeliveryNotes } from './DeliveryNotes';
import { PartnerReaction } from './PartnerReaction';
import { CompareAttempts } from './CompareAttempts';
import { PredictPrompt } from './PredictPrompt';

/** After a reply: what you said (marked), the scores, how you said it, how the partner took it, and what next. */
export function ResultView({
  result,
  view,
  onNext,
  onRedo,
  onEnd,
  onChoose,
  mustPredict,
  onPredict,
}: {
  result: ReplyResult;
  view: PracticeView;
  onNext(): void;
  onRedo(): void;
  onEnd(): void;
  onChoose(attemptId: string): void;
  /** Predict, then reveal: the reply is shown, the scores and the partner's reaction wait for the guess. */
  mustPredict: boolean;
  onPredict(rating: number): void;
}) {
  const { attempt } = result;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [attempt.id]);
  if (mustPredict) {
    return (
      <section className="result" aria-labelledby="predict-heading" data-testid="predict-step">
        <figure className="answered-line">
          <figcaption className="muted small">{view.partnerName} said:</figcaption>
          <blockquote>{result.answeredLine}</blockquote>
        </figure>
        <h2 id="predict-heading">What you said</h2>
        <p className="transcript-text" data-testid="reply-to-rate">
          {attempt.text}
        </p>
        <PredictPrompt onSubmit={onPredict} />
      </section>
    );
  }
  return (
    <section className="result" aria-labelledby="result-heading">
      <h2 id="result-heading" ref={headingRef} tabIndex={-1} className="visually-hidden">
        Your reply, scored
      </h2>
      <div className="result-grid">
        <div>
          {attempt.transcript?.noSpeech ? <p role="alert">No speech was heard.</p> : <MarkedTranscript text={attempt.text} analysis={attempt.analysis} partner={{ name: view.partnerName, line: result.answeredLine }} />}
          <PartnerReaction name={view.partnerName} reaction={attempt.reaction} tip={view.tip} />
        </div>
        <div>
          <ScoreBoard scores={attempt.analysis.scores} selfRating={attempt.selfRating} />
          {attempt.delivery && <DeliveryNotes delivery={attempt.delivery} />}
        </div>
      </div>
      {result.previousAttempts.length > 0 && <CompareAttempts attempts={[...result.previousAttempts, attempt]} continuedWith={result.continuedWith} onChoose={onChoose} />}
      <div className="actions">
        <button type="button" className="primary" onClick={onNext}>
          {view.ending ? 'See how it ended' : 'Next'}
        </button>
        <button type="button" onClick={onRedo} disabled={!view.canRedo}>
          Redo this reply
        </button>
        {!view.ending && (
          <button type="button" onClick={onEnd}>
            End session
          </button>
        )}
      </div>
    </section>
  );
}
