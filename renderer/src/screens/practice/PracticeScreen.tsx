import { useEffect } from 'react';
import { usePractice } from '../../hooks/usePractice';
import { useSettings, useSpeechReadiness } from '../../data/queries';
import { useDataMutation } from '../../data/mutations';
import { api } from '../../lib/api';
import { usePartnerVoice } from '../../hooks/usePartnerVoice';
import { ScenarioPicker } from './ScenarioPicker';
import { ModelMissing } from './ModelMissing';
import { SessionHeader } from './SessionHeader';
import { PartnerLine } from './PartnerLine';
import { ReplyComposer } from './ReplyComposer';
import { ResultView } from './ResultView';
import { EndingView } from './EndingView';
import { StorageBanner } from './StorageBanner';
import { SessionClosed } from './SessionClosed';
import { replyNumber } from './practice-state';

/** Practice: choose a scenario, hear the partner, answer aloud or by typing, see what helped and what hurt. */
export function PracticeScreen() {
  const practice = usePractice();
  const model = useSpeechReadiness();
  const settings = useSettings().data;
  const savePredict = useDataMutation((predictScores: boolean) => api.setSettings({ predictScores }), (_on, result) => ({ what: 'settings-changed', ids: result.retention.deleted }));
  const shouldPredict = settings?.predictScores ?? false;
  const voice = usePartnerVoice();
  const { view, phase, result, redoOf } = practice.state;
  const { speak, attachAudio } = voice;

  // Speak each new partner line once it is on screen (the text is always shown too): its
  // recording when the scenario has one, else a local voice. The partner's last words are heard
  // too when they ended the talk themselves (not when the user pressed End).
  const hasFinalLine = phase === 'ended' && (view?.ending === 'success' || view?.ending === 'withdrawn');
  const spokenLine = (phase === 'answer' && !redoOf) || hasFinalLine ? view?.partnerLine : undefined;
  const spokenAudio = spokenLine ? view?.partnerAudio : undefined;
  const scenarioId = view?.scenarioId;
  useEffect(() => {
    if (spokenLine) speak(spokenLine, spokenAudio && scenarioId ? { scenarioId, line: spokenAudio } : undefined);
  }, [spokenLine, spokenAudio, scenarioId, speak]);

  const shownLine = redoOf ? redoOf.answeredLine : view?.partnerLine;
  const shownAudio = redoOf ? redoOf.answeredAudio : view?.partnerAudio;

  const partnerLine = view && (
    <PartnerLine
      name={view.partnerName}
      line={shownLine ?? view.partnerLine}
      isRedo={redoOf !== undefined}
      onReplay={() => speak(shownLine ?? view.partnerLine, shownAudio ? { scenarioId: view.scenarioId, line: shownAudio } : undefined)}
      canHear={voice.isEnabled && (voice.hasVoice || shownAudio !== undefined)}
      isRecorded={shownAudio !== undefined}
      activity={voice.activity}
      note={voice.note}
    />
  );

  const canRecord = model.data?.present === true;
  return (
    <div className="practice">
      <audio ref={attachAudio} data-testid="partner-audio" preload="auto" />
      {practice.state.error && (
        <div className="banner banner-error" role="alert">
          {practice.state.error}{' '}
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
            hasRecording={shownAudio !== undefined}
            onEnd={practice.end}
            isEnded={phase === 'ended' || phase === 'closed'}
            replyNumber={replyNumber(practice.state)}
          />
          {!view.storage.saved && phase !== 'closed' && <StorageBanner sessionId={view.sessionId} message={view.storage.message} />}
          {phase === 'closed' ? (
            <SessionClosed note={practice.state.closedNote ?? ''} draft={practice.state.draft} onLeave={practice.leave} />
          ) : phase === 'ended' ? (
            <>
              {hasFinalLine && partnerLine}
              <EndingView view={view} onLeave={practice.leave} onRetry={practice.retry} />
            </>
          ) : phase === 'result' && result ? (
            <ResultView result={result} view={view} onNext={practice.next} onRedo={practice.redo} onEnd={practice.end} onChoose={practice.choose} mustPredict={shouldPredict && result.attempt.selfRating === undefined} onPredict={(rating) => void practice.predict(rating)} />
          ) : (
            <>
              {view.turnIndex === 0 && !redoOf && <p className="situation">{view.situation}</p>}
              {partnerLine}
              <ReplyComposer
                key={`${view.turnIndex}-${redoOf?.attempt.id ?? ''}`}
                canRecord={canRecord}
                isWorking={phase === 'working'}
                draft={practice.state.draft}
                onDraft={practice.setDraft}
                onReply={practice.reply}
                onRecordStart={voice.stop}
                shouldPredict={shouldPredict}
                onPredictChange={(on) => savePredict.mutate(on)}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
