/**
 * The in-app chunk (in-app-chunk.ts), loaded once on first need: the panel renders from it once
 * it is there (a spinner until then), and the bridge calls wait for it.
 */
import type * as Chunk from './in-app-chunk.js';

type InAppChunk = typeof Chunk;

let loaded: InAppChunk | undefined;
let loading: Promise<InAppChunk> | undefined;

/** The chunk if it has loaded, else undefined. @internal */
export const inAppChunk = (): InAppChunk | undefined => loaded;

/** Loads the chunk (once). @internal */
export function loadInApp(): Promise<InAppChunk> {
  return (loading ??= import('./in-app-chunk.js').then((chunk) => (loaded = chunk)));
}
