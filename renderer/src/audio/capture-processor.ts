/**
 * AudioWorklet processor: mixes the microphone's channels to mono and posts blocks of samples
 * (at the context's rate) with their peak level to the page, which downsamples to 16 kHz.
 * Runs on the audio rendering thread, so it only copies and never allocates per sample.
 */
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, ctor: unknown): void;

const BLOCK = 2048;

class CaptureProcessor extends AudioWorkletProcessor {
  private buffer = new Float32Array(BLOCK);
  private filled = 0;

  process(inputs: Float32Array[][]): boolean {
    const channels = inputs[0];
    if (!channels || channels.length === 0 || !channels[0]) return true;
    const frames = channels[0].length;
    for (let i = 0; i < frames; i++) {
      let sum = 0;
      for (const channel of channels) sum += channel[i] ?? 0;
      this.buffer[this.filled++] = sum / channels.length;
      if (this.filled === BLOCK) this.flush();
    }
    return true;
  }

  private flush(): void {
    let peak = 0;
    for (let i = 0; i < this.filled; i++) peak = Math.max(peak, Math.abs(this.buffer[i] ?? 0));
    const block = this.buffer.slice(0, this.filled);
    this.port.postMessage({ samples: block, peak }, [block.buffer]);
    this.filled = 0;
  }
}

registerProcessor('attune-capture', CaptureProcessor);
