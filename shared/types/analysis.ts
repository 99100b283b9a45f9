/**
 * The analyzer's result types, as both processes see them. They are declared beside the analyzer
 * (electron/domain/analysis/types.ts, type-only) and re-exported here so that the renderer and the
 * rest of shared/ import them from the shared layer; this is the one import from shared/ into
 * electron/, allowed by the layer rule because it is type-only and erased at build time.
 */
export type * from '../../electron/domain/analysis/types';
