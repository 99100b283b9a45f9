import { useCallback, useEffect, useRef, useState } from 'react';
import type { LineAudioRequest } from '../../../shared/ipc/contract';
import { lineClip } from '../lib/line-audio';

/** Voices that run on this machine; remote (cloud) voices would send the text away, so they are never used. */
function localVoices(): SpeechSynthesisVoice[] {
  if (typeof speechSynthesis === 'undefined') return [];
  return speechSynthesis.getVoices().filter((v) => v.localService && v.lang.toLowerCase().startsWith('en'));
}

/** The voice that spoke last: screens stay mounted, so Review and Practice must not talk over each other. */
let activeStop: (() => void) | undefined;

/** Silences whichever screen's partner voice is speaking (the window calls it when the user leaves a screen). */
export function stopPartnerVoice(): void {
  activeStop?.();
}

/** What the partner's voice is doing: silent, fetching a recording, or playing one. */
export type VoiceActivity = 'idle' | 'loading' | 'playing';

/**
 * Speaks partner lines: a line's own recording when the scenario ships one (played in the
 * <audio> element the screen renders with `ref={attachAudio}`), else a local system voice. The text is
 * always on screen anyway; when a recording fails, the line falls back to the system voice (or
 * to the text alone) and `note` says so quietly.
 */
export function usePartnerVoice() {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(localVoices);
  const [isEnabled, setEnabled] = useState(true);
  const [note, setNote] = useState<string>();
  const [activity, setActivity] = useState<VoiceActivity>('idle');
  // A callback ref: the screen may mount its <audio> element after this hook (e.g. once a session loads).
  const [audioElement, setAudioElement] = useState<HTMLAudioElement | null>(null);
  const audioRef = useRef<HTMLAudioElement | null>(null);
  const attachAudio = useCallback((element: HTMLAudioElement | null) => {
    audioRef.current = element;
    setAudioElement(element);
  }, []);
  // Each speak() takes a number; a slow fetch for an older line must not start playing over a newer one.
  const generation = useRef(0);

  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = (): void => setVoices(localVoices());
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);

  // speak() reads these through refs so that it keeps one identity: screens speak a line when it
  // changes, and voices arriving late or the toggle flipping must not replay it.
  const live = useRef({ voices, isEnabled });
  useEffect(() => {
    live.current = { voices, isEnabled };
  }, [voices, isEnabled]);

  const synthesize = useCallback((text: string): boolean => {
    const voice = live.current.voices[0];
    if (!voice) return false;
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.rate = 0.95;
    speechSynthesis.speak(utterance);
    return true;
  }, []);

  const stop = useCallback(() => {
    generation.current++;
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    audioRef.current?.pause();
    setActivity('idle');
  }, []);

  /** Speaks `text`, playing `recording` (a scenario line's clip) instead of the system voice when given. */
  const speak = useCallback(
    (text: string, recording?: LineAudioRequest) => {
      if (activeStop !== stop) activeStop?.();
      activeStop = stop;
      stop();
      setNote(undefined);
      if (!live.current.isEnabled) return;
      const audio = audioRef.current;
      if (!recording || !audio) {
        synthesize(text);
        return;
      }
      const mine = generation.current;
      const fallBack = (why: string): void => {
        if (mine !== generation.current) return;
        setActivity('idle');
        const spoken = synthesize(text);
        setNote(`${why} ${spoken ? 'A system voice read the line instead.' : 'The line is shown as text.'}`);
      };
      setActivity('loading');
      lineClip(recording).then(
        async (clip) => {
          if (mine !== generation.current) return;
          // A session replayed after its scenario file changed may point at a different line now.
          if (clip.text !== text) return fallBack('This line’s recording has changed in the scenario since.');
          audio.src = clip.url;
          audio.currentTime = 0;
          try {
            await audio.play();
          } catch (error) {
            // Pausing for a newer line rejects play() too; that is not a failure to report.
            if (mine === generation.current) fallBack(error instanceof Error && error.name === 'NotAllowedError' ? 'The browser did not allow the recording to play.' : 'The recording could not be played.');
          }
        },
        () => fallBack('The recording could not be loaded.'),
      );
    },
    [stop, synthesize],
  );

  // Track the element itself, so the replay button and the note reflect what is really heard.
  useEffect(() => {
    const audio = audioElement;
    if (!audio) return;
    const playing = (): void => setActivity('playing');
    const done = (): void => setActivity('idle');
    audio.addEventListener('playing', playing);
    audio.addEventListener('ended', done);
    audio.addEventListener('pause', done);
    return () => {
      audio.removeEventListener('playing', playing);
      audio.removeEventListener('ended', done);
      audio.removeEventListener('pause', done);
      audio.pause();
    };
  }, [audioElement]);

  useEffect(
    () => () => {
      stop();
      if (activeStop === stop) activeStop = undefined;
    },
    [stop],
  );

  return { hasVoice: voices.length > 0, isEnabled, setEnabled, speak, stop, note, activity, attachAudio };
}
