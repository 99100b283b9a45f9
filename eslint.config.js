import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import attune from './eslint/layers.js';
import { noCycles } from './eslint/cycles.js';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'models/**', 'test-results/**', 'playwright-report/**', 'test/e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Imports run down the layers (eslint/layers.js says which); test, bench and scripts may import anything.
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    plugins: { attune },
    rules: { 'attune/layers': 'error' },
  },
  // No runtime import cycles in app code (eslint/cycles.js).
  noCycles(['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts']),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer talks to Node only through renderer/src/lib/api.ts and imports only shared/
      // (attune/layers); no Node module or Electron either, not even for types.
      'no-restricted-imports': ['error', { paths: ['electron', 'fs', 'path', 'child_process'], patterns: ['node:*'] }],
    },
  },
);
