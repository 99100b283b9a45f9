/** Types for eslint/cycles.js, so specs can build the same config block. */
import type { Linter } from 'eslint';

/** The flat-config block that fails any runtime import cycle among `files`. */
export function noCycles(files: string[]): Linter.Config;
