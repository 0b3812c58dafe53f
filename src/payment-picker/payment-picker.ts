/**
 * Registers `<payment-picker>` and `<payment-option>`. Importing this module is the side effect;
 * the classes themselves live in the `.component.ts` files and register nothing.
 */
import { PaymentOption } from './payment-option.component.js';
import { PaymentPicker, type PickerErrorEvent } from './payment-picker.component.js';

export { PaymentOption } from './payment-option.component.js';
export { PaymentPicker } from './payment-picker.component.js';
export type { PickerErrorDetail, PickerErrorEvent } from './payment-picker.component.js';

/** Events of `<payment-picker>`, for typed listeners. */
export interface PaymentPickerEventMap {
  change: Event;
  input: Event;
  invalid: Event;
  'picker-error': PickerErrorEvent;
}

/** Defines `tag` unless something is already registered under it (e.g. a second copy of the bundle). */
function define(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}

define('payment-option', PaymentOption);
define('payment-picker', PaymentPicker);

declare global {
  interface HTMLElementTagNameMap {
    'payment-picker': PaymentPicker;
    'payment-option': PaymentOption;
  }
  interface HTMLElementEventMap {
    'picker-error': PickerErrorEvent;
  }
}
