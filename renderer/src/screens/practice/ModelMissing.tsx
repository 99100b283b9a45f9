import type { SpeechReadiness } from '../../../../shared/ipc/contract';

/** First run without a speech model: what is missing, how to get it, and that typing still works. */
export function ModelMissing({ status, isCompact }: { status: SpeechReadiness; isCompact: boolean }) {
  if (isCompact) {
    return (
      <p className="banner banner-info" role="status">
        No speech model is installed, so replies are typed for now.
      </p>
    );
  }
  return (
    <section className="model-missing" aria-labelledby="model-missing-heading" data-testid="model-missing">
      <h2 id="model-missing-heading">Speaking needs a speech model</h2>
      <p>{status.message}</p>
      <p>Attune transcribes your voice on this computer with Whisper; the model files are downloaded once and never sent anywhere. To install it:</p>
      <ol>
        <li>
          With internet: <code>npm run -s attune -- models fetch {status.model} --record-hashes</code>
        </li>
        <li>
          Without internet: copy a <code>Xenova/whisper-{status.model}</code> folder from another machine, then <code>npm run -s attune -- models import FOLDER --record-hashes</code>
        </li>
      </ol>
      <p>
        <strong>You can practise right now by typing your replies</strong>: they are scored the same way.
      </p>
    </section>
  );
}
