import type { ComplexAttributeConverter } from 'lit';
import { DEFAULT_ALLOWED_SCHEMES } from '../core/safe-url.js';
import type { PaymentSession } from '../core/types.js';

/**
 * The `session` attribute takes JSON. Unparseable JSON is kept as the raw text, which
 * `parseSession` then reports (`invalid-session`), instead of silently showing nothing.
 * @internal
 */
export const sessionConverter: ComplexAttributeConverter<PaymentSession | null> = {
  fromAttribute(value: string | null) {
    if (value === null) return null;
    try {
      return JSON.parse(value) as PaymentSession;
    } catch {
      return value as unknown as PaymentSession;
    }
  },
  toAttribute(value: PaymentSession | null) {
    return value === null ? null : JSON.stringify(value);
  },
};

/**
 * `allowed-schemes` is a space-separated list.
 * @internal
 */
export const schemesConverter: ComplexAttributeConverter<readonly string[]> = {
  fromAttribute(value: string | null) {
    return value === null ? [...DEFAULT_ALLOWED_SCHEMES] : value.split(/\s+/).filter(Boolean);
  },
  toAttribute(value: readonly string[]) {
    return value.join(' ');
  },
};
