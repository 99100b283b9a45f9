import { useCallback, useEffect, useState } from 'react';

/** Voices that run on this machine; remote (cloud) voices would send the text away, so they are never used. */
function localVoices(): SpeechSynthesisVoice[] {
  if (typeof speechSynthesis === 'undefined') return [];
  return speechSynthesis.getVoices().filter((v) => v.localService && v.lang.toLowerCase().startsWith('en'));
}

/** Speaks partner lines with a local voice when one exists; the text is always on screen anyway. */
export function usePartnerVoice() {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(localVoices);
  const [isEnabled, setEnabled] = useState(true);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = (): void => setVoices(localVoices());
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  const speak = useCallback(
    (text: string) => {
      const voice = voices[0];
      if (!isEnabled || !voice) return;
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.rate = 0.95;
      speechSynthesis.speak(utterance);
    },
    [voices, isEnabled],
  );
  const stop = useCallback(() => {
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  }, []);
  return { hasVoice: voices.length > 0, isEnabled, setEnabled, speak, stop };
}
