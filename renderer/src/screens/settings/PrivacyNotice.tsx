/** What Attune stores, where, and the promise that nothing is sent anywhere. */
export function PrivacyNotice({ dataDir }: { dataDir?: string }) {
  return (
    <section className="panel privacy" aria-labelledby="privacy-heading" data-testid="privacy">
      <h2 id="privacy-heading">Privacy</h2>
      <p>
        <strong>Nothing you say or type leaves this computer.</strong> Attune has no account, no telemetry and no cloud service. Speech is transcribed by a model running
        on this computer, and the app refuses every network request while you practise.
      </p>
      <h3>What is stored, and where</h3>
      <ul>
        <li>
          Each session is a folder in {dataDir ? <code>{dataDir}</code> : 'the data folder'}/sessions: <code>session.json</code> (the partner's lines, your replies as text, their
          scores and the partner's reactions) and one WAV recording per spoken reply.
        </li>
        <li>Your settings (microphone, model, retention) are in settings.json in the same data folder.</li>
        <li>
          Exports you make go where you choose (in the browser version: the exports folder there, or your downloads); they hold the same files plus a readable summary
          (summary.md).
        </li>
        <li>Speech models are files in the models folder; they hold no personal data.</li>
      </ul>
      <h3>The one network use</h3>
      <p data-testid="network-use">
        The only time Attune uses the network is when you ask it to download a speech model (<strong>Download</strong> on the Practice screen, or
        here under Speech model): a separate download process then gets that model from huggingface.co, and nothing else. Installing Attune from its source code also
        downloads the default model once. Nothing you say, type or record is ever sent. Partner voices use only voices installed on this computer.
      </p>
      <p>You can delete single sessions in Review, set sessions to be deleted after a number of days, or delete everything under Your data above.</p>
    </section>
  );
}
