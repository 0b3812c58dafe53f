/**
 * `payment-picker/core`: the framework-free decisions of payment-picker. Pure TypeScript, no Lit,
 * no element registration and no DOM access at import time, so it is safe to import in Node
 * (a shop's server can validate its own sessions with `parseSession`). Following a payment's
 * status (`StatusTracker`) and the resume store are `payment-picker/status`.
 *
 * One line per file; each file is one idea.
 */
export * from './types.js';
export * from './money.js';
export * from './safe-url.js';
export * from './methods.js';
export * from './session.js';
export * from './environment.js';
export * from './flow.js';

// qr.ts stays a lazy chunk (loaded with import() when a code is shown): types only here.
export type { QrSvg, QrTooLongError } from './qr.js';
