/** Reading WAV files of any common format into 16 kHz mono Float32, and writing 16-bit PCM WAVs for replay. */
import { createRequire } from 'node:module';
import { SAMPLE_RATE } from '../../../shared/audio';
import { AudioError } from './errors';
import { mixToMono, resample } from './resample';
import type * as Wavefile from 'wavefile';

export { AudioError } from './errors';

// wavefile's package "main" is CommonJS without named-export hints, and its "module" build is
// picked by Vite only; requiring it gives the same class under Node, tsx, vitest and the build.
const { WaveFile } = createRequire(import.meta.url)('wavefile') as typeof Wavefile;

/** Decoded audio, always 16 kHz mono, with a note of what the file held. */
export interface DecodedAudio {
  /** Mono samples in [-1, 1] at 16 kHz. */
  samples: Float32Array;
  sampleRate: typeof SAMPLE_RATE;
  durationSec: number;
  source: { sampleRate: number; channels: number; bitDepth: string };
}

interface FmtChunk {
  audioFormat: number;
  numChannels: number;
  sampleRate: number;
  bitsPerSample: number;
}

/** WAV format codes wavefile can decode to PCM. */
const FORMATS: Record<number, string> = { 1: 'PCM', 3: 'float', 6: 'A-law', 7: 'mu-law', 17: 'IMA ADPCM', 65534: 'extensible' };

/** Writers that stream set the data size to 0 or near 2^32 because they cannot know it. */
function isStreamingSize(size: number): boolean {
  return size === 0 || size >= 0x7ffff000;
}

/** Divisor that maps wavefile's raw sample values into [-1, 1] for a bit depth. */
function scaleFor(bitDepth: string): { offset: number; scale: number } {
  if (bitDepth === '32f' || bitDepth === '64') return { offset: 0, scale: 1 };
  const bits = Number(bitDepth);
  // 8-bit WAV samples are unsigned; every wider integer depth is signed.
  if (bits === 8) return { offset: 128, scale: 128 };
  return { offset: 0, scale: 2 ** (bits - 1) };
}

/**
 * Mono samples straight from the data bytes for the two formats nearly every recorder writes
 * (16-bit integer and 32-bit float PCM). wavefile's generic unpacker took ~90 ms for 10 s of
 * 48 kHz stereo here; reading the little-endian bytes directly takes a few.
 */
function fastMono(data: { samples: Uint8Array }, bitDepth: string, channels: number): Float32Array | null {
  const bytes = data.samples;
  const width = bitDepth === '16' ? 2 : bitDepth === '32f' ? 4 : 0;
  if (width === 0) return null;
  const frames = Math.floor(bytes.length / (width * channels));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(frames);
  const scale = width === 2 ? 1 / (32768 * channels) : 1 / channels;
  for (let f = 0, pos = 0; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < channels; c++, pos += width) sum += width === 2 ? view.getInt16(pos, true) : view.getFloat32(pos, true);
    out[f] = sum * scale;
  }
  return out;
}

/** Mono samples for every other depth (8, 24, 32-bit integer, 64-bit float) through wavefile. */
function slowMono(wav: InstanceType<typeof WaveFile>, bitDepth: string): Float32Array {
  const raw = wav.getSamples(false, Float32Array) as unknown as Float32Array | Float32Array[];
  const channels = Array.isArray(raw) ? raw : [raw];
  const { offset, scale } = scaleFor(bitDepth);
  if (offset !== 0 || scale !== 1) {
    for (const channel of channels) {
      for (let i = 0; i < channel.length; i++) channel[i] = (channel[i]! - offset) / scale;
    }
  }
  return mixToMono(channels);
}

/** Decodes WAV bytes to 16 kHz mono Float32; `name` labels errors. Throws AudioError for unusable input. */
export function decodeWav(bytes: Uint8Array, name: string): DecodedAudio {
  if (bytes.length === 0) throw new AudioError(name, 'is empty (0 bytes)');
  const wav = new WaveFile();
  try {
    wav.fromBuffer(bytes);
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
    throw new AudioError(name, `is not a readable WAV file (${why.toLowerCase()})`);
  }
  // Copied: decoding A-law, mu-law or ADPCM rebuilds wavefile's header objects.
  const fmt = { ...(wav.fmt as FmtChunk) };
  const format = FORMATS[fmt.audioFormat];
  if (!format) throw new AudioError(name, `uses WAV encoding ${fmt.audioFormat}, which Attune cannot decode; convert it to PCM WAV`);
  if (fmt.numChannels < 1 || fmt.sampleRate < 1000) throw new AudioError(name, 'has an invalid header (channels or sample rate)');
  // A zero sample size made wavefile allocate an Infinity-long array ("Invalid typed array length").
  if ([1, 3, 65534].includes(fmt.audioFormat) && !(fmt.bitsPerSample > 0 && fmt.bitsPerSample % 4 === 0)) {
    throw new AudioError(name, `has an invalid header (${fmt.bitsPerSample} bits per sample); export it again as 16-bit PCM WAV`);
  }
  const data = wav.data as { chunkSize: number; samples: Uint8Array };
  if (data.samples.length < data.chunkSize && !isStreamingSize(data.chunkSize)) {
    const frameBytes = Math.max(1, (fmt.numChannels * fmt.bitsPerSample) / 8);
    const promised = data.chunkSize / frameBytes / fmt.sampleRate;
    const present = data.samples.length / frameBytes / fmt.sampleRate;
    throw new AudioError(name, `is truncated: its header promises ${promised.toFixed(2)} s of audio but only ${present.toFixed(2)} s are present`);
  }
  try {
    if (fmt.audioFormat === 6) wav.fromALaw();
    else if (fmt.audioFormat === 7) wav.fromMuLaw();
    else if (fmt.audioFormat === 17) wav.fromIMAADPCM();
  } catch (error) {
    throw new AudioError(name, `could not be decoded from ${format} (${error instanceof Error ? error.message : String(error)})`);
  }
  const bitDepth = wav.bitDepth;
  const mono = fastMono(wav.data as { samples: Uint8Array }, bitDepth, fmt.numChannels) ?? slowMono(wav, bitDepth);
  if (mono.length === 0) throw new AudioError(name, 'holds no audio samples');
  const frames = mono.length;
  const samples = resample(mono, fmt.sampleRate, SAMPLE_RATE);
  return {
    samples,
    sampleRate: SAMPLE_RATE,
    durationSec: frames / fmt.sampleRate,
    source: { sampleRate: fmt.sampleRate, channels: fmt.numChannels, bitDepth },
  };
}

/** Encodes mono Float32 samples as a 16-bit PCM mono WAV (the app's storage format for replay). */
export function encodeWav16(samples: Float32Array, sampleRate = SAMPLE_RATE): Uint8Array {
  const pcm = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]!));
    pcm[i] = s < 0 ? Math.round(s * 0x8000) : Math.round(s * 0x7fff);
  }
  const wav = new WaveFile();
  wav.fromScratch(1, sampleRate, '16', pcm);
  return wav.toBuffer();
}
