import { useState } from 'react';
import type { ReplyRequest } from '../../../../shared/ipc/contract';
import { RecordControls } from './RecordControls';
import { TypedReply } from './TypedReply';
import { PredictPrompt } from './PredictPrompt';
import { WorkingProgress } from './WorkingProgress';

type Reply = Omit<ReplyRequest, 'sessionId' | 'redo'>;

/** Answer aloud (button or Space) or by typing; optionally predict your score before the reveal. */
export function ReplyComposer({
  canRecord,
  isWorking,
  draft,
  onDraft,
  onReply,
  onRecordStart,
}: {
  canRecord: boolean;
  isWorking: boolean;
  /** The typed reply so far; owned by Practice so a failed send or a screen change never wipes it. */
  draft: string;
  onDraft(text: string): void;
  onReply(reply: Reply): void;
  /** Called as recording starts (the partner's voice stops, so the microphone does not hear it). */
  onRecordStart?(): void;
}) {
  const [shouldPredict, setShouldPredict] = useState(false);
  const [pending, setPending] = useState<Reply>();
  const [wasSpoken, setSpoken] = useState(false);

  const submit = (reply: Reply): void => {
    setSpoken(reply.audio !== undefined);
    if (shouldPredict) setPending(reply);
    else onReply(reply);
  };

  if (isWorking) return <WorkingProgress isSpoken={wasSpoken} />;
  if (pending) {
    return (
      <PredictPrompt
        onSubmit={(selfRating) => {
          setPending(undefined);
          onReply({ ...pending, selfRating });
        }}
      />
    );
  }
  return (
    <section className="composer" aria-label="Your reply">
      <RecordControls canRecord={canRecord} onRecorded={(audio) => submit({ audio })} onStart={onRecordStart} />
      <TypedReply text={draft} onChange={onDraft} onSend={(text) => submit({ text })} />
      <label className="check">
        <input type="checkbox" checked={shouldPredict} onChange={(e) => setShouldPredict(e.target.checked)} />
        Predict my score before seeing it
      </label>
    </section>
  );
}
