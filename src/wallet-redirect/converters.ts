import { DEFAULT_ALLOWED_SCHEMES } from '../core/safe-url.js';
import type { PaymentSession } from '../core/types.js';

// Attribute → property only: neither property reflects, so no `toAttribute` is needed.

/**
 * The `session` attribute takes JSON. Unparseable JSON is kept as the raw text, which
 * `parseSession` then reports (`invalid-session`), instead of silently showing nothing.
 * @internal
 */
export function sessionConverter(value: string | null): PaymentSession | null {
  try {
    return value === null ? null : (JSON.parse(value) as PaymentSession);
  } catch {
    return value as unknown as PaymentSession;
  }
}

/**
 * Sessions whose shopper asked for a new code (`wallet-refresh`): the shop may answer with an
 * equal copy (its server finds the payment still valid), which then starts over.
 * @internal
 */
export const refreshing = new WeakSet<object>();

/**
 * Whether a `session` value is a new session: an equal copy (the same JSON, as a framework
 * re-render may pass) is not, so it neither restarts the payment nor resets the shopper's tab,
 * unless it answers a `wallet-refresh`.
 * @internal
 */
export function sessionChanged(value: unknown, old: unknown): boolean {
  if (typeof old === 'object' && old !== null && refreshing.has(old)) return true;
  try {
    return JSON.stringify(value) !== JSON.stringify(old);
  } catch {
    return value !== old; // not JSON (a cycle): by identity
  }
}

/**
 * `allowed-schemes` is a space-separated list.
 * @internal
 */
export const schemesConverter = (value: string | null): readonly string[] =>
  value === null ? [...DEFAULT_ALLOWED_SCHEMES] : value.split(/\s+/).filter(Boolean);
