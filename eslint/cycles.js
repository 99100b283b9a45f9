/**
 * No import cycles: a module must be able to load without waiting for one that imports it back
 * (a cycle through features/context.ts once left a value undefined at load time). eslint-plugin-import-x
 * walks the import graph; type-only imports do not count (they vanish at build time) and packages
 * in node_modules are not walked.
 */
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** The flat-config block that fails any runtime import cycle among `files`. */
export function noCycles(files) {
  return {
    files,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  };
}
