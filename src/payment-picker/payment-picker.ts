/**
 * Registers `<payment-picker>` and `<payment-option>`. Importing this module is the side effect;
 * the classes themselves live in the `.component.ts` files and register nothing.
 */
import { PaymentOption } from './payment-option.component.js';
import type { PickerErrorEvent } from './events.js';
import { PaymentPicker } from './payment-picker.component.js';

export { PaymentOption } from './payment-option.component.js';
export { PaymentPicker } from './payment-picker.component.js';
export type { PickerErrorDetail, PickerErrorEvent } from './events.js';

/** Events of `<payment-picker>`, for typed listeners. */
export interface PaymentPickerEventMap {
  change: Event;
  input: Event;
  invalid: Event;
  'picker-error': PickerErrorEvent;
}

// Guarded, so that a second copy of the bundle on the page (or a second import) does not throw.
if (!customElements.get('payment-option')) customElements.define('payment-option', PaymentOption);
if (!customElements.get('payment-picker')) customElements.define('payment-picker', PaymentPicker);

declare global {
  interface HTMLElementTagNameMap {
    'payment-picker': PaymentPicker;
    'payment-option': PaymentOption;
  }
  interface HTMLElementEventMap {
    'picker-error': PickerErrorEvent;
  }
}
