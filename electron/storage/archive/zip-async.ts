/**
 * fflate's asynchronous zip and unzip as promises: the deflating and inflating run in fflate's
 * worker threads, off the thread that calls them (Electron's main process, where a sync inflate of
 * a large archive would freeze every window).
 */
import { unzip, zip, type Unzipped, type Zippable } from 'fflate';

/** Deflates `entries` into one zip archive, off this thread. */
export function zipAsync(entries: Zippable): Promise<Uint8Array> {
  return new Promise((resolve, reject) => zip(entries, (error, data) => (error ? reject(error) : resolve(data))));
}

/** Inflates every entry of a zip archive, off this thread. */
export function unzipAsync(bytes: Uint8Array): Promise<Unzipped> {
  return new Promise((resolve, reject) => unzip(bytes, (error, data) => (error ? reject(error) : resolve(data))));
}
