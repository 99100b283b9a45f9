import { useCallback, useEffect, useRef, useState } from 'react';
import processorUrl from '../audio/capture-processor.ts?worker&url';
import { concatBlocks, downsampleTo16k } from '../audio/downsample';
import { useReportMic } from '../app/screen-state';

/** Where the microphone stands. */
export type RecorderStatus = 'idle' | 'starting' | 'recording' | 'denied' | 'unavailable';

interface Capture {
  context: AudioContext;
  stream: MediaStream;
  blocks: Float32Array[];
  startedAt: number;
  timer: number;
}

/** Describes why the microphone could not start, in words a person can act on. */
function explain(error: unknown): { status: RecorderStatus; message: string } {
  const name = (error as DOMException)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return {
      status: 'denied',
      message: 'Attune is not allowed to use the microphone. Allow microphone access for Attune in your system settings, or type your reply below.',
    };
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return { status: 'unavailable', message: 'No microphone was found. Connect one, or type your reply below.' };
  }
  return { status: 'unavailable', message: `The microphone could not start (${(error as Error)?.message ?? String(error)}). You can type your reply below.` };
}

/** Records the microphone (the one chosen in Settings when `deviceId` is given) through an AudioWorklet; returns 16 kHz mono samples on stop. */
export function useRecorder(deviceId?: string | null) {
  const [status, setStatus] = useState<RecorderStatus>('idle');
  const [message, setMessage] = useState<string>();
  const [level, setLevel] = useState(0);
  const [elapsedSec, setElapsed] = useState(0);
  const capture = useRef<Capture | null>(null);

  const release = useCallback(() => {
    const current = capture.current;
    capture.current = null;
    if (!current) return;
    window.clearInterval(current.timer);
    current.stream.getTracks().forEach((t) => t.stop());
    void current.context.close();
  }, []);

  useEffect(() => release, [release]);
  useReportMic(status === 'recording' || status === 'starting');

  const start = useCallback(async () => {
    if (capture.current) return;
    setStatus('starting');
    setMessage(undefined);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        // `ideal` falls back to the default microphone when the chosen one has been unplugged.
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: false, autoGainControl: false, ...(deviceId ? { deviceId: { ideal: deviceId } } : {}) },
        video: false,
      });
      const context = new AudioContext();
      await context.audioWorklet.addModule(processorUrl);
      const source = context.createMediaStreamSource(stream);
      const node = new AudioWorkletNode(context, 'attune-capture');
      const blocks: Float32Array[] = [];
      node.port.onmessage = (event: MessageEvent<{ samples: Float32Array; peak: number }>) => {
        blocks.push(event.data.samples);
        setLevel(event.data.peak);
      };
      source.connect(node);
      const startedAt = performance.now();
      const timer = window.setInterval(() => setElapsed((performance.now() - startedAt) / 1000), 200);
      capture.current = { context, stream, blocks, startedAt, timer };
      setElapsed(0);
      setStatus('recording');
    } catch (error) {
      release();
      const { status: next, message: why } = explain(error);
      setStatus(next);
      setMessage(why);
    }
  }, [release, deviceId]);

  /** Stops and returns the recording as 16 kHz mono Float32 samples. */
  const stop = useCallback(async (): Promise<Float32Array | undefined> => {
    const current = capture.current;
    if (!current) return undefined;
    const rate = current.context.sampleRate;
    const samples = downsampleTo16k(concatBlocks(current.blocks), rate);
    release();
    setStatus('idle');
    setLevel(0);
    return samples;
  }, [release]);

  /** Stops and throws the recording away (the user left Practice). */
  const discard = useCallback(() => {
    if (!capture.current) return;
    release();
    setStatus('idle');
    setLevel(0);
  }, [release]);

  return { status, message, level, elapsedSec, isRecording: status === 'recording', start, stop, discard };
}
