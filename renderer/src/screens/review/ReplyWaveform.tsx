import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/plugins/regions';
import TimelinePlugin from 'wavesurfer.js/plugins/timeline';
import { createWaveSurfer, WAVE_HEIGHT } from './wavesurfer-styles';

/** A stretch of the reply to mark on the waveform. */
export interface WaveRegion {
  id: string;
  start: number;
  end: number;
  tone: 'helped' | 'hurt' | 'neutral';
  label: string;
}

/** What the replay view can ask of a waveform. */
export interface WaveformHandle {
  seek(seconds: number): void;
  playRange(start: number, end: number): void;
  playPause(): void;
  stop(): void;
}

// Translucent fills over the waveform; the text legend carries the meaning for those who cannot tell colours apart.
const FILL: Record<WaveRegion['tone'], string> = {
  helped: 'rgba(29, 107, 53, 0.28)',
  hurt: 'rgba(161, 29, 29, 0.28)',
  neutral: 'rgba(122, 90, 0, 0.25)',
};

/** One reply's waveform (wavesurfer.js) with a time ruler and a region per marked span. */
export const ReplyWaveform = forwardRef<WaveformHandle, { blob: Blob; regions: WaveRegion[]; label: string; onTime?: (seconds: number, isPlaying: boolean) => void }>(
  function ReplyWaveform({ blob, regions, label, onTime }, ref) {
    const container = useRef<HTMLDivElement>(null);
    const timeline = useRef<HTMLDivElement>(null);
    const surfer = useRef<WaveSurfer | null>(null);
    const onTimeRef = useRef(onTime);
    const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');

    useEffect(() => {
      onTimeRef.current = onTime;
    }, [onTime]);

    useEffect(() => {
      if (!container.current || !timeline.current) return;
      const regionsPlugin = RegionsPlugin.create();
      const ws = createWaveSurfer({
        container: container.current,
        height: WAVE_HEIGHT,
        waveColor: '#7b8791',
        progressColor: '#1f5f8b',
        cursorColor: '#b35900',
        cursorWidth: 2,
        normalize: true,
        plugins: [regionsPlugin, TimelinePlugin.create({ container: timeline.current, height: 16, style: { color: '#4a525a', fontSize: '11px' } })],
      });
      surfer.current = ws;
      ws.loadBlob(blob).catch(() => setState('error'));
      ws.on('decode', () => {
        for (const r of regions) {
          regionsPlugin.addRegion({ id: r.id, start: r.start, end: Math.max(r.end, r.start + 0.05), color: FILL[r.tone], drag: false, resize: false });
        }
        setState('ready');
      });
      ws.on('error', () => setState('error'));
      const report = (): void => onTimeRef.current?.(ws.getCurrentTime(), ws.isPlaying());
      ws.on('timeupdate', report);
      ws.on('play', report);
      ws.on('pause', report);
      return () => {
        surfer.current = null;
        ws.destroy();
      };
      // Regions are drawn once per audio file; they do not change while a reply is shown.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [blob]);

    useImperativeHandle(ref, () => ({
      seek: (seconds) => surfer.current?.setTime(seconds),
      playRange: (start, end) => void surfer.current?.play(start, end),
      playPause: () => void surfer.current?.playPause(),
      stop: () => surfer.current?.stop(),
    }));

    return (
      <figure className="waveform" aria-label={label} data-state={state} data-testid="waveform">
        <div ref={container} className="waveform-wave" />
        <div ref={timeline} className="waveform-timeline" />
        {state === 'loading' && <figcaption className="muted small">Loading audio…</figcaption>}
        {state === 'error' && <figcaption className="small">This recording could not be decoded.</figcaption>}
      </figure>
    );
  },
);
