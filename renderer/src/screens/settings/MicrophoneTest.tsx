import { useEffect, useId, useRef, useState } from 'react';
import { useIsScreenShown, useReportMic } from '../../app/screen-state';

/** Microphone choice and a live level test; the sound never leaves this page. */
export function MicrophoneTest({ deviceId, onChoose }: { deviceId: string | null; onChoose(id: string | null): void }) {
  const selectId = useId();
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [level, setLevel] = useState<number | null>(null);
  const [error, setError] = useState<string>();
  const stopRef = useRef<() => void>(undefined);
  const isShown = useIsScreenShown();
  useReportMic(level !== null);
  // The level test stops when Settings is left: the microphone is never on unseen.
  useEffect(() => {
    if (!isShown) stopRef.current?.();
  }, [isShown]);

  useEffect(() => {
    const list = (): void => void navigator.mediaDevices?.enumerateDevices().then((all) => setDevices(all.filter((d) => d.kind === 'audioinput')));
    list();
    navigator.mediaDevices?.addEventListener('devicechange', list);
    return () => {
      navigator.mediaDevices?.removeEventListener('devicechange', list);
      stopRef.current?.();
    };
  }, []);

  const start = async (): Promise<void> => {
    setError(undefined);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: deviceId ? { deviceId: { exact: deviceId } } : true });
      // Labels are only readable once permission is granted, so list again.
      setDevices((await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'audioinput'));
      const context = new AudioContext();
      const analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      context.createMediaStreamSource(stream).connect(analyser);
      const samples = new Float32Array(analyser.fftSize);
      let frame = 0;
      const tick = (): void => {
        analyser.getFloatTimeDomainData(samples);
        const rms = Math.sqrt(samples.reduce((s, v) => s + v * v, 0) / samples.length);
        // Map -60…0 dBFS onto 0…100 so speech sits mid-scale.
        setLevel(Math.max(0, Math.min(100, Math.round(((20 * Math.log10(rms || 1e-6) + 60) / 60) * 100))));
        frame = requestAnimationFrame(tick);
      };
      tick();
      stopRef.current = () => {
        cancelAnimationFrame(frame);
        stream.getTracks().forEach((t) => t.stop());
        void context.close();
        setLevel(null);
        stopRef.current = undefined;
      };
    } catch (e) {
      setError(e instanceof Error && e.name === 'NotAllowedError' ? 'Microphone access was refused. Allow it in your system settings to record replies.' : String(e));
    }
  };

  return (
    <section className="panel" aria-labelledby={`${selectId}-h`}>
      <h2 id={`${selectId}-h`}>Microphone</h2>
      <label htmlFor={selectId}>Record replies with</label>{' '}
      <select id={selectId} value={deviceId ?? ''} onChange={(e) => onChoose(e.target.value || null)}>
        <option value="">System default</option>
        {devices
          .filter((d) => d.deviceId && d.deviceId !== 'default')
          .map((d, i) => (
            <option key={d.deviceId} value={d.deviceId}>
              {d.label || `Microphone ${i + 1}`}
            </option>
          ))}
      </select>
      <div className="inline-form">
        {level === null ? (
          <button type="button" onClick={() => void start()}>
            Test level
          </button>
        ) : (
          <button type="button" onClick={() => stopRef.current?.()}>
            Stop test
          </button>
        )}
        <meter min={0} max={100} low={20} high={85} optimum={50} value={level ?? 0} aria-label="Input level" data-testid="mic-level" />
        <span className="muted small">{level === null ? 'Not listening.' : 'Speak normally: the bar should reach the middle.'}</span>
      </div>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
