/** Vite's `?worker&url` import: the URL of a separately bundled module (used for the AudioWorklet). */
declare module '*?worker&url' {
  const url: string;
  export default url;
}

/** Side-effect stylesheet imports, bundled by Vite. */
declare module '*.css';
