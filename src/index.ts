/**
 * The `payment-picker` package: registers the elements and exports their classes and all types.
 * For the pure, Node-safe logic alone, import `payment-picker/core`.
 */
import './payment-picker/payment-picker.js';

export { PaymentOption, PaymentPicker } from './payment-picker/payment-picker.js';
export type {
  PaymentPickerEventMap,
  PickerErrorDetail,
  PickerErrorEvent,
} from './payment-picker/payment-picker.js';
export type * from './core/types.js';
export type { StringOverrides, Strings } from './i18n/strings.js';
export type { SupportedLocale } from './i18n/locales.js';
export * from './wallet-redirect/wallet-redirect.js';
export type * from './jsx.js';
