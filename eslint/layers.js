/**
 * Attune's layer rule: an import may only run down a layer. It resolves each relative import to
 * the file it names, so `../speech/x` from electron/domain/ (domain speech) and from
 * electron/features/ (the speech service) are told apart, which pattern-based rules cannot do.
 *
 *   renderer/                          → shared/ only (the UI reaches Node only through the contract)
 *   electron/main, preload, devhost, cli → anything below
 *   electron/features/                 → storage, speech, domain, shared
 *   electron/storage/                  → domain, shared (all file access lives here)
 *   electron/speech/                   → domain, shared
 *   electron/domain/                   → domain, shared; no file system, no Electron, no React
 *   shared/                            → shared only; imports neither process
 */
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** Folder prefix → layer name; the longest matching prefix wins. */
const LAYERS = [
  ['shared/', 'shared'],
  ['renderer/', 'renderer'],
  ['electron/domain/', 'domain'],
  ['electron/storage/', 'storage'],
  ['electron/speech/', 'speech'],
  ['electron/features/', 'features'],
  ['electron/main/', 'app'],
  ['electron/preload/', 'app'],
  ['electron/devhost/', 'app'],
  ['electron/cli/', 'app'],
];

/** Which layers each layer may import from. */
const ALLOWED = {
  shared: ['shared'],
  domain: ['shared', 'domain'],
  storage: ['shared', 'domain', 'storage'],
  speech: ['shared', 'domain', 'speech'],
  features: ['shared', 'domain', 'storage', 'speech', 'features'],
  app: ['shared', 'domain', 'storage', 'speech', 'features', 'app'],
  renderer: ['shared', 'renderer'],
};

/** Packages a layer may not import at all (`node:*` spelled with or without the prefix). */
const FILE_SYSTEM = ['fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'worker_threads'];
const BANNED = {
  shared: { test: (m) => m.startsWith('node:') || m === 'electron' || m.startsWith('react'), why: 'shared/ runs in both processes: no Node modules, Electron or React' },
  domain: {
    test: (m) => FILE_SYSTEM.includes(m.replace(/^node:/, '')) || m === 'electron' || m === 'react' || m === 'react-dom',
    why: 'domain code is pure: file and process access belongs in electron/storage (or speech), and no Electron or React',
  },
};

/** The one import allowed to run up: the analyzer's type-only declarations, re-exported by shared/. */
const EXCEPTIONS = [['shared/types/analysis.ts', 'electron/domain/analysis/types']];

function layerOf(path) {
  let best = null;
  for (const [prefix, layer] of LAYERS) if (path.startsWith(prefix) && (!best || prefix.length > best[0].length)) best = [prefix, layer];
  return best?.[1] ?? null;
}

/** The repo-relative path a relative specifier names (extension left as written). */
function targetOf(filename, specifier) {
  return relative(ROOT, resolve(dirname(filename), specifier)).split('\\').join('/');
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports run down the layers (renderer → shared; domain → no file system)' },
    schema: [],
    messages: {
      up: '{{from}} may not import {{to}} ({{target}}): {{from}} may import only {{allowed}}.',
      banned: '{{from}} may not import "{{module}}": {{why}}.',
    },
  },
  create(context) {
    const file = relative(ROOT, context.filename).split('\\').join('/');
    const from = layerOf(file);
    if (!from) return {};
    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const specifier = source.value;
      if (!specifier.startsWith('.')) {
        const banned = BANNED[from];
        if (banned?.test(specifier)) context.report({ node, messageId: 'banned', data: { from, module: specifier, why: banned.why } });
        return;
      }
      const target = targetOf(context.filename, specifier.replace(/\?.*$/, ''));
      const to = layerOf(target);
      if (!to || ALLOWED[from].includes(to)) return;
      if (EXCEPTIONS.some(([f, t]) => f === file && target.replace(/\.ts$/, '') === t)) return;
      context.report({ node, messageId: 'up', data: { from, to, target, allowed: ALLOWED[from].join(', ') } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

/** The `attune` ESLint plugin: `attune/layers`. */
export default { rules: { layers: rule } };
