/**
 * wavesurfer.js 8 styles its shadow DOM with an inline <style>, which the app's CSP (style-src
 * 'self', no 'unsafe-inline') rightly blocks, with a console error each time. The same rules,
 * shipped in our own bundle, are adopted as a constructed stylesheet instead (CSP governs markup,
 * not CSSOM, so nothing is loosened), and the inline <style> is dropped before it reaches the page.
 * Copied from wavesurfer.js 8.0's renderer; `WAVE_HEIGHT` matches the option we pass.
 */
import WaveSurfer, { type WaveSurferOptions } from 'wavesurfer.js';

export const WAVE_HEIGHT = 72;

const CSS = `
:host { user-select: none; min-width: 1px; }
:host audio { display: block; width: 100%; }
:host .scroll { overflow-x: auto; overflow-y: hidden; width: 100%; position: relative; }
:host .noScrollbar { scrollbar-color: transparent; scrollbar-width: none; }
:host .noScrollbar::-webkit-scrollbar { display: none; -webkit-appearance: none; }
:host .wrapper { position: relative; overflow: visible; z-index: 2; }
:host .canvases { min-height: ${WAVE_HEIGHT}px; pointer-events: none; }
:host .canvases > div { position: relative; }
:host canvas { display: block; position: absolute; top: 0; image-rendering: pixelated; }
:host .progress { pointer-events: none; position: absolute; z-index: 2; top: 0; left: 0; width: 0; height: 100%; overflow: hidden; }
:host .progress > div { position: relative; }
:host .cursor { pointer-events: none; position: absolute; z-index: 5; top: 0; left: 0; height: 100%; border-radius: 2px; }
`;

let sheet: CSSStyleSheet | undefined;

const INLINE_STYLE = /<style\b[^>]*>[\s\S]*?<\/style>/gi;
const innerHtml = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'innerHTML')!;

/**
 * Creates a WaveSurfer whose shadow root never holds an inline <style>: while its (synchronous)
 * constructor runs, shadow roots it attaches strip <style> blocks from the markup they are given.
 */
export function createWaveSurfer(options: WaveSurferOptions): WaveSurfer {
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    Object.defineProperty(root, 'innerHTML', {
      get: () => innerHtml.get!.call(root),
      set: (html: string) => innerHtml.set!.call(root, html.replace(INLINE_STYLE, '')),
    });
    return root;
  };
  try {
    const ws = WaveSurfer.create(options);
    adoptWaveSurferStyles(ws.getWrapper());
    return ws;
  } finally {
    Element.prototype.attachShadow = attachShadow;
  }
}

/** Gives a wavesurfer shadow root its layout rules. */
export function adoptWaveSurferStyles(node: Node): void {
  const root = node.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
