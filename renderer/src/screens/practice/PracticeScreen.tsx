import { useEffect } from 'react';
import { usePractice } from '../../hooks/usePractice';
import { useModelStatus } from '../../hooks/useModelStatus';
import { usePartnerVoice } from '../../hooks/usePartnerVoice';
import { ScenarioPicker } from './ScenarioPicker';
import { ModelMissing } from './ModelMissing';
import { SessionHeader } from './SessionHeader';
import { PartnerLine } from './PartnerLine';
import { ReplyComposer } from './ReplyComposer';
import { ResultView } from './ResultView';
import { EndingView } from './EndingView';
import { StorageBanner } from './StorageBanner';

/** Practice: choose a scenario, hear the partner, answer aloud or by typing, see what helped and what hurt. */
export function PracticeScreen() {
  const practice = usePractice();
  const model = useModelStatus();
  const voice = usePartnerVoice();
  const { view, phase, result, redoOf } = practice;
  const { speak } = voice;

  // Speak each new partner line once it is on screen (the text is always shown too).
  const spokenLine = phase === 'answer' && !redoOf ? view?.partnerLine : undefined;
  useEffect(() => {
    if (spokenLine) speak(spokenLine);
  }, [spokenLine, speak]);

  const canRecord = model.data?.present === true;
  return (
    <div className="practice">
      {practice.error && (
        <div className="banner banner-error" role="alert">
          {practice.error}{' '}
          <button type="button" className="link-button" onClick={practice.clearError}>
            Dismiss
          </button>
        </div>
      )}
      {model.data && !model.data.present && <ModelMissing status={model.data} isCompact={phase !== 'choose'} />}
      {phase === 'choose' || !view ? (
        <ScenarioPicker onStart={practice.start} />
      ) : (
        <>
          <SessionHeader
            view={view}
            voice={voice}
            onEnd={practice.end}
            isEnded={phase === 'ended'}
            replyNumber={phase === 'result' || redoOf ? view.turnIndex : view.turnIndex + 1}
          />
          {!view.storage.saved && <StorageBanner sessionId={view.sessionId} message={view.storage.message} />}
          {phase === 'ended' ? (
            <EndingView view={view} onLeave={practice.leave} />
          ) : phase === 'result' && result ? (
            <ResultView result={result} view={view} onNext={practice.next} onRedo={practice.redo} onEnd={practice.end} />
          ) : (
            <>
              {view.turnIndex === 0 && !redoOf && <p className="situation">{view.situation}</p>}
              <PartnerLine
                name={view.partnerName}
                line={redoOf ? redoOf.answeredLine : view.partnerLine}
                isRedo={redoOf !== undefined}
                onReplay={() => speak(redoOf ? redoOf.answeredLine : view.partnerLine)}
                hasVoice={voice.hasVoice && voice.isEnabled}
              />
              <ReplyComposer key={`${view.turnIndex}-${redoOf?.attempt.id ?? ''}`} canRecord={canRecord} isWorking={phase === 'working'} onReply={practice.reply} />
            </>
          )}
        </>
      )}
    </div>
  );
}
