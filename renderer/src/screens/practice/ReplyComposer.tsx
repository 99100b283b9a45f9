import { useState } from 'react';
import type { ReplyRequest } from '../../../../shared/ipc/contract';
import { RecordControls } from './RecordControls';
import { TypedReply } from './TypedReply';
import { WorkingProgress } from './WorkingProgress';

type Reply = Omit<ReplyRequest, 'sessionId' | 'redo'>;

/** Answer aloud (button or Space) or by typing; the predict-then-reveal habit is a saved setting. */
export function ReplyComposer({
  canRecord,
  isWorking,
  draft,
  onDraft,
  onReply,
  onRecordStart,
  shouldPredict,
  onPredictChange,
}: {
  canRecord: boolean;
  isWorking: boolean;
  /** The typed reply so far; owned by Practice so a failed send or a screen change never wipes it. */
  draft: string;
  onDraft(text: string): void;
  onReply(reply: Reply): void;
  /** Called as recording starts (the partner's voice stops, so the microphone does not hear it). */
  onRecordStart?(): void;
  shouldPredict: boolean;
  onPredictChange(on: boolean): void;
}) {
  const [wasSpoken, setSpoken] = useState(false);
  const submit = (reply: Reply): void => {
    setSpoken(reply.audio !== undefined);
    onReply(reply);
  };
  if (isWorking) return <WorkingProgress isSpoken={wasSpoken} />;
  return (
    <section className="composer" aria-label="Your reply">
      <RecordControls canRecord={canRecord} onRecorded={(audio) => submit({ audio })} onStart={onRecordStart} />
      <TypedReply text={draft} onChange={onDraft} onSend={(text) => submit({ text })} />
      <label className="check">
        <input type="checkbox" checked={shouldPredict} onChange={(e) => onPredictChange(e.target.checked)} />
        Predict my score before seeing it (kept for next time)
      </label>
    </section>
  );
}
