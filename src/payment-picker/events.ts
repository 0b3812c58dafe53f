/**
 * The picker's events: the `picker-error` types, and the reports of bad input (a console warning
 * and the event). `change` and `input` are plain `Event`s, fired by the shopper's choice.
 */
import type { InputError } from '../core/types.js';

/** The `detail` of the `picker-error` event. */
export interface PickerErrorDetail {
  /**
   * `invalid-methods`: unparseable `methods` JSON, or methods that could not be used.
   * `invalid-amount`: `amount` and `currency` cannot be shown exactly (not a decimal string in
   * major units, no or a malformed currency, more decimals than the currency has, too large):
   * a note replaces the total.
   */
  code: 'invalid-methods' | 'invalid-amount';
  /** English, developer-facing summary of every problem. */
  message: string;
  /** Each problem with the path of the offending field, e.g. `methods[2].id` or `amount`. */
  errors: InputError[];
}

/** The event fired for bad input; the picker still renders what is valid. */
export type PickerErrorEvent = CustomEvent<PickerErrorDetail>;

/** Our events bubble out of the shadow root. */
export const BUBBLES = { bubbles: true, composed: true };

/** Warns in the console and fires `picker-error` on `picker`. */
export function reportError(
  picker: HTMLElement,
  code: PickerErrorDetail['code'],
  message: string,
  errors: InputError[],
): void {
  console.warn(`<payment-picker>: ${code}: ${message}`);
  picker.dispatchEvent(
    new CustomEvent<PickerErrorDetail>('picker-error', {
      ...BUBBLES,
      detail: { code, message, errors },
    }),
  );
}

/**
 * Reports the problems of the methods' input with `picker-error` `invalid-methods`, unless they
 * are the ones `reported` last; returns what is reported now, to pass as `reported` next time.
 */
export function reportMethodErrors(
  picker: HTMLElement,
  errors: InputError[],
  reported?: string,
): string {
  const message = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  if (message && message !== reported) reportError(picker, 'invalid-methods', message, errors);
  return message;
}
