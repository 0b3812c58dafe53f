/**
 * `payment-picker/status`: following a payment's status as the shop's server reports it, for
 * shops that follow a payment with their own UI (`StatusTracker`), and the resume store that
 * keeps a pending session in the tab's `sessionStorage`. No Lit, no element registration and no
 * DOM access at import time: safe to import in Node. `<wallet-redirect>` uses the same code.
 */
export * from './tracker.js';
export * from './pending.js';
export * from './reply.js';
