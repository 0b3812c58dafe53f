export * from './status.js';
export * from './pending.js';
// qr.ts stays a lazy chunk (loaded with import() when a code is shown): types only here.
export type { QrSvg, QrTooLongError } from './qr.js';
