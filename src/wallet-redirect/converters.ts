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
 * `allowed-schemes` is a space-separated list.
 * @internal
 */
export const schemesConverter = (value: string | null): readonly string[] =>
  value === null ? [...DEFAULT_ALLOWED_SCHEMES] : value.split(/\s+/).filter(Boolean);
